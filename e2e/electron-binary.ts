import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const EXECUTABLE_BY_PLATFORM: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
}

/**
 * The Electron binary, when this machine has one: from ELECTRON_OVERRIDE_DIST_PATH, or the one the electron
 * package downloaded. Never triggers a download.
 */
export function findElectronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const path = join(override, EXECUTABLE_BY_PLATFORM[process.platform] ?? 'electron')
    return existsSync(path) ? path : null
  }
  const pathFile = resolve('node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return null
  const path = resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(path) ? path : null
}
