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
    // Loaded on first export: pptxgenjs and the inlined assets stay out of the editor's start-up.
    exportDeck: async (request) => (await import('../export-dialog/browser-export')).exportInBrowser(request),
  }
}
