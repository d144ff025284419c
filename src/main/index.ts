import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import { IPC, type MenuCommand } from '../shared/ipc'
import { MESSAGES, pickLocale, type Locale } from '../shared/messages'
import { registerAppScheme, serveRenderer } from './app-protocol'
import { registerIpcHandlers } from './ipc-handlers'
import { buildMenuTemplate } from './menu-template'
import { trustedOrigins } from './security-policy'
import { createMainWindow } from './windows'

// Tests point the app at a throw-away profile so they never touch the user's data.
if (process.env.BRIEFDECK_USER_DATA_DIR) app.setPath('userData', process.env.BRIEFDECK_USER_DATA_DIR)

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const origins = trustedOrigins(devServerUrl)
let locale: Locale = 'vi'

registerAppScheme()

function sendToFocused(command: MenuCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
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
  registerIpcHandlers(origins)
  installMenu()
  createMainWindow(origins, devServerUrl)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(origins, devServerUrl)
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
