import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import { IPC, type MenuCommand } from '../shared/ipc'
import { MESSAGES, pickLocale, type Locale } from '../shared/messages'
import { registerAppScheme, serveRenderer } from './app-protocol'
import { registerIpcHandlers } from './ipc-handlers'
import { buildMenuTemplate } from './menu-template'
import { createPresentationWindows, type PresentationWindows } from './presentation-windows'
import { trustedOrigins } from './security-policy'
import { createMainWindow } from './windows'

// Tests point the app at a throw-away profile so they never touch the user's data.
if (process.env.BRIEFDECK_USER_DATA_DIR) app.setPath('userData', process.env.BRIEFDECK_USER_DATA_DIR)

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const origins = trustedOrigins(devServerUrl)
let locale: Locale = 'vi'
let editorWindow: BrowserWindow | null = null
let presentation: PresentationWindows | null = null

registerAppScheme()

function sendToFocused(command: MenuCommand): void {
  if (command === 'swap-displays') {
    presentation?.swapDisplays()
    return
  }
  // Starting a show is the editor's business (it holds the deck), whichever window has the focus.
  const editor = editorWindow && !editorWindow.isDestroyed() ? editorWindow : null
  const isPresent = command === 'present' || command === 'present-from-current'
  const window =
    (isPresent ? editor : null) ?? BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  if (command === 'language-vi' || command === 'language-en') {
    locale = command === 'language-en' ? 'en' : 'vi'
    installMenu()
  }
  if (command === 'about' && window) {
    void dialog.showMessageBox(window, { type: 'info', title: 'Briefdeck', message: MESSAGES[locale].about })
    return
  }
  window?.webContents.send(IPC.menuCommand, command)
}

function installMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(locale, sendToFocused)))
}

void app.whenReady().then(() => {
  locale = pickLocale(app.getLocale())
  // Briefdeck needs no camera, microphone, notifications or any other permission.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  serveRenderer(join(__dirname, '../renderer'))
  const windows = createPresentationWindows(origins, devServerUrl)
  presentation = windows
  registerIpcHandlers(origins, { startPresentation: (fromSlide) => windows.start(fromSlide) })
  installMenu()
  editorWindow = createMainWindow(origins, devServerUrl)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) editorWindow = createMainWindow(origins, devServerUrl)
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
