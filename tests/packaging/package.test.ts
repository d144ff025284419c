import { execFile } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildKindFrom, packedExecutablePath, type BuildKind } from '../../packaging/fuses'

/**
 * The real packager (electron-builder, the project's own config) run on this machine. No Electron binary can
 * be downloaded here, so it packs a stand-in Electron folder whose executable carries Electron's fuse wire
 * with its factory settings; what the package ends up with is then read back the way Electron reads it.
 */

const run = promisify(execFile)
const ROOT = resolve(__dirname, '../..')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// Electron's factory wire: RunAsNode, NODE_OPTIONS, inspect flags, file: privileges and the ninth fuse on.
const FACTORY_WIRE = '101100011'
// Each fuse is one ASCII byte: '1' on, '0' off.
const ON = '1'.charCodeAt(0)

/** Every folder the packaging made, removed at the end (each package is tens of megabytes). */
const made: string[] = []

function standInElectron(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-stand-in-electron-'))
  made.push(dir)
  const wire = Buffer.from([1, FACTORY_WIRE.length, ...Buffer.from(FACTORY_WIRE)])
  const body = Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(SENTINEL), wire, Buffer.alloc(32)])
  writeFileSync(join(dir, 'electron'), body)
  chmodSync(join(dir, 'electron'), 0o755)
  writeFileSync(join(dir, 'version'), '0.0.0-stand-in')
  mkdirSync(join(dir, 'resources'))
  return dir
}

async function packageApp(kind: BuildKind, electronDist: string): Promise<string> {
  const output = mkdtempSync(join(tmpdir(), `briefdeck-package-${kind}-`))
  made.push(output)
  await run(
    'npx',
    [
      'electron-builder',
      '--linux',
      'dir',
      '-c',
      'electron-builder.config.ts',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: ROOT, env: { ...process.env, BRIEFDECK_TEST_BUILD: kind === 'test' ? '1' : '' } },
  )
  return join(output, 'linux-unpacked')
}

async function fuses(app: string): Promise<Record<string, boolean>> {
  const wire = (await getCurrentFuseWire(join(app, 'briefdeck'))) as unknown as Record<number, number>
  const names = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)))
  return Object.fromEntries(
    names.map((name) => [name, wire[FuseV1Options[name as keyof typeof FuseV1Options]] === ON]),
  )
}

describe('desktop packages', () => {
  const apps: Partial<Record<BuildKind, string>> = {}

  beforeAll(async () => {
    await run('npx', ['electron-vite', 'build'], { cwd: ROOT })
    const electronDist = standInElectron()
    apps.release = await packageApp('release', electronDist)
    apps.test = await packageApp('test', electronDist)
  }, 180_000)

  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true })
  })

  it('a release package has every fuse the app does not need switched off', async () => {
    expect(await fuses(apps.release ?? '')).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    })
  })

  it('the test package differs only in keeping the inspect flags Playwright attaches with', async () => {
    const release = await fuses(apps.release ?? '')
    expect(await fuses(apps.test ?? '')).toEqual({ ...release, EnableNodeCliInspectArguments: true })
  })

  it('app.asar holds all main reads at run time and none of the command-line tools', () => {
    const files = new Set(
      listPackage(join(apps.release ?? '', 'resources/app.asar'), { isPack: false }).map((path) =>
        path.replaceAll('\\', '/'),
      ),
    )
    for (const needed of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
      '/src/renderer/src/styles/deck.css',
      '/node_modules/reveal.js/package.json',
      '/node_modules/@fontsource/be-vietnam-pro/400.css',
      '/node_modules/react-dom/package.json',
    ])
      expect(files, needed).toContain(needed)
    expect([...files].some((path) => path.startsWith('/resources/seed/'))).toBe(true)
    for (const tool of ['esbuild', 'tsx', 'playwright-core'])
      expect(files, tool).not.toContain(`/node_modules/${tool}/package.json`)
    expect([...files].some((path) => path.startsWith('/src/main') || path.startsWith('/tests'))).toBe(false)
  })
})

describe('where the fuses are flipped', () => {
  const app = (electronPlatformName: string) => ({
    appOutDir: '/pack',
    electronPlatformName,
    arch: 1,
    packager: { appInfo: { productFilename: 'Briefdeck' }, executableName: 'briefdeck' },
  })

  it('is the .app bundle on macOS, the .exe on Windows and the executable on Linux', () => {
    expect(packedExecutablePath(app('darwin'))).toBe(join('/pack', 'Briefdeck.app'))
    expect(packedExecutablePath(app('win32'))).toBe(join('/pack', 'Briefdeck.exe'))
    expect(packedExecutablePath(app('linux'))).toBe(join('/pack', 'briefdeck'))
  })

  it('only a build asked for with BRIEFDECK_TEST_BUILD=1 is a test build', () => {
    expect(buildKindFrom({ BRIEFDECK_TEST_BUILD: '1' })).toBe('test')
    for (const value of [undefined, '', '0', 'true'])
      expect(buildKindFrom({ BRIEFDECK_TEST_BUILD: value })).toBe('release')
  })
})
