import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { buildBriefingFromFile, type Deck } from '../../src/core/index'
import { findChromium } from '../../src/cli/export/find-chromium'
import { SEED_PATH } from '../shared-folder'

export const run = promisify(execFile)
const BIN = resolve(__dirname, '../../bin/briefdeck.js')

export interface CliResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** The CLI as a child process, in English, with extra environment. */
export async function briefdeck(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, LANG: 'en_US.UTF-8', ...env },
      timeout: 120_000,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** The browser the PDF tests need; null (and the tests say why they skip) where there is none. */
export const CHROMIUM = (() => {
  const found = findChromium(process.env, () => null)
  return found.ok ? found.path : null
})()

/** The seed deck as the CLI builds it, to compare exports against. */
export async function seedDeck(): Promise<Deck> {
  const result = await buildBriefingFromFile({
    name: 'seed.txt',
    bytes: new Uint8Array(readFileSync(SEED_PATH)),
  })
  if (!result.ok) throw new Error(result.error.code)
  return result.value.deck
}

/** Text with every run of white space made one space: pdftotext breaks lines where the layout did. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
