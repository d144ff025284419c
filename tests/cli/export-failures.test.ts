import { chmodSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli/args'
import { SEED_PATH } from '../shared-folder'
import { briefdeck } from './export-helpers'

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
])

function emptyDir(): string {
  return mkdtempSync(join(tmpdir(), 'briefdeck-fail-'))
}

/** One line on stderr, naming the code; nothing on stdout. */
function expectOneLine(result: { stdout: string; stderr: string }, code: string): void {
  expect(result.stdout).toBe('')
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).toContain(`(${code})`)
}

describe('briefdeck export failures leave nothing behind', () => {
  it('no browser: exit 3 and a message saying where it looked', async () => {
    const dir = emptyDir()
    const result = await briefdeck(['export', SEED_PATH, '--pdf', join(dir, 'seed.pdf')], {
      BRIEFDECK_CHROMIUM: '/nonexistent/chromium',
    })
    expect(result.code).toBe(3)
    expectOneLine(result, 'export/no-browser')
    expect(result.stderr).toContain('BRIEFDECK_CHROMIUM=/nonexistent/chromium')
    expect(readdirSync(dir)).toEqual([])
  })

  it('an output in a missing or read-only directory: exit 1, no file and no temporary file', async () => {
    const missing = await briefdeck(['export', SEED_PATH, '--pptx', '/nonexistent/dir/seed.pptx'])
    expect(missing.code).toBe(1)
    expectOneLine(missing, 'output/unwritable')
    const dir = emptyDir()
    const locked = join(dir, 'locked')
    mkdirSync(locked)
    chmodSync(locked, 0o555)
    const result = await briefdeck(['export', SEED_PATH, '--html', join(locked, 'seed.html')])
    // root may write anywhere: there the read-only directory proves nothing, the missing one above does.
    if (process.getuid?.() !== 0) {
      expect(result.code).toBe(1)
      expectOneLine(result, 'output/unwritable')
    }
    expect(readdirSync(locked).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('a picture, or a project file: exit 2 with a clear reason, nothing written', async () => {
    const dir = emptyDir()
    const png = join(dir, 'photo.png')
    writeFileSync(png, PNG)
    const out = join(dir, 'out')
    mkdirSync(out)
    const picture = await briefdeck([
      'export',
      png,
      '--html',
      join(out, 'x.html'),
      '--pptx',
      join(out, 'x.pptx'),
    ])
    expect(picture.code).toBe(2)
    expect(picture.stderr).toMatch(/\((input\/binary|input\/unsupported-type)\)/)
    expect(picture.stderr.trim().split('\n')).toHaveLength(1)
    const project = join(dir, 'meeting.briefdeck.json')
    writeFileSync(project, '{}')
    const refused = await briefdeck(['export', project, SEED_PATH, '--html', out])
    expect(refused.code).toBe(2)
    expectOneLine(refused, 'input/unsupported-type')
    expect(refused.stderr).toContain('.briefdeck.json')
    expect(refused.stderr).not.toMatch(/not supported yet/i)
    expect(readdirSync(out)).toEqual([])
  })

  it('reads the export options', () => {
    expect(parseCliArgs(['export', 'a.txt', '--pdf', 'a.pdf', '--mode', 'handout'])).toEqual({
      kind: 'export',
      inputs: ['a.txt'],
      pdf: 'a.pdf',
      mode: 'handout',
      pptx: null,
      html: null,
    })
    expect(parseCliArgs(['export', 'a.txt'])).toMatchObject({ kind: 'usage-error' })
    expect(parseCliArgs(['export', 'a.txt', '--pdf', 'a.pdf', '--mode', 'poster'])).toMatchObject({
      kind: 'usage-error',
    })
    expect(parseCliArgs(['export', 'a.txt', '--html', 'a.html', '--mode', 'notes'])).toMatchObject({
      kind: 'usage-error',
    })
  })
})
