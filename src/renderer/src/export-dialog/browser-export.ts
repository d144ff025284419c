import { exportFileName, type ExportRequest, type ExportResult } from '../../../shared/ipc'
import { buildStandaloneHtml } from '../export/build-standalone-html'
import { readBrowserExportAssets } from './browser-export-assets'
import { exportPptx } from './build-pptx'

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/**
 * The browser host's export: PowerPoint and HTML are built in the page and downloaded. PDF is not offered
 * here (the dialog says so): the desktop app and the CLI print it.
 */
export async function exportInBrowser(request: ExportRequest): Promise<ExportResult> {
  if (request.format === 'pdf') return { status: 'error', code: 'internal' }
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

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  // Revoked once the click has handed the file to the browser's download.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}
