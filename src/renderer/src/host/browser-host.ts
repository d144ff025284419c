import { readBrowserAutosave, writeBrowserAutosave } from './browser-autosave'
import type { Host } from './host'

/** Running as a web page: files come through the page's file input and drops; there is no app menu. */
export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    pickFile: null,
    onMenuCommand: () => () => undefined,
    readAutosave: readBrowserAutosave,
    writeAutosave: writeBrowserAutosave,
  }
}
