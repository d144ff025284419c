import { exportFileName, type ExportRequest, type ExportResult } from '../../../shared/ipc'
import { buildHandoutHtml } from '../export/build-handout-html'
import { buildNotesOnlyHtml } from '../export/build-notes-only-html'
import { buildPrintSlidesHtml } from '../export/build-print-slides-html'
import { buildStandaloneHtml } from '../export/build-standalone-html'
import { applyPageSize } from '../export/page-size'
import { readBrowserExportAssets } from './browser-export-assets'
import { exportPptx } from './build-pptx'

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/**
 * The browser host's export: PowerPoint and HTML are built in the page and downloaded; a PDF is made by the
 * browser's print dialog from printable pages put into `printTab`, a tab the host opened during the click.
 */
export async function exportInBrowser(
  request: ExportRequest,
  printTab: Window | null = null,
): Promise<ExportResult> {
  if (request.format === 'pdf') return printInTab(request, printTab)
  const name = exportFileName(request)
  try {
    const blob =
      request.format === 'pptx'
        ? new Blob([new Uint8Array(await exportPptx(request.deck, { author: request.author }))], {
            type: PPTX_TYPE,
          })
        : new Blob(
            [
              buildStandaloneHtml(request.deck, readBrowserExportAssets(), {
                locale: request.locale,
                author: request.author,
              }),
            ],
            { type: 'text/html;charset=utf-8' },
          )
    download(blob, name)
    return { status: 'exported', name }
  } catch (error) {
    console.error('briefdeck: export failed', error)
    return { status: 'error', code: 'internal' }
  }
}

/** The pages to print: static slides (with notes pages), or the paper layouts at the chosen paper size. */
export function printableHtml(request: ExportRequest): string {
  const assets = readBrowserExportAssets()
  const options = { locale: request.locale, author: request.author }
  switch (request.pdfMode) {
    case 'handout':
      return applyPageSize(buildHandoutHtml(request.deck, assets, options), request.pageSize)
    case 'notes-only':
      return applyPageSize(buildNotesOnlyHtml(request.deck, assets, options), request.pageSize)
    default:
      return buildPrintSlidesHtml(request.deck, assets, {
        ...options,
        withNotes: request.pdfMode === 'notes',
      })
  }
}

async function printInTab(request: ExportRequest, tab: Window | null): Promise<ExportResult> {
  // No tab: the browser blocked it as a pop-up.
  if (tab === null || tab.closed) return { status: 'error', code: 'export/browser-failed' }
  try {
    // Parsed, not written: the tab inherits this page's policy, so nothing in it can run or reach out.
    const printable = new DOMParser().parseFromString(printableHtml(request), 'text/html')
    const target = tab.document
    target.replaceChild(target.importNode(printable.documentElement, true), target.documentElement)
    // Printed once the bundled typeface is in, so the PDF shows it.
    await target.fonts.ready
    tab.focus()
    tab.print()
    return { status: 'exported', name: exportFileName(request) }
  } catch (error) {
    console.error('briefdeck: printing failed', error)
    tab.close()
    return { status: 'error', code: 'internal' }
  }
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  // Revoked once the click has handed the file to the browser's download.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}
