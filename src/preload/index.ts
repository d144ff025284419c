import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  IPC,
  MENU_COMMANDS,
  type BriefdeckBridge,
  type MenuCommand,
  type OpenFileResult,
  type StartPresentationRequest,
} from '../shared/ipc'

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

// The page gets these three functions and nothing else: no ipcRenderer, no Node, no event objects.
const bridge: BriefdeckBridge = {
  openFile: () => ipcRenderer.invoke(IPC.openFile) as Promise<OpenFileResult>,
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(IPC.menuCommand, handler)
    return () => {
      ipcRenderer.off(IPC.menuCommand, handler)
    }
  },
  startPresentation: async (fromSlide) => {
    const request: StartPresentationRequest = { fromSlide }
    await ipcRenderer.invoke(IPC.startPresentation, request)
  },
}

contextBridge.exposeInMainWorld('briefdeck', bridge)
