import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { APP_ORIGIN, isAllowedNavigation, secureWebPreferences } from './security-policy'

/** Opens the editor window on our own page, with navigation and new windows locked down. */
export function createMainWindow(
  origins: readonly string[],
  devServerUrl: string | undefined,
): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Briefdeck',
    backgroundColor: '#f4f1ea',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  window.once('ready-to-show', () => window.show())
  lockDownContents(window, origins)
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return window
}

export function lockDownContents(window: BrowserWindow, origins: readonly string[]): void {
  const contents = window.webContents
  // Decks show article text, never links, so no page of ours has a reason to open a window: a script that
  // tries (hostile content that slipped through) gets nothing, not even the user's browser.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, origins)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, origins)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
