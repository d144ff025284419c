import type { BriefdeckBridge } from '../../../shared/ipc'
import { readBrowserAutosave, writeBrowserAutosave } from './browser-autosave'
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
    // The app's own origin keeps IndexedDB in the user's profile, like any browser.
    readAutosave: readBrowserAutosave,
    writeAutosave: writeBrowserAutosave,
  }
}
