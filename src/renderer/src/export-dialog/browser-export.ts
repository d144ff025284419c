import { exportFileName, type ExportRequest, type ExportResult } from '../../../shared/ipc'
import { buildHandoutHtml } from '../export/build-handout-html'
import { buildNotesOnlyHtml } from '../export/build-notes-only-html'
import { buildStandaloneHtml } from '../export/build-standalone-html'
import { applyPageSize } from '../export/page-size'
import { printViewUrl, storePrintJob } from '../print/print-job'
import { readBrowserExportAssets } from './browser-export-assets'
import { exportPptx } from './build-pptx'

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/**
 * The browser host's export: PowerPoint and HTML are built in the page and downloaded; a PDF is made by the
 * browser's print dialog in `printTab`, a tab the host opened during the click: slides from the app's print
 * view (reveal.js), handouts and notes-only pages from their static layouts.
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

/** The paper layouts (handout, notes only) at the chosen paper size: static pages, no script needed. */
export function paperLayoutHtml(request: ExportRequest): string {
  const assets = readBrowserExportAssets()
  const options = { locale: request.locale, author: request.author }
  const html =
    request.pdfMode === 'handout'
      ? buildHandoutHtml(request.deck, assets, options)
      : buildNotesOnlyHtml(request.deck, assets, options)
  return applyPageSize(html, request.pageSize)
}

async function printInTab(request: ExportRequest, tab: Window | null): Promise<ExportResult> {
  // No tab: the browser blocked it as a pop-up.
  if (tab === null || tab.closed) return { status: 'error', code: 'export/browser-failed' }
  try {
    if (request.pdfMode === 'slides' || request.pdfMode === 'notes') {
      // Slides print from the app's own print view, where reveal.js lays them out and opens the print dialog.
      const id = storePrintJob({
        deck: request.deck,
        withNotes: request.pdfMode === 'notes',
        locale: request.locale,
      })
      tab.location.replace(printViewUrl(window.location.href, id))
      return { status: 'exported', name: exportFileName(request) }
    }
    // Parsed, not written: the tab inherits this page's policy, so nothing in it can run or reach out.
    const printable = new DOMParser().parseFromString(paperLayoutHtml(request), 'text/html')
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
