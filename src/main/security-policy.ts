/**
 * The security decisions of the main process as plain functions, so they are unit-tested without Electron.
 * The app's own pages are served from `app://bundle/`; in development from the electron-vite dev server.
 */

export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://bundle`

/** The production Content-Security-Policy: nothing remote, no eval, no plugins, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // reveal.js sets inline styles while laying out slides.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** The origins whose pages may talk to the main process: ours, and the dev server while developing. */
export function trustedOrigins(devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN]
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null
  if (devOrigin) origins.push(devOrigin)
  return origins
}

export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    // Non-special schemes such as app:// report an opaque origin ('null'); rebuild it from its parts.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}

/** True when an IPC message comes from a frame showing one of our own pages. */
export function isTrustedSenderUrl(url: string | undefined, origins: readonly string[]): boolean {
  if (!url) return false
  const origin = originOf(url)
  return origin !== null && origins.includes(origin)
}

/** Navigation away from our pages is never allowed: a dropped link or a script cannot load the web. */
export function isAllowedNavigation(url: string, origins: readonly string[]): boolean {
  return isTrustedSenderUrl(url, origins)
}

/** The web preferences every Briefdeck window uses. */
export function secureWebPreferences(preloadPath: string): {
  preload: string
  sandbox: true
  contextIsolation: true
  nodeIntegration: false
  webSecurity: true
  allowRunningInsecureContent: false
  experimentalFeatures: false
  webviewTag: false
  spellcheck: false
  disableBlinkFeatures: 'Auxclick'
} {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    // A middle click cannot even ask for a new window (the open handler would deny it anyway).
    disableBlinkFeatures: 'Auxclick',
  }
}
