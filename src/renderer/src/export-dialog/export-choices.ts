import type { BriefdeckErrorCode, Deck } from '../../../core/index'
import type { ExportFormat, PageSize, PdfMode } from '../../../shared/ipc'
import type { Messages } from '../../../shared/messages'

/** What the user picks in the Export dialog. */
export interface ExportChoice {
  readonly format: ExportFormat
  readonly pdfMode: PdfMode
  readonly pageSize: PageSize
}

/** Letter where it is the usual paper (North America), A4 elsewhere. */
export function defaultPageSize(languageTag: string | undefined): PageSize {
  return /^(en|es|fr)-(US|CA|MX)$/i.test(languageTag ?? '') ? 'letter' : 'a4'
}

export function defaultExportChoice(languageTag: string | undefined): ExportChoice {
  return {
    // Every host offers every format: the desktop prints PDFs in a hidden window, a browser through its print tab.
    format: 'pdf',
    pdfMode: 'slides',
    pageSize: defaultPageSize(languageTag),
  }
}

/** Only the paper layouts have a paper size; slide pages are the slide's own 16:9. */
export function usesPageSize(choice: ExportChoice): boolean {
  return choice.format === 'pdf' && (choice.pdfMode === 'handout' || choice.pdfMode === 'notes-only')
}

/** The deck an export shows: the edited one, without the slides hidden from the show. */
export function exportedDeck(deck: Deck): Deck {
  return { ...deck, slides: deck.slides.filter((slide) => slide.hidden !== true) }
}

// eslint-disable-next-line no-control-regex -- control characters are what is removed
const RE_UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|]/g

/** The exported file's name without extension: the article's file name, or 'briefdeck' for pasted text. */
export function exportBaseName(articleFileName: string | null): string {
  const stem = (articleFileName ?? '')
    .replace(/\.[^.]+$/, '')
    .replace(RE_UNSAFE, '-')
    .trim()
  return stem && stem !== '.' && stem !== '..' ? stem.slice(0, 200) : 'briefdeck'
}

/** A failure in the user's language: the export's own wording where it has one, else the app's. */
export function describeExportError(
  code: BriefdeckErrorCode,
  messages: Messages,
  hostKind: 'electron' | 'browser' = 'electron',
): string {
  if (code === 'export/timeout') return messages.exportDialog.timeout
  // In a browser the print step fails only when the print tab could not be opened.
  if (code === 'export/browser-failed' && hostKind === 'browser') return messages.exportDialog.printBlocked
  if (code === 'export/browser-failed') return messages.exportDialog.printFailed
  return messages.errors[code]
}
