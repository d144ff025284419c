import { stat, readFile } from 'node:fs/promises'
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { IPC, type OpenFileResult } from '../shared/ipc'
import { isTrustedSenderUrl } from './security-policy'
import { readArticleFile } from './read-article-file'

const noArguments = z.tuple([])

const nodeFileSystem = {
  size: async (path: string) => (await stat(path)).size,
  read: async (path: string) => new Uint8Array(await readFile(path)),
}

/** Registers every IPC handler; each checks who is asking and what it sent before doing anything. */
export function registerIpcHandlers(origins: readonly string[]): void {
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
}
