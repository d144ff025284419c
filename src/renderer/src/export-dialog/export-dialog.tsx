import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react'
import type { BriefdeckErrorCode, Deck } from '../../../core/index'
import {
  EXPORT_FORMATS,
  PAGE_SIZES,
  PDF_MODES,
  type ExportFormat,
  type PageSize,
  type PdfMode,
} from '../../../shared/ipc'
import type { Locale, Messages } from '../../../shared/messages'
import type { Host } from '../host/host'
import {
  defaultExportChoice,
  describeExportError,
  exportBaseName,
  exportedDeck,
  usesPageSize,
  type ExportChoice,
} from './export-choices'
import './export-dialog.css'

type Phase =
  | { readonly status: 'idle' }
  | { readonly status: 'busy' }
  | { readonly status: 'done'; readonly name: string; readonly format: ExportFormat }
  | { readonly status: 'error'; readonly code: BriefdeckErrorCode }

export interface ExportDialogProps {
  readonly open: boolean
  readonly onClose: () => void
  readonly host: Pick<Host, 'kind' | 'exportDeck'>
  /** The edited deck as the editor shows it, hidden slides included (they are left out here). */
  readonly deck: Deck
  /** The article's file name, for the exported file's name. */
  readonly articleFileName: string | null
  /** The article's byline: the document's author. */
  readonly author: string | null
  readonly locale: Locale
  readonly messages: Messages
}

/**
 * The Export dialog: format, PDF layout and paper, then one export at a time with its progress, its result or
 * its failure in the user's language. Esc closes it unless an export is running. The choices are kept while
 * the editor is open.
 */
export function ExportDialog(props: ExportDialogProps) {
  const { open, onClose, host, deck, messages } = props
  const text = messages.exportDialog
  const titleId = useId()
  const [choice, setChoice] = useState<ExportChoice>(() =>
    defaultExportChoice(typeof navigator === 'undefined' ? undefined : navigator.language),
  )
  const [phase, setPhase] = useState<Phase>({ status: 'idle' })
  // A second click (or Enter) lands before React re-renders the disabled button; the ref refuses it at once.
  const running = useRef(false)
  const firstFieldRef = useRef<HTMLFieldSetElement>(null)
  const busy = phase.status === 'busy'

  // Each opening starts without the last export's message.
  const [wasOpen, setWasOpen] = useState(open)
  if (wasOpen !== open) {
    setWasOpen(open)
    if (open && !running.current) setPhase({ status: 'idle' })
  }

  useEffect(() => {
    if (!open) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    firstFieldRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus()
    return () => opener?.focus()
  }, [open])

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return
      // The editor's own keys (and a show's) must not see an Esc meant for the dialog.
      event.stopPropagation()
      if (!running.current) onClose()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [open, onClose])

  if (!open) return null

  const { format } = choice
  const shown = exportedDeck(deck)
  const hiddenCount = deck.slides.length - shown.slides.length

  const start = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const exportDeck = host.exportDeck
    if (running.current || !exportDeck || shown.slides.length === 0) return
    running.current = true
    setPhase({ status: 'busy' })
    try {
      const result = await exportDeck({
        deck: shown,
        format,
        pdfMode: choice.pdfMode,
        pageSize: choice.pageSize,
        suggestedName: exportBaseName(props.articleFileName),
        author: props.author,
        locale: props.locale,
      })
      if (result.status === 'exported') setPhase({ status: 'done', name: result.name, format })
      else if (result.status === 'error') setPhase({ status: 'error', code: result.code })
      else setPhase({ status: 'idle' })
    } catch (error) {
      console.error('briefdeck: export failed', error)
      setPhase({ status: 'error', code: 'internal' })
    } finally {
      running.current = false
    }
  }

  const formatLabels: Readonly<Record<ExportFormat, string>> = {
    pdf: text.formatPdf,
    pptx: text.formatPptx,
    html: text.formatHtml,
  }
  const modeLabels: Readonly<Record<PdfMode, string>> = {
    slides: text.modeSlides,
    notes: text.modeNotes,
    handout: text.modeHandout,
    'notes-only': text.modeNotesOnly,
  }
  const pageLabels: Readonly<Record<PageSize, string>> = { a4: text.pageA4, letter: text.pageLetter }

  return (
    <div className="export-dialog__backdrop">
      <div
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy}
        data-testid="export-dialog"
      >
        <h2 id={titleId}>{text.title}</h2>
        <form onSubmit={(event) => void start(event)}>
          <ChoiceGroup
            fieldsetRef={firstFieldRef}
            disabled={busy}
            legend={text.format}
            name="export-format"
            values={EXPORT_FORMATS}
            labels={formatLabels}
            chosen={format}
            onChoose={(value) => setChoice((previous) => ({ ...previous, format: value }))}
          />
          {host.kind === 'browser' && format === 'pdf' && (
            <p className="export-dialog__note">{text.browserPdfNote}</p>
          )}
          {format === 'pdf' && (
            <ChoiceGroup
              disabled={busy}
              legend={text.pdfMode}
              name="export-pdf-mode"
              values={PDF_MODES}
              labels={modeLabels}
              chosen={choice.pdfMode}
              onChoose={(value) => setChoice((previous) => ({ ...previous, pdfMode: value }))}
            />
          )}
          {usesPageSize(choice) && (
            <label className="export-dialog__field">
              {text.pageSize}
              <select
                value={choice.pageSize}
                disabled={busy}
                onChange={(event) => {
                  const value = event.currentTarget.value
                  const pageSize = PAGE_SIZES.find((size) => size === value) ?? 'a4'
                  setChoice((previous) => ({ ...previous, pageSize }))
                }}
              >
                {PAGE_SIZES.map((value) => (
                  <option key={value} value={value}>
                    {pageLabels[value]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <p className="export-dialog__count">{text.slideCount(shown.slides.length, hiddenCount)}</p>
          <p className="export-dialog__status" role="status" data-testid="export-status">
            {phase.status === 'busy' && text.busy}
            {phase.status === 'done' && doneMessage(phase, host.kind, text)}
          </p>
          {phase.status === 'error' && (
            <p className="export-dialog__error" role="alert" data-testid="export-error">
              <strong>{text.failed}: </strong>
              {describeExportError(phase.code, messages, host.kind)}
            </p>
          )}
          <div className="export-dialog__actions">
            <button type="button" onClick={onClose} disabled={busy}>
              {text.close}
            </button>
            <button
              type="submit"
              disabled={busy || !host.exportDeck || shown.slides.length === 0}
              data-testid="export-start"
            >
              {busy ? text.busy : text.start}
            </button>
          </div>
        </form>
      </div>
    </div>
  )
}

/** What a finished export says: where the file went, or, for a browser's PDF, what to do in the print tab. */
function doneMessage(
  phase: Extract<Phase, { status: 'done' }>,
  hostKind: 'electron' | 'browser',
  text: Messages['exportDialog'],
): string {
  if (hostKind === 'electron') return text.done(phase.name)
  return phase.format === 'pdf' ? text.printOpened : text.downloaded(phase.name)
}

/** One radio button per value, in a fieldset with its legend. */
function ChoiceGroup<Value extends string>(props: {
  readonly fieldsetRef?: RefObject<HTMLFieldSetElement | null>
  readonly disabled: boolean
  readonly legend: string
  readonly name: string
  readonly values: readonly Value[]
  readonly labels: Readonly<Record<Value, string>>
  readonly chosen: Value
  readonly onChoose: (value: Value) => void
}) {
  return (
    <fieldset ref={props.fieldsetRef} disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <label key={value} className="export-dialog__option">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.chosen === value}
            onChange={() => props.onChoose(value)}
          />
          {props.labels[value]}
        </label>
      ))}
    </fieldset>
  )
}
