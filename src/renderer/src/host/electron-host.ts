import type { BriefdeckBridge } from '../../../shared/ipc'
import type { Host } from './host'

/** The renderer's one client of the preload bridge. */
export function createElectronHost(bridge: BriefdeckBridge): Host {
  return {
    kind: 'electron',
    pickFile: async () => {
      const result = await bridge.openFile()
      if (result.status === 'opened') {
        return { status: 'picked', file: { name: result.name, bytes: result.bytes } }
      }
      if (result.status === 'error') return { status: 'error', code: result.code }
      return { status: 'canceled' }
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    startPresentation: (fromSlide) => bridge.startPresentation(fromSlide),
    // On the desktop the project is kept by main: in its own file once it has one, else in a recovery copy
    // in the app's data folder, written atomically so a crash or a full disk never leaves half a project.
    readAutosave: () => bridge.readRecovery(),
    writeAutosave: (projectText) => bridge.autosave(projectText),
    saveProject: (request) => bridge.saveProject(request),
    setDocumentState: (state) => bridge.setDocumentState(state),
    onFileOpened: (listener) => bridge.onFileOpened(listener),
    exportDeck: (request) => bridge.exportDeck(request),
  }
}
