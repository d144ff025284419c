import type { BrowserWindowConstructorOptions, FileFilter, SaveDialogOptions } from 'electron'
import { revealPrintQuery } from '../../renderer/src/export/build-standalone-html'
import {
  exportExtension,
  exportFileName,
  type ExportFormat,
  type ExportRequest,
  type PageSize,
} from '../../shared/ipc'
import type { DesktopMessages } from '../../shared/messages'
import { secureWebPreferences } from '../security-policy'

/**
 * Every decision of an in-app export as plain data, so it is tested without Electron: the file name and the
 * save dialog, which document each format and mode prints, how the hidden window is set up, when it is ready
 * and how it is printed. `deck-exporter.ts` only carries these out.
 */

/** Long enough for a large deck on a slow machine; the CLI allows the same. */
export const PDF_TIMEOUT_MS = 60_000

/** Every export window's pages come from this in-memory session, closed to the network. */
export const EXPORT_PARTITION = 'briefdeck-export'

/** Linux save dialogs take a name as typed: one without the extension gets it, so the file opens by type. */
export function withExtension(path: string, format: ExportFormat): string {
  const extension = `.${exportExtension(format)}`
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`
}

export function exportFilters(format: ExportFormat, messages: DesktopMessages): FileFilter[] {
  const names: Readonly<Record<ExportFormat, string>> = {
    pdf: messages.pdfFiles,
    pptx: messages.pptxFiles,
    html: messages.htmlFiles,
  }
  return [{ name: names[format], extensions: [exportExtension(format)] }]
}

export function exportSaveDialogOptions(
  request: Pick<ExportRequest, 'suggestedName' | 'format' | 'pdfMode'>,
  folder: string,
  messages: DesktopMessages,
  join: (...parts: string[]) => string,
): SaveDialogOptions {
  return {
    defaultPath: join(folder, exportFileName(request)),
    filters: exportFilters(request.format, messages),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
}

/** Which builder makes the document, and for PDFs how the page says it is ready to print. */
export type ExportDocumentPlan =
  | { readonly kind: 'html' }
  | { readonly kind: 'pptx' }
  | {
      readonly kind: 'pdf'
      readonly builder: 'standalone' | 'handout' | 'notes-only'
      /** Appended to the document's URL: reveal reads its print view from the query, once, at start. */
      readonly query: string
      /** `pdf-ready`: reveal's print view is laid out (the deck sets `data-pdf-ready`); `fonts`: a static page. */
      readonly ready: 'pdf-ready' | 'fonts'
      /** The paper of a static page; null for slide pages, which are the slide's own size. */
      readonly pageSize: PageSize | null
    }

/** The same choice the CLI makes (`src/cli/export/export-pdf.ts`), so both print the same documents. */
export function planExportDocument(
  request: Pick<ExportRequest, 'format' | 'pdfMode' | 'pageSize'>,
): ExportDocumentPlan {
  if (request.format !== 'pdf') return { kind: request.format }
  if (request.pdfMode === 'handout' || request.pdfMode === 'notes-only') {
    return {
      kind: 'pdf',
      builder: request.pdfMode,
      query: '',
      ready: 'fonts',
      pageSize: request.pageSize,
    }
  }
  return {
    kind: 'pdf',
    builder: 'standalone',
    query: revealPrintQuery(request.pdfMode === 'notes'),
    ready: 'pdf-ready',
    pageSize: null,
  }
}

/** The document's address in the hidden window: the temporary file, plus reveal's print query if any. */
export function printUrl(fileUrl: string, plan: Extract<ExportDocumentPlan, { kind: 'pdf' }>): string {
  return plan.query ? `${fileUrl}?${plan.query}` : fileUrl
}

/**
 * Runs in the page (main world) and settles once it can be printed: reveal's print view has signalled
 * `pdf-ready` and the fonts are in (the deck sets `data-pdf-ready`), or a static page's fonts are loaded.
 */
export function readyScript(ready: 'pdf-ready' | 'fonts'): string {
  if (ready === 'fonts') return 'document.fonts.ready.then(() => true)'
  return `new Promise((resolve) => {
  const check = () => document.documentElement.hasAttribute('data-pdf-ready') ? resolve(true) : setTimeout(check, 50)
  check()
})`
}

/**
 * The hidden print window: the app's secure preferences without the preload (the page needs no bridge and must
 * not get one), its own closed session, and no background throttling, since reveal's print view waits on
 * requestAnimationFrame, which Chromium pauses in hidden windows otherwise (tech brief §4.6).
 */
export function exportWindowOptions(): BrowserWindowConstructorOptions {
  const secure: Partial<ReturnType<typeof secureWebPreferences>> = secureWebPreferences('')
  delete secure.preload
  return {
    show: false,
    width: 1280,
    height: 720,
    webPreferences: { ...secure, backgroundThrottling: false, partition: EXPORT_PARTITION },
  }
}

/** Chromium's print options: the page's own @page size, backgrounds, no margins of its own, bookmarks. */
export function printToPdfOptions(): {
  preferCSSPageSize: true
  printBackground: true
  margins: { top: 0; bottom: 0; left: 0; right: 0 }
  generateDocumentOutline: true
  generateTaggedPDF: true
} {
  return {
    preferCSSPageSize: true,
    printBackground: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    // Bookmarks come from the headings, which needs the tagged structure (as in the CLI).
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  }
}

/**
 * The export window may load its own document and inline data, nothing else: the deck holds article text,
 * and no part of it may reach the network or another file.
 */
export function isAllowedExportRequest(url: string, documentFileUrl: string): boolean {
  if (url.startsWith('data:')) return true
  try {
    const requested = new URL(url)
    const document = new URL(documentFileUrl)
    return requested.protocol === 'file:' && requested.pathname === document.pathname
  } catch {
    return false
  }
}
