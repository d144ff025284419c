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
    exportDeck: async (request) => {
      // Opened while the click still counts as the user's: opened later, the browser would block it.
      const printTab = request.format === 'pdf' ? window.open('', '_blank') : null
      try {
        // Loaded on first export: pptxgenjs and the inlined assets stay out of the editor's start-up.
        return (await import('../export-dialog/browser-export')).exportInBrowser(request, printTab)
      } catch (error) {
        // An empty tab left behind would look like the export's result.
        printTab?.close()
        throw error
      }
    },
  }
}
