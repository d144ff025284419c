import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const EXECUTABLE_BY_PLATFORM: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
}

/**
 * A packaged test build to drive instead of the sources (`npm run package:test`, then its executable in
 * BRIEFDECK_PACKAGED_APP): the same checks then also cover the fuses and app.asar.
 */
export const PACKAGED_APP = process.env.BRIEFDECK_PACKAGED_APP || null

/**
 * The Electron binary, when this machine has one: a packaged test build, ELECTRON_OVERRIDE_DIST_PATH, or the
 * one the electron package downloaded. Never triggers a download.
 */
export function findElectronBinary(): string | null {
  if (PACKAGED_APP !== null) return existsSync(PACKAGED_APP) ? resolve(PACKAGED_APP) : null
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
