import { describe, expect, it } from 'vitest'
import { parseProject, serializeProject } from '../../../src/core/index'
import { loadProjectFile, saveProjectAtomically } from '../../../src/main/project/index'
import { MemoryFileSystem, systemError, type FileSystemCall } from './memory-file-system'
import { sampleProject } from './sample-project'

const PATH = '/docs/họp tuần.briefdeck.json'
const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

/** A file system holding a saved first version of the project. */
function withOldFile(): { fs: MemoryFileSystem; old: Uint8Array } {
  const fs = new MemoryFileSystem()
  const old = encode(serializeProject(sampleProject(1)))
  fs.files.set(PATH, old.slice())
  return { fs, old }
}

describe('saving a project atomically', () => {
  it('writes a temporary file beside the target, flushes it, renames it over the target', async () => {
    const { fs } = withOldFile()
    expect(await saveProjectAtomically(PATH, sampleProject(2), fs)).toEqual({ ok: true, value: undefined })
    expect([...fs.files.keys()]).toEqual([PATH])
    expect(parseProject(new TextDecoder().decode(fs.files.get(PATH)))).toEqual({
      ok: true,
      value: sampleProject(2),
    })
    const steps = fs.calls.map((call) => call.split(' ')[0])
    expect(steps).toEqual(['createFile', 'write', 'sync', 'close', 'rename', 'syncDirectory'])
    expect(fs.calls[0]).toMatch(/^createFile \/docs\/\.họp tuần\.briefdeck\.json\.[0-9a-f]{12}\.tmp$/)
  })

  const failures: [string, FileSystemCall, string][] = [
    ['a full disk part-way through the write', 'write', 'ENOSPC'],
    ['a write that throws half-way', 'write', 'EIO'],
    ['a flush that fails', 'sync', 'EIO'],
    ['a close that fails', 'close', 'EIO'],
    ['a rename that fails', 'rename', 'EXDEV'],
    ['a folder that cannot be written', 'createFile', 'EACCES'],
  ]
  for (const [what, call, code] of failures) {
    it(`leaves the old file byte-identical and no temporary file after ${what}`, async () => {
      const { fs, old } = withOldFile()
      fs.failWith = (failing) => (failing === call ? systemError(code) : null)
      const result = await saveProjectAtomically(PATH, sampleProject(2, 10_000), fs)
      expect(result).toEqual({ ok: false, error: { code: 'output/unwritable', detail: code } })
      expect([...fs.files.keys()]).toEqual([PATH])
      expect(fs.files.get(PATH)).toEqual(old)
    })
  }

  it('leaves nothing at all when a first save fails', async () => {
    const fs = new MemoryFileSystem()
    fs.failWith = (call) => (call === 'write' ? systemError('ENOSPC') : null)
    expect((await saveProjectAtomically(PATH, sampleProject(1), fs)).ok).toBe(false)
    expect(fs.files.size).toBe(0)
  })

  it('retries a rename Windows refuses for a moment', async () => {
    const { fs } = withOldFile()
    let refusals = 2
    fs.failWith = (call) => (call === 'rename' && refusals-- > 0 ? systemError('EPERM') : null)
    expect((await saveProjectAtomically(PATH, sampleProject(2), fs)).ok).toBe(true)
    expect(fs.calls.filter((call) => call.startsWith('rename'))).toHaveLength(3)
  })

  it('counts the save as done when only the folder flush fails (as on Windows)', async () => {
    const { fs } = withOldFile()
    fs.failWith = (call) => (call === 'syncDirectory' ? systemError('EISDIR') : null)
    expect((await saveProjectAtomically(PATH, sampleProject(2), fs)).ok).toBe(true)
    expect(new TextDecoder().decode(fs.files.get(PATH))).toBe(serializeProject(sampleProject(2)))
  })
})

describe('loading a project file', () => {
  const cases: [string, Uint8Array, string][] = [
    ['a file cut short', encode(serializeProject(sampleProject(1)).slice(0, 300)), 'project/corrupt'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'project/corrupt'],
    ['JSON that is not a project', encode('{"compilerOptions":{}}'), 'project/not-a-project'],
    ['a newer version', encode(JSON.stringify({ ...sampleProject(1), version: 7 })), 'project/newer-version'],
    [
      'a project that fails the schema',
      encode(JSON.stringify({ ...sampleProject(1), edits: 'x' })),
      'project/invalid',
    ],
  ]
  for (const [what, bytes, code] of cases) {
    it(`returns ${code} for ${what}, without writing`, async () => {
      const fs = new MemoryFileSystem()
      fs.files.set(PATH, bytes)
      const result = await loadProjectFile(PATH, fs)
      expect(result.ok ? null : result.error.code).toBe(code)
      expect(fs.calls).toEqual([])
      expect(fs.files.get(PATH)).toEqual(bytes)
    })
  }

  it('returns input/unreadable for a file it cannot read', async () => {
    const result = await loadProjectFile('/nowhere.briefdeck.json', new MemoryFileSystem())
    expect(result.ok ? null : result.error.code).toBe('input/unreadable')
  })

  it('refuses a file far larger than any project before reading it', async () => {
    let reads = 0
    const result = await loadProjectFile(PATH, {
      size: async () => 2 ** 40,
      readFile: async () => {
        reads++
        return new Uint8Array()
      },
    })
    expect(result.ok ? null : result.error.code).toBe('input/too-large')
    expect(reads).toBe(0)
  })
})
