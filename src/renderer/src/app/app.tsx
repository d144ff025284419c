import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react'
import type { RevealApi } from 'reveal.js'
import type { SourceRef } from '../../../core/index'
import type { MenuCommand } from '../../../shared/ipc'
import { DeckView } from '../deck-view/deck-view'
import type { Host } from '../host/host'
import { useLocale } from '../i18n/use-locale'
import { readBrowserFile } from '../import/read-file'
import { PresentationAudience } from '../presentation/presentation-audience'
import { usePresentation } from '../presentation/use-presentation'
import { ArticlePane } from '../provenance/article-pane'
import { findClickedSource } from '../provenance/source-ref'
import { sourceAttribute } from '../deck-view/slide-section'
import { useDeckTheme } from '../theme/use-deck-theme'
import { useBriefing } from './use-briefing'

const ACCEPTED_FILES = '.txt,.text,.html,.htm,.docx,text/plain,text/html'

export function App({ host }: { readonly host: Host }) {
  const { locale, messages, setLocale } = useLocale()
  const { state, load, dismissError } = useBriefing()
  const [position, setPosition] = useState({ index: 0, total: state.briefing.deck.slides.length })
  const [dragging, setDragging] = useState(false)
  const [selectedSource, setSelectedSource] = useState<SourceRef | null>(null)
  const [showSource, setShowSource] = useState(true)
  const { theme, setTheme } = useDeckTheme()
  const inputRef = useRef<HTMLInputElement>(null)
  const presentation = usePresentation(host, state.briefing.deck, messages)
  const { start: startPresentation, takeResumeIndex } = presentation
  // Read when a key starts the show, which can come before React re-renders after the last slide change.
  const slideIndexRef = useRef(0)

  const openFile = useCallback(async () => {
    if (host.pickFile) await load(await host.pickFile())
    else inputRef.current?.click()
  }, [host, load])

  // F5 starts from the first slide, Shift+F5 from the one on screen, as in PowerPoint.
  const present = useCallback(
    (fromCurrent: boolean) => startPresentation(fromCurrent ? slideIndexRef.current : 0),
    [startPresentation],
  )

  useEffect(() => {
    const handle = (command: MenuCommand): void => {
      if (command === 'open') void openFile()
      else if (command === 'present') present(false)
      else if (command === 'present-from-current') present(true)
      else if (command === 'language-vi') setLocale('vi')
      else if (command === 'language-en') setLocale('en')
    }
    return host.onMenuCommand(handle)
  }, [host, openFile, present, setLocale])

  useEffect(() => {
    // The desktop menu has the same accelerators; in a browser F5 would otherwise reload the page, also while
    // presenting, when the audience view already has the keys.
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'F5' && host.kind === 'browser') {
        event.preventDefault()
        if (!presentation.session) present(event.shiftKey)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [host, present, presentation.session])

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

  if (presentation.session) {
    return (
      <PresentationAudience
        deck={state.briefing.deck}
        session={presentation.session}
        messages={messages}
        onEnd={presentation.end}
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
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPTED_FILES}
          hidden
          data-testid="file-input"
          onChange={async (event) => {
            const input = event.currentTarget
            const file = input.files?.[0]
            if (file) await load(await readBrowserFile(file))
            input.value = ''
          }}
        />
        <button
          type="button"
          onClick={() => present(false)}
          title={messages.presentHint}
          data-testid="present"
        >
          {messages.present}
        </button>
        <span className="toolbar__file" data-testid="file-name">
          {state.briefing.fileName}
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
          {messages.editor.theme}{' '}
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
          {messages.language}{' '}
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
      {state.busy && (
        <div className="status" role="status">
          {messages.loading}
        </div>
      )}
      <main className="stage">
        <div
          className="stage__deck"
          onClick={(event) => {
            const source = findClickedSource(event.target)
            if (source) setSelectedSource(source)
          }}
        >
          <DeckView
            deck={state.briefing.deck}
            deckKey={String(state.revision)}
            selectedSource={sourceAttribute(selectedSource) ?? null}
            onSlideChange={(index, total) => {
              slideIndexRef.current = index
              setPosition({ index, total })
            }}
            onReady={onReady}
          />
        </div>
        {showSource && (
          <ArticlePane
            article={state.briefing.article}
            selected={selectedSource}
            messages={messages.editor}
          />
        )}
      </main>
      <footer className="hint">{messages.dropHint}</footer>
    </div>
  )
}
