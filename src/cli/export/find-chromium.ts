import { existsSync } from 'node:fs'

/** Where Chromium or Chrome usually lives, in the order we try them. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
] as const

export type ChromiumLookup =
  | { readonly ok: true; readonly path: string }
  /** `tried` names what was looked for, for the one-line message. */
  | { readonly ok: false; readonly tried: string }

/**
 * The browser that prints PDFs: BRIEFDECK_CHROMIUM when set (and then only it: a wrong setting is reported, not
 * silently replaced), else a browser Playwright downloaded, else the usual system paths.
 */
export function findChromium(
  env: Readonly<Record<string, string | undefined>>,
  playwrightPath: () => string | null,
  exists: (path: string) => boolean = existsSync,
): ChromiumLookup {
  const chosen = env.BRIEFDECK_CHROMIUM
  if (chosen)
    return exists(chosen) ? { ok: true, path: chosen } : { ok: false, tried: `BRIEFDECK_CHROMIUM=${chosen}` }
  const downloaded = playwrightPath()
  const candidates = [...(downloaded ? [downloaded] : []), ...SYSTEM_CHROMIUM_PATHS]
  const found = candidates.find((path) => exists(path))
  return found ? { ok: true, path: found } : { ok: false, tried: candidates.join(', ') }
}
