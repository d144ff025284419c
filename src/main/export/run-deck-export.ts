import type { SaveDialogOptions } from 'electron'
import type { Result } from '../../core/index'
import type { ExportAssets } from '../../renderer/src/export/html-document'
import type { ExportRequest, ExportResult } from '../../shared/ipc'
import type { DesktopMessages } from '../../shared/messages'
import { buildExportDocument, type PrintPdf } from './build-export-document'
import { exportSaveDialogOptions, withExtension } from './export-plan'

/** The print window did not signal ready (or print) in time. */
export class ExportTimeoutError extends Error {
  constructor() {
    super('export/timeout')
    this.name = 'ExportTimeoutError'
  }
}

/** The print window failed to load or to print (a crashed renderer, a refused load). */
export class PrintFailedError extends Error {
  constructor(detail: string) {
    super(detail)
    this.name = 'PrintFailedError'
  }
}

/** What an export needs from the desktop, injected so the whole flow runs in tests without Electron. */
export interface DeckExportDeps {
  askSavePath(options: SaveDialogOptions): Promise<string | null>
  readAssets(): Promise<ExportAssets>
  readonly printPdf: PrintPdf
  writeFile(path: string, data: Uint8Array): Promise<Result<void>>
  /** Shows the written file in the system's file manager. */
  reveal(path: string): void
  messages(): DesktopMessages
  /** Where the save dialog starts. */
  folder(): string
  join(...parts: string[]): string
  basename(path: string): string
}

/**
 * One export from the editor: ask where, build, write atomically, show the file. Nothing is written when the
 * user cancels or the document cannot be built; a failure is a code the page words in the user's language.
 */
export async function runDeckExport(request: ExportRequest, deps: DeckExportDeps): Promise<ExportResult> {
  const chosen = await deps.askSavePath(
    exportSaveDialogOptions(request, deps.folder(), deps.messages(), deps.join),
  )
  if (chosen === null) return { status: 'canceled' }
  const path = withExtension(chosen, request.format)
  let data: Uint8Array | string
  try {
    data = await buildExportDocument(request, await deps.readAssets(), deps.printPdf)
  } catch (error) {
    if (error instanceof ExportTimeoutError) return { status: 'error', code: 'export/timeout' }
    if (error instanceof PrintFailedError) return { status: 'error', code: 'export/browser-failed' }
    console.error('briefdeck: export failed', error)
    return { status: 'error', code: 'internal' }
  }
  const written = await deps.writeFile(path, typeof data === 'string' ? new TextEncoder().encode(data) : data)
  if (!written.ok) return { status: 'error', code: 'output/unwritable' }
  deps.reveal(path)
  return { status: 'exported', name: deps.basename(path) }
}

/** Settles as `work` does, or rejects with `ExportTimeoutError` after `ms`; the timer never outlives it. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExportTimeoutError()), ms)
  })
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}
