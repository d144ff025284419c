import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The Electron wiring cannot run here (no Electron binary), and Electronegativity cannot see through
 * `secureWebPreferences()`. These source checks back the suppressions in docs/SECURITY.md: they fail when a window
 * is created without the shared preferences and lock-down, when an IPC handler skips the sender check or payload
 * validation, or when the page is handed raw Electron APIs.
 */

const SRC = resolve(__dirname, '../../src')
const read = (path: string) => readFileSync(join(SRC, path), 'utf8')

function sourceFiles(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(folder, name))
}

describe('Electron wiring', () => {
  const mainFiles = sourceFiles('main')

  it('every window uses secureWebPreferences and is locked down', () => {
    const creators = mainFiles.filter((file) => read(file).includes('new BrowserWindow('))
    expect(creators.sort()).toEqual([
      'main/export/deck-exporter.ts',
      'main/presentation-windows.ts',
      'main/windows.ts',
    ])
    for (const file of creators) {
      const source = read(file)
      const windows = source.split('new BrowserWindow(').slice(1)
      for (const options of windows)
        expect(options.slice(0, 600)).toMatch(
          /webPreferences: secureWebPreferences\(|^exportWindowOptions\(\)/,
        )
      expect(source).toMatch(/lockDownContents\(\w*[wW]indow, origins\)/)
    }
    // The hidden PDF window: the same preferences without the preload, in a session that denies everything.
    expect(read('main/export/export-plan.ts')).toMatch(
      /secureWebPreferences\(''\)[\s\S]*webPreferences: \{ \.\.\.secure,/,
    )
    const exporter = read('main/export/deck-exporter.ts')
    expect(exporter).toMatch(
      /exportSession\.setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/,
    )
    expect(exporter).toContain('exportSession.setPermissionCheckHandler(() => false)')
    expect(exporter).toContain('callback({ cancel: !allowed })')
  })

  it('lockDownContents denies every new window and navigation away from our origin', () => {
    const source = read('main/windows.ts')
    expect(source).toContain("setWindowOpenHandler(() => ({ action: 'deny' }))")
    expect(source).toMatch(
      /'will-navigate', \(event, url\) => \{\s*if \(!isAllowedNavigation\(url, origins\)\) event\.preventDefault\(\)/,
    )
    expect(source).toMatch(
      /'will-redirect', \(event, url\) => \{\s*if \(!isAllowedNavigation\(url, origins\)\) event\.preventDefault\(\)/,
    )
    expect(source).toContain("'will-attach-webview', (event) => event.preventDefault()")
  })

  it('no code opens anything in the user’s browser or the system', () => {
    for (const file of [...sourceFiles('main'), ...sourceFiles('preload'), ...sourceFiles('renderer')])
      expect(read(file), file).not.toMatch(/openExternal|openPath\(/)
    // The one shell call: show the PDF the user just saved, at the path main's save dialog returned.
    const shown = [...sourceFiles('main'), ...sourceFiles('renderer')].filter((file) =>
      read(file).includes('showItemInFolder'),
    )
    expect(shown).toEqual(['main/export/deck-exporter.ts'])
  })

  it('every permission request and check is denied', () => {
    const source = read('main/index.ts')
    expect(source).toMatch(
      /setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/,
    )
    expect(source).toContain('setPermissionCheckHandler(() => false)')
  })

  it('every IPC channel checks its sender and validates its arguments', () => {
    const source = read('main/ipc-handlers.ts')
    const handlers = source.split(/ipcMain\.(?:handle|on|handleOnce|once)\(/).slice(1)
    expect(handlers.length).toBeGreaterThan(0)
    for (const handler of handlers) {
      const body = handler.slice(0, 900)
      const channel = /^\s*(IPC\.\w+)/.exec(body)?.[1]
      expect(channel, body.slice(0, 80)).toBeDefined()
      expect(body, `${channel} sender`).toMatch(
        /checkSender\(event, origins\)|isTrustedSenderUrl\(event\.senderFrame\?\.url, origins\)/,
      )
      expect(body, `${channel} arguments`).toMatch(/\w+\.(?:safeParse|parse)\(args\)/)
    }
  })

  it('the preload hands the page functions, never ipcRenderer or Electron objects, on our channels only', () => {
    const source = read('preload/index.ts')
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(source).toContain("contextBridge.exposeInMainWorld('briefdeck', bridge)")
    expect(source).not.toMatch(/:\s*ipcRenderer\s*[,}\n]|exposeInMainWorld\([^)]*ipcRenderer/)
    for (const call of source.matchAll(/ipcRenderer\.(?:invoke|send|sendSync|on|once)\((\w+(?:\.\w+)?)/g))
      expect(['channel', ...[...source.matchAll(/IPC\.\w+/g)].map((m) => m[0])]).toContain(call[1])
    expect(source).not.toContain('sendSync')
  })
})
