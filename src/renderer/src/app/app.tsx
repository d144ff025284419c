import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react'
import type { RevealApi } from 'reveal.js'
import type { SourceRef } from '../../../core/index'
import type { MenuCommand } from '../../../shared/ipc'
import { DeckView } from '../deck-view/deck-view'
import { ExportDialog } from '../export-dialog/export-dialog'
import type { Host } from '../host/host'
import { useLocale } from '../i18n/use-locale'
import { FileInput } from '../import/file-input'
import { readBrowserFile } from '../import/read-file'
import { PresentationAudience } from '../presentation/presentation-audience'
import { usePresentation } from '../presentation/use-presentation'
import { ArticlePane } from '../provenance/article-pane'
import { findClickedSource } from '../provenance/source-ref'
import { sourceAttribute } from '../deck-view/slide-section'
import { useDeckTheme } from '../theme/use-deck-theme'
import { DetachedNotes } from '../editor/detached-notes'
import { SlideEditor } from '../editor/slide-editor'
import { SlideList } from '../editor/slide-list'
import { useAutosave } from '../editor/use-autosave'
import { toSavedProject, useEditor } from '../editor/use-editor'
import { useUndoKeys } from '../editor/use-undo-keys'
import { useSaving } from '../editor/use-saving'

export function App({ host }: { readonly host: Host }) {
  const { locale, messages, setLocale } = useLocale()
  const editor = useEditor()
  const { state, deck, load, dismissError, undo, redo, edit } = editor
  const [position, setPosition] = useState({ index: 0, total: deck.slides.length })
  const [dragging, setDragging] = useState(false)
  const [selectedSource, setSelectedSource] = useState<SourceRef | null>(null)
  const [showSource, setShowSource] = useState(true)
  const [exportOpen, setExportOpen] = useState(false)
  const closeExport = useCallback(() => setExportOpen(false), [])
  const { theme, setTheme } = useDeckTheme()
  const inputRef = useRef<HTMLInputElement>(null)
  const regenerateInputRef = useRef<HTMLInputElement>(null)
  const savedProject = useMemo(() => toSavedProject(state), [state])
  const autosave = useAutosave(host, savedProject, editor.restore)
  useUndoKeys(undo, redo)
  const saving = useSaving(host, state, savedProject, editor.reportError)
  const { save } = saving
  // Hidden slides stay in the editor and are left out of the show.
  const shownDeck = useMemo(() => ({ ...deck, slides: deck.slides.filter((slide) => !slide.hidden) }), [deck])
  const editNotes = useCallback(
    (slideId: string, text: string) => edit({ type: 'set-notes', slideId, text }),
    [edit],
  )
  const presentation = usePresentation(host, shownDeck, messages, editNotes)
  const { start: startPresentation, takeResumeIndex } = presentation
  // Read when a key starts the show, which can come before React re-renders after the last slide change.
  const slideIndexRef = useRef(0)

  const openFile = useCallback(async () => {
    if (host.pickFile) await load(await host.pickFile())
    else inputRef.current?.click()
  }, [host, load])

  // F5 starts from the first slide, Shift+F5 from the one on screen, as in PowerPoint.
  const present = useCallback(
    (fromCurrent: boolean) => {
      // The show has no hidden slides: count the shown ones before the current slide.
      const shownBefore = deck.slides.slice(0, slideIndexRef.current).filter((slide) => !slide.hidden).length
      startPresentation(fromCurrent ? Math.min(shownBefore, Math.max(0, shownDeck.slides.length - 1)) : 0)
    },
    [deck.slides, shownDeck.slides.length, startPresentation],
  )

  useEffect(() => {
    const handle = (command: MenuCommand): void => {
      if (command === 'open') void openFile()
      else if (command === 'present') present(false)
      else if (command === 'present-from-current') present(true)
      else if (command === 'language-vi') setLocale('vi')
      else if (command === 'language-en') setLocale('en')
      else if (command === 'save') void save(false)
      else if (command === 'save-as') void save(true)
      else if (command === 'undo') undo()
      else if (command === 'redo') redo()
      else if (command === 'export') setExportOpen(true)
    }
    return host.onMenuCommand(handle)
  }, [host, openFile, present, setLocale, undo, redo, save])

  useEffect(() => host.onFileOpened?.((file) => void load({ status: 'picked', file })), [host, load])

  useEffect(() => {
    // The desktop menu has the same accelerators; in a browser F5 would otherwise reload the page, also while
    // presenting, when the audience view already has the keys.
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'F5' && host.kind === 'browser') {
        event.preventDefault()
        if (!presentation.session) present(event.shiftKey)
      }
      // Ctrl+S saves (Ctrl+Shift+S: Save As); on the desktop the menu's accelerators do this.
      if (host.kind === 'browser' && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault()
        void save(event.shiftKey)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [host, present, presentation.session, save])

  // A selection points into one article; a newly loaded one starts with none.
  const [selectionRevision, setSelectionRevision] = useState(state.revision)
  if (selectionRevision !== state.revision) {
    setSelectionRevision(state.revision)
    setSelectedSource(null)
  }

  const onDrop = async (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file) await load(await readBrowserFile(file))
  }

  const revealRef = useRef<RevealApi | null>(null)
  useEffect(() => {
    // Showing or hiding the article pane resizes the deck without a window resize, which reveal listens to.
    revealRef.current?.layout()
  }, [showSource])

  const onReady = useCallback(
    (api: RevealApi) => {
      revealRef.current = api
      // Back from a show, the editor opens on the slide it ended on.
      const resume = takeResumeIndex()
      if (resume !== null) api.slide(resume)
    },
    [takeResumeIndex],
  )

  const currentSlide = deck.slides[Math.min(position.index, deck.slides.length - 1)]

  if (presentation.session) {
    return (
      <PresentationAudience
        deck={shownDeck}
        session={presentation.session}
        messages={messages}
        onEnd={presentation.end}
        onEditNotes={editNotes}
      />
    )
  }

  return (
    <div
      className={`app${dragging ? ' app--dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => void onDrop(event)}
    >
      <header className="toolbar">
        <span className="toolbar__brand">{messages.appName}</span>
        <button type="button" onClick={() => void openFile()} data-testid="open-file">
          {messages.openFile}
        </button>
        <FileInput inputRef={inputRef} testId="file-input" onPick={load} />
        <button
          type="button"
          onClick={() => present(false)}
          title={messages.presentHint}
          data-testid="present"
        >
          {messages.present}
        </button>
        <button type="button" onClick={undo} disabled={!editor.canUndo} title="Ctrl+Z" data-testid="undo">
          {messages.editor.undo}
        </button>
        <button type="button" onClick={redo} disabled={!editor.canRedo} title="Ctrl+Y" data-testid="redo">
          {messages.editor.redo}
        </button>
        <button type="button" onClick={() => void save(false)} title="Ctrl+S" data-testid="download-project">
          {messages.editor.downloadProject}
        </button>
        {host.exportDeck && (
          <button
            type="button"
            onClick={() => setExportOpen(true)}
            title={host.kind === 'electron' ? 'Ctrl+E' : undefined}
            aria-haspopup="dialog"
            data-testid="export"
          >
            {messages.exportDialog.open}
          </button>
        )}
        <button
          type="button"
          onClick={() => regenerateInputRef.current?.click()}
          title={messages.editor.regenerateHint}
          data-testid="regenerate"
        >
          {messages.editor.regenerate}
        </button>
        <FileInput inputRef={regenerateInputRef} testId="regenerate-input" onPick={editor.regenerate} />
        <span className="toolbar__file" data-testid="file-name">
          {saving.dirty ? '• ' : ''}
          {saving.fileName}
        </span>
        <span className="toolbar__spacer" />
        <span className="toolbar__counter" data-testid="slide-counter">
          {messages.slideCounter(position.index + 1, position.total)}
        </span>
        <button
          type="button"
          aria-pressed={showSource}
          onClick={() => setShowSource((shown) => !shown)}
          data-testid="toggle-source"
        >
          {showSource ? messages.editor.hideSource : messages.editor.showSource}
        </button>
        <label className="toolbar__theme">
          <span className="visually-hidden">{messages.editor.theme}</span>
          <select
            value={theme}
            onChange={(event) => setTheme(event.currentTarget.value === 'dark' ? 'dark' : 'light')}
            data-testid="theme"
          >
            <option value="light">{messages.editor.themeLight}</option>
            <option value="dark">{messages.editor.themeDark}</option>
          </select>
        </label>
        <label className="toolbar__language">
          <span className="visually-hidden">{messages.language}</span>
          <select
            value={locale}
            onChange={(event) => setLocale(event.currentTarget.value === 'en' ? 'en' : 'vi')}
            data-testid="language"
          >
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      {state.error && (
        <div className="error-banner" role="alert">
          <strong>{messages.errorTitle}: </strong>
          {messages.errors[state.error]}
          <button type="button" onClick={dismissError}>
            {messages.dismiss}
          </button>
        </div>
      )}
      {autosave.restored && (
        <div className="status" role="status" data-testid="restored">
          {messages.editor.restored}
        </div>
      )}
      {state.busy && (
        <div className="status" role="status">
          {messages.loading}
        </div>
      )}
      <main className="stage">
        <SlideList
          deck={deck}
          currentIndex={position.index}
          messages={messages.editor}
          onSelect={(index) => revealRef.current?.slide(index)}
          onEdit={editor.edit}
        />
        <div
          className="stage__deck"
          onClick={(event) => {
            const source = findClickedSource(event.target)
            if (source) setSelectedSource(source)
          }}
        >
          <DeckView
            deck={deck}
            deckKey={String(state.revision)}
            selectedSource={sourceAttribute(selectedSource) ?? null}
            onSlideChange={(index, total) => {
              slideIndexRef.current = index
              setPosition({ index, total })
            }}
            onReady={onReady}
          />
        </div>
        <div className="side-panel">
          {currentSlide && (
            <SlideEditor deck={deck} slide={currentSlide} messages={messages.editor} onEdit={editor.edit} />
          )}
          <DetachedNotes detached={state.detached} messages={messages.editor} />
          {showSource && (
            <ArticlePane article={state.article} selected={selectedSource} messages={messages.editor} />
          )}
        </div>
      </main>
      <footer className="hint">{messages.dropHint}</footer>
      <ExportDialog
        open={exportOpen}
        onClose={closeExport}
        host={host}
        deck={deck}
        articleFileName={state.project.article.fileName}
        author={state.article.byline}
        locale={locale}
        messages={messages}
      />
    </div>
  )
}
