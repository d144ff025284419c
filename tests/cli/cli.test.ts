import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { HAS_SHARED, SEED_PATH, SHARED_DIR } from '../shared-folder'

const BIN = resolve(__dirname, '../../bin/briefdeck.js')
const run = promisify(execFile)

async function briefdeck(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, LANG: 'en_US' },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('briefdeck analyze', () => {
  it('prints the seed analysis as JSON', async () => {
    const { code, stdout } = await briefdeck('analyze', SEED_PATH, '--json')
    expect(code).toBe(0)
    const analysis = JSON.parse(stdout)
    expect(analysis.event.chair.name).toBe('Nguyễn Xuân Phúc')
    expect(analysis.event.date).toMatchObject({ day: 12, month: 2 })
    expect(analysis.article.byline).toBe('Công Nghĩa')
    const values = new Set<number>(
      analysis.statistics.flatMap(
        (s: { value: number; change?: { from: number | null; to: number | null } }) => [
          s.value,
          s.change?.from ?? NaN,
          s.change?.to ?? NaN,
        ],
      ),
    )
    const found = [4.5, 10, 100, 86.5, 9, 1200].filter((value) => values.has(value))
    expect(found.length).toBeGreaterThanOrEqual(4)
  })

  it.skipIf(!HAS_SHARED)('output validates against the analysis contract', async () => {
    const schema = JSON.parse(readFileSync(join(SHARED_DIR, 'contracts/analysis.schema.json'), 'utf8'))
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema)
    const { stdout } = await briefdeck('analyze', SEED_PATH, '--json')
    const valid = validate(JSON.parse(stdout))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('prints one JSON line per file with --jsonl and a summary with --format text', async () => {
    const jsonl = await briefdeck('analyze', SEED_PATH, SEED_PATH, '--jsonl')
    expect(jsonl.code).toBe(0)
    const lines = jsonl.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(JSON.parse(lines[1] ?? '').file).toBe(SEED_PATH)
    const text = await briefdeck('analyze', SEED_PATH, '--format', 'text')
    expect(text.stdout).toContain('Nguyễn Xuân Phúc')
  })

  it('refuses a binary file: exit 2, one line on stderr, nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-cli-'))
    const png = join(dir, 'photo.txt')
    writeFileSync(
      png,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    )
    const { code, stdout, stderr } = await briefdeck('analyze', png, '--json')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain('input/binary')
  })

  it('refuses a missing file with exit 2', async () => {
    const { code, stdout, stderr } = await briefdeck('analyze', '/nonexistent/article.txt', '--json')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('could not be read')
  })
})
