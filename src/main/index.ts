import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import { IPC, type MenuCommand } from '../shared/ipc'
import { MESSAGES, pickLocale, type Locale } from '../shared/messages'
import { registerAppScheme, serveRenderer } from './app-protocol'
import { guardWindowClose } from './close-guard'
import { saveDialogFilters } from './dialog-options'
import { createDocumentSessions, type DocumentSessions } from './document-sessions'
import { createDeckExporter } from './export/deck-exporter'
import { nodeArticleFileSystem, registerIpcHandlers, showDocumentState } from './ipc-handlers'
import { buildMenuTemplate } from './menu-template'
import { openPathForWindow } from './open-path'
import { createPresentationWindows, type PresentationWindows } from './presentation-windows'
import { nodeProjectFileSystem } from './project/index'
import { createRecentFiles, RECENT_FILES_NAME, type RecentFiles } from './recent-files'
import { trustedOrigins } from './security-policy'
import { createMainWindow } from './windows'

// Tests point the app at a throw-away profile so they never touch the user's data.
if (process.env.BRIEFDECK_USER_DATA_DIR) app.setPath('userData', process.env.BRIEFDECK_USER_DATA_DIR)

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const origins = trustedOrigins(devServerUrl)
let locale: Locale = 'vi'
let editorWindow: BrowserWindow | null = null
let presentation: PresentationWindows | null = null
let documents: DocumentSessions | null = null
let recentFiles: RecentFiles | null = null
/** Set while the app quits: a close the user confirms then resumes the quit instead of closing one window. */
let quitting = false

registerAppScheme()

function liveEditor(): BrowserWindow | null {
  return editorWindow && !editorWindow.isDestroyed() ? editorWindow : null
}

function sendToFocused(command: MenuCommand): void {
  if (command === 'swap-displays') {
    presentation?.swapDisplays()
    return
  }
  // Starting a show and saving are the editor's business (it holds the deck), whichever window has the focus.
  const editor = liveEditor()
  const forEditor =
    command === 'present' ||
    command === 'present-from-current' ||
    command === 'save' ||
    command === 'save-as' ||
    command === 'export'
  const window =
    (forEditor ? editor : null) ?? BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  if (command === 'language-vi' || command === 'language-en') {
    locale = command === 'language-en' ? 'en' : 'vi'
    installMenu()
    retitleWindows()
  }
  if (command === 'about' && window) {
    void dialog.showMessageBox(window, { type: 'info', title: 'Briefdeck', message: MESSAGES[locale].about })
    return
  }
  window?.webContents.send(IPC.menuCommand, command)
}

function retitleWindows(): void {
  for (const window of BrowserWindow.getAllWindows()) {
    const state = documents?.state(window.id)
    if (state) showDocumentState(window, state, locale)
  }
}

function installMenu(): void {
  const recent = {
    files: recentFiles?.list() ?? [],
    open: (path: string) => void openRecent(path),
    clear: () => {
      void recentFiles?.clear()
      app.clearRecentDocuments()
    },
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(locale, sendToFocused, recent)))
}

function rememberFile(path: string): void {
  void recentFiles?.add(path)
  app.addRecentDocument(path)
}

/** File › Open Recent: reads the file as the open dialog would and hands it to the editor. */
async function openRecent(path: string): Promise<void> {
  const window = liveEditor() ?? BrowserWindow.getFocusedWindow()
  if (!window || !documents) return
  const result = await openPathForWindow(window.id, path, {
    fs: nodeArticleFileSystem,
    documents,
    rememberFile,
  })
  if (result.status === 'opened') {
    window.webContents.send(IPC.fileOpened, { name: result.name, bytes: result.bytes })
    return
  }
  if (result.status === 'error') {
    // A file that is gone or unreadable leaves the list; a too-large one stays (the user may want it later).
    if (result.code === 'input/unreadable') void recentFiles?.remove(path)
    await dialog.showMessageBox(window, {
      type: 'error',
      title: 'Briefdeck',
      message: MESSAGES[locale].desktop.openRecentFailed,
      detail: `${path}\n\n${MESSAGES[locale].errors[result.code]}`,
    })
  }
}

function documentsFolder(): string {
  try {
    return app.getPath('documents')
  } catch {
    // Some Linux desktops define no Documents folder.
    return app.getPath('home')
  }
}

async function askSavePath(windowId: number, defaultPath: string): Promise<string | null> {
  const window = BrowserWindow.fromId(windowId)
  const options = {
    defaultPath,
    filters: saveDialogFilters(MESSAGES[locale].desktop, process.platform),
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  }
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  return choice.canceled || !choice.filePath ? null : choice.filePath
}

function openEditor(sessions: DocumentSessions): BrowserWindow {
  const window = createMainWindow(origins, devServerUrl)
  // The title says which project is open and whether it has unsaved edits; the page's <title> must not
  // replace it.
  window.on('page-title-updated', (event) => event.preventDefault())
  guardWindowClose(window, {
    documents: sessions,
    locale: () => locale,
    finishClose: (closing) => {
      if (quitting) app.quit()
      else closing.close()
    },
    closeCanceled: () => {
      quitting = false
    },
  })
  return window
}

app.on('before-quit', () => {
  quitting = true
})

void app.whenReady().then(async () => {
  locale = pickLocale(app.getLocale())
  // Briefdeck needs no camera, microphone, notifications or any other permission.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  serveRenderer(join(__dirname, '../renderer'))
  const userData = app.getPath('userData')
  const sessions = createDocumentSessions({
    fs: nodeProjectFileSystem,
    dataDir: userData,
    documentsDir: documentsFolder(),
    askSavePath,
    onSaved: rememberFile,
  })
  documents = sessions
  recentFiles = createRecentFiles({
    file: join(userData, RECENT_FILES_NAME),
    fs: nodeProjectFileSystem,
    comparison: { ignoreCase: process.platform !== 'linux' },
    onChange: installMenu,
  })
  const windows = createPresentationWindows(origins, devServerUrl)
  presentation = windows
  registerIpcHandlers(origins, {
    startPresentation: (fromSlide) => windows.start(fromSlide),
    documents: sessions,
    locale: () => locale,
    rememberFile,
    exportDeck: createDeckExporter({ origins, locale: () => locale, documentsFolder }),
  })
  installMenu()
  editorWindow = openEditor(sessions)
  await recentFiles.load()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) editorWindow = openEditor(sessions)
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
