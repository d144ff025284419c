import { join } from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses'

/**
 * Electron fuses for packaged builds: features the app never uses are switched off in the binary itself, so
 * a copy of Briefdeck cannot be turned into a general Node runtime or debugger target by environment
 * variables or command-line flags. The build Playwright drives is the one exception: it attaches through
 * `--inspect`, so it keeps that fuse on and must never be shipped (it is built with BRIEFDECK_TEST_BUILD=1).
 */

export type BuildKind = 'release' | 'test'

export function buildKindFrom(env: Readonly<Record<string, string | undefined>>): BuildKind {
  return env.BRIEFDECK_TEST_BUILD === '1' ? 'test' : 'release'
}

export function fuseConfig(kind: BuildKind): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // ELECTRON_RUN_AS_NODE would make the signed binary a plain Node.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS could preload any script into main.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: kind === 'test',
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // Pages come from the app:// protocol; file: needs no extra rights.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  }
}

/** The part of electron-builder's after-pack context this needs. */
export interface PackedApp {
  readonly appOutDir: string
  readonly electronPlatformName: string
  /** electron-builder's Arch: 3 is arm64. */
  readonly arch: number
  readonly packager: {
    readonly appInfo: { readonly productFilename: string }
    readonly executableName?: string
  }
}

const ARM64 = 3

/** Where the packed Electron binary is: the .app bundle on macOS, the .exe on Windows, the executable on Linux. */
export function packedExecutablePath(app: PackedApp): string {
  const name = app.packager.appInfo.productFilename
  switch (app.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(app.appOutDir, `${name}.app`)
    case 'win32':
      return join(app.appOutDir, `${name}.exe`)
    default:
      return join(app.appOutDir, app.packager.executableName ?? name)
  }
}

/** electron-builder's afterPack hook: flips the fuses before anything is signed. */
export async function flipFusesAfterPack(app: PackedApp, kind: BuildKind): Promise<void> {
  const isMac = app.electronPlatformName === 'darwin' || app.electronPlatformName === 'mas'
  await flipFuses(packedExecutablePath(app), {
    ...fuseConfig(kind),
    // Flipping breaks the ad-hoc signature Apple Silicon requires; it is renewed unless signing follows.
    resetAdHocDarwinSignature: isMac && app.arch === ARM64,
  })
}
