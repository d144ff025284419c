import { stat, readFile } from 'node:fs/promises'
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { IPC, type OpenFileResult } from '../shared/ipc'
import { isTrustedSenderUrl } from './security-policy'
import { readArticleFile } from './read-article-file'

const noArguments = z.tuple([])
/** A zero-based slide; the upper bound only refuses nonsense, decks are far shorter. */
const startPresentationArguments = z.tuple([z.object({ fromSlide: z.number().int().min(0).max(10_000) })])

const nodeFileSystem = {
  size: async (path: string) => (await stat(path)).size,
  read: async (path: string) => new Uint8Array(await readFile(path)),
}

/** What the handlers need from the rest of main, passed in so this module opens no windows of its own. */
export interface IpcServices {
  startPresentation(fromSlide: number): void
}

/** Registers every IPC handler; each checks who is asking and what it sent before doing anything. */
export function registerIpcHandlers(origins: readonly string[], services: IpcServices): void {
  ipcMain.handle(
    IPC.openFile,
    async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<OpenFileResult> => {
      if (!isTrustedSenderUrl(event.senderFrame?.url, origins)) throw new Error('Untrusted sender')
      noArguments.parse(args)
      const window = BrowserWindow.fromWebContents(event.sender)
      const options = {
        properties: ['openFile' as const],
        filters: [
          { name: 'Bài báo / Articles', extensions: ['txt', 'html', 'htm', 'docx'] },
          { name: '*', extensions: ['*'] },
        ],
      }
      const choice = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      const path = choice.filePaths[0]
      if (choice.canceled || path === undefined) return { status: 'canceled' }
      return readArticleFile(path, nodeFileSystem)
    },
  )
  ipcMain.handle(IPC.startPresentation, (event: IpcMainInvokeEvent, ...args: unknown[]): void => {
    if (!isTrustedSenderUrl(event.senderFrame?.url, origins)) throw new Error('Untrusted sender')
    const [{ fromSlide }] = startPresentationArguments.parse(args)
    services.startPresentation(fromSlide)
  })
}
