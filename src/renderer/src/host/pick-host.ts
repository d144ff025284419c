import type { BriefdeckBridge } from '../../../shared/ipc'
import { createBrowserHost } from './browser-host'
import { createElectronHost } from './electron-host'
import type { Host } from './host'

declare global {
  interface Window {
    /** Present only inside the desktop app, put there by the preload script. */
    briefdeck?: BriefdeckBridge
  }
}

export function pickHost(): Host {
  return window.briefdeck ? createElectronHost(window.briefdeck) : createBrowserHost()
}
