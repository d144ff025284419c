// Builds the app and packs it for this platform with electron-builder. `--test` makes the build the Electron
// end-to-end suite can drive (inspect flags left on); it goes to dist/test-build and must not be shipped.
// Any other arguments go to electron-builder (e.g. `--dir`, `--win`).
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const testBuild = args.includes('--test')
const env = { ...process.env, BRIEFDECK_TEST_BUILD: testBuild ? '1' : '' }
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

for (const command of [
  ['electron-vite', 'build'],
  ['electron-builder', '-c', 'electron-builder.config.ts', ...args.filter((arg) => arg !== '--test')],
]) {
  const result = spawnSync(npx, command, { stdio: 'inherit', env, shell: process.platform === 'win32' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
