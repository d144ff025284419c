import { stat, readFile } from 'node:fs/promises'
import { BrowserWindow, dialog, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import {
  IPC,
  type ExportRequest,
  type ExportResult,
  type OpenFileResult,
  type SaveProjectResult,
} from '../shared/ipc'
import { MESSAGES, type Locale } from '../shared/messages'
import { openDialogFilters } from './dialog-options'
import type { DocumentSessions } from './document-sessions'
import { formatWindowTitle } from './document-state'
import {
  autosaveArguments,
  documentStateArguments,
  exportArguments,
  saveProjectArguments,
} from './ipc-schemas'
import { openPathForWindow } from './open-path'
import { isTrustedSenderUrl } from './security-policy'

const noArguments = z.tuple([])
/** A zero-based slide; the upper bound only refuses nonsense, decks are far shorter. */
const startPresentationArguments = z.tuple([z.object({ fromSlide: z.number().int().min(0).max(10_000) })])

export const nodeArticleFileSystem = {
  size: async (path: string) => (await stat(path)).size,
  read: async (path: string) => new Uint8Array(await readFile(path)),
}

/** What the handlers need from the rest of main, passed in so this module opens no windows of its own. */
export interface IpcServices {
  startPresentation(fromSlide: number): void
  readonly documents: DocumentSessions
  /** The menu's language, for dialogs and titles. */
  locale(): Locale
  /** Adds a file to the recent files list. */
  rememberFile(path: string): void
  /** Exports the deck the window sent: save dialog, build, atomic write (`src/main/export/`). */
  exportDeck(windowId: number, request: ExportRequest): Promise<ExportResult>
}

/** The sender's window; every document call belongs to one. */
function senderWindow(event: IpcMainEvent | IpcMainInvokeEvent): BrowserWindow {
  const window = BrowserWindow.fromWebContents(event.sender)
  if (!window) throw new Error('No window')
  return window
}

function checkSender(event: IpcMainEvent | IpcMainInvokeEvent, origins: readonly string[]): void {
  if (!isTrustedSenderUrl(event.senderFrame?.url, origins)) throw new Error('Untrusted sender')
}

/** Registers every IPC handler; each checks who is asking and what it sent before doing anything. */
export function registerIpcHandlers(origins: readonly string[], services: IpcServices): void {
  const { documents } = services
  ipcMain.handle(
    IPC.openFile,
    async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<OpenFileResult> => {
      checkSender(event, origins)
      noArguments.parse(args)
      const window = senderWindow(event)
      const options = {
        properties: ['openFile' as const],
        filters: openDialogFilters(MESSAGES[services.locale()].desktop, process.platform),
      }
      const choice = await dialog.showOpenDialog(window, options)
      const path = choice.filePaths[0]
      if (choice.canceled || path === undefined) return { status: 'canceled' }
      return openPathForWindow(window.id, path, {
        fs: nodeArticleFileSystem,
        documents,
        rememberFile: services.rememberFile,
      })
    },
  )
  ipcMain.handle(IPC.startPresentation, (event: IpcMainInvokeEvent, ...args: unknown[]): void => {
    checkSender(event, origins)
    const [{ fromSlide }] = startPresentationArguments.parse(args)
    services.startPresentation(fromSlide)
  })
  ipcMain.handle(
    IPC.saveProject,
    (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<SaveProjectResult> => {
      checkSender(event, origins)
      const [request] = saveProjectArguments.parse(args)
      return documents.save(senderWindow(event).id, request)
    },
  )
  ipcMain.handle(IPC.autosave, (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<void> => {
    checkSender(event, origins)
    const [projectText] = autosaveArguments.parse(args)
    return documents.autosave(senderWindow(event).id, projectText)
  })
  ipcMain.handle(
    IPC.readRecovery,
    (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<string | null> => {
      checkSender(event, origins)
      noArguments.parse(args)
      return documents.readRecovery()
    },
  )
  ipcMain.handle(IPC.exportDeck, (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<ExportResult> => {
    checkSender(event, origins)
    const [request] = exportArguments.parse(args)
    return services.exportDeck(senderWindow(event).id, request)
  })
  ipcMain.on(IPC.documentState, (event: IpcMainEvent, ...args: unknown[]): void => {
    // A fire-and-forget message has no caller to reject to: a bad one is dropped, and logged for developers.
    const parsed = documentStateArguments.safeParse(args)
    if (!isTrustedSenderUrl(event.senderFrame?.url, origins) || !parsed.success) {
      console.warn('briefdeck: refused a document state message')
      return
    }
    const window = BrowserWindow.fromWebContents(event.sender)
    if (!window) return
    const [state] = parsed.data
    documents.setState(window.id, state)
    showDocumentState(window, state, services.locale())
  })
}

/** The title and the macOS "edited" dot for what the page last reported. */
export function showDocumentState(
  window: BrowserWindow,
  state: { readonly fileName: string | null; readonly dirty: boolean },
  locale: Locale,
): void {
  window.setTitle(formatWindowTitle(state, MESSAGES[locale].desktop))
  if (process.platform === 'darwin') window.setDocumentEdited(state.dirty)
}
