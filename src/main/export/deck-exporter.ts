import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, session, shell } from 'electron'
import { readExportAssets } from '../../cli/export/export-assets'
import type { ExportAssets } from '../../renderer/src/export/html-document'
import type { ExportRequest, ExportResult } from '../../shared/ipc'
import { MESSAGES, type Locale } from '../../shared/messages'
import { nodeProjectFileSystem, writeFileAtomically } from '../project/index'
import { lockDownContents } from '../windows'
import type { ExportDocumentPlan } from './export-plan'
import {
  EXPORT_PARTITION,
  exportWindowOptions,
  isAllowedExportRequest,
  PDF_TIMEOUT_MS,
  printToPdfOptions,
  printUrl,
  readyScript,
} from './export-plan'
import { PrintFailedError, runDeckExport, withTimeout } from './run-deck-export'

/**
 * The Electron side of exporting: the save dialog, the hidden print window, the atomic write, showing the file.
 * Every decision is in `export-plan.ts` and `run-deck-export.ts`; this module only carries them out.
 */
export function createDeckExporter(options: {
  readonly origins: readonly string[]
  readonly locale: () => Locale
  readonly documentsFolder: () => string
}): (windowId: number, request: ExportRequest) => Promise<ExportResult> {
  let assets: Promise<ExportAssets> | null = null
  const readAssets = (): Promise<ExportAssets> => {
    // Read once (reveal.js, the inlined fonts, the deck styles); a failed read is tried again next time.
    assets ??= readExportAssets().catch((error: unknown) => {
      assets = null
      throw error
    })
    return assets
  }
  return (windowId, request) =>
    runDeckExport(request, {
      askSavePath: async (dialogOptions) => {
        const window = BrowserWindow.fromId(windowId)
        const choice = window
          ? await dialog.showSaveDialog(window, dialogOptions)
          : await dialog.showSaveDialog(dialogOptions)
        return choice.canceled || !choice.filePath ? null : choice.filePath
      },
      readAssets,
      printPdf: (html, plan) => printInHiddenWindow(html, plan, options.origins),
      writeFile: (path, data) => writeFileAtomically(path, data, nodeProjectFileSystem),
      reveal: (path) => shell.showItemInFolder(path),
      messages: () => MESSAGES[options.locale()].desktop,
      folder: options.documentsFolder,
      join,
      basename,
    })
}

/** Documents the export session may load right now (one per export in progress). */
const allowedDocuments = new Set<string>()
let sessionReady = false

/** The export windows' session: no permissions, no request but the document being printed. */
function prepareExportSession(): void {
  if (sessionReady) return
  const exportSession = session.fromPartition(EXPORT_PARTITION)
  exportSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  exportSession.setPermissionCheckHandler(() => false)
  exportSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = [...allowedDocuments].some((document) => isAllowedExportRequest(details.url, document))
    callback({ cancel: !allowed })
  })
  sessionReady = true
}

/**
 * Loads the document from a temporary file into a hidden window, waits until it is ready to print, prints it
 * and throws the window and the file away, whatever happens. A data: URL would be simpler but the inlined fonts
 * and reveal.js make the document larger than Chromium accepts in a URL.
 */
async function printInHiddenWindow(
  html: string,
  plan: Extract<ExportDocumentPlan, { kind: 'pdf' }>,
  origins: readonly string[],
): Promise<Uint8Array> {
  prepareExportSession()
  const folder = await mkdtemp(join(app.getPath('temp'), 'briefdeck-export-'))
  const file = join(folder, 'deck.html')
  const fileUrl = pathToFileURL(file).href
  allowedDocuments.add(fileUrl)
  let window: BrowserWindow | null = null
  try {
    await writeFile(file, html, 'utf8')
    const printWindow = new BrowserWindow(exportWindowOptions())
    window = printWindow
    lockDownContents(printWindow, origins)
    const gone = new Promise<never>((_, reject) => {
      printWindow.webContents.once('render-process-gone', (_event, details) =>
        reject(new PrintFailedError(`renderer ${details.reason}`)),
      )
    })
    const print = async (): Promise<Uint8Array> => {
      await printWindow.loadURL(printUrl(fileUrl, plan)).catch((error: unknown) => {
        throw new PrintFailedError(error instanceof Error ? error.message : String(error))
      })
      await printWindow.webContents.executeJavaScript(readyScript(plan.ready))
      return new Uint8Array(await printWindow.webContents.printToPDF(printToPdfOptions()))
    }
    return await withTimeout(Promise.race([print(), gone]), PDF_TIMEOUT_MS)
  } finally {
    allowedDocuments.delete(fileUrl)
    if (window && !window.isDestroyed()) window.destroy()
    await rm(folder, { recursive: true, force: true })
  }
}
