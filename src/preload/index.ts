import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  IPC,
  MENU_COMMANDS,
  type BriefdeckBridge,
  type DocumentState,
  type ExportRequest,
  type ExportResult,
  type MenuCommand,
  type OpenFileResult,
  type SaveProjectRequest,
  type SaveProjectResult,
  type StartPresentationRequest,
} from '../shared/ipc'

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

interface OpenedFile {
  name: string
  bytes: Uint8Array
}

function isOpenedFile(value: unknown): value is OpenedFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    typeof value.name === 'string' &&
    'bytes' in value &&
    value.bytes instanceof Uint8Array
  )
}

/** Subscribes to a main → page event, handing the page only the checked payload, never the event object. */
function listen<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void) {
  const handler = (_event: IpcRendererEvent, value: unknown): void => {
    if (accept(value)) listener(value)
  }
  ipcRenderer.on(channel, handler)
  return () => {
    ipcRenderer.off(channel, handler)
  }
}

// The page gets these functions and nothing else: no ipcRenderer, no Node, no event objects. Requests are
// rebuilt field by field so nothing the page attached to them travels to main.
const bridge: BriefdeckBridge = {
  openFile: () => ipcRenderer.invoke(IPC.openFile) as Promise<OpenFileResult>,
  onMenuCommand: (listener) => listen(IPC.menuCommand, isMenuCommand, listener),
  startPresentation: async (fromSlide) => {
    const request: StartPresentationRequest = { fromSlide }
    await ipcRenderer.invoke(IPC.startPresentation, request)
  },
  saveProject: (request) => {
    const { projectText, saveAs, suggestedName } = request
    const copy: SaveProjectRequest = { projectText, saveAs, suggestedName }
    return ipcRenderer.invoke(IPC.saveProject, copy) as Promise<SaveProjectResult>
  },
  autosave: async (projectText) => {
    await ipcRenderer.invoke(IPC.autosave, projectText)
  },
  readRecovery: async () => {
    const text: unknown = await ipcRenderer.invoke(IPC.readRecovery)
    return typeof text === 'string' ? text : null
  },
  setDocumentState: (state) => {
    const { fileName, dirty, projectText } = state
    const copy: DocumentState = { fileName, dirty, projectText }
    ipcRenderer.send(IPC.documentState, copy)
  },
  onFileOpened: (listener) =>
    listen(IPC.fileOpened, isOpenedFile, (file) => listener({ name: file.name, bytes: file.bytes })),
  exportDeck: (request) => {
    // The deck is plain data and goes as it is (structured clone); main validates all of it.
    const { deck, format, pdfMode, pageSize, suggestedName, author, locale } = request
    const copy: ExportRequest = { deck, format, pdfMode, pageSize, suggestedName, author, locale }
    return ipcRenderer.invoke(IPC.exportDeck, copy) as Promise<ExportResult>
  },
}

contextBridge.exposeInMainWorld('briefdeck', bridge)
