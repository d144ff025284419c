import { mkdtemp, readdir, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { serializeProject } from '../../../src/core/index'
import {
  discardRecovery,
  findRecoveries,
  loadProjectFile,
  nodeProjectFileSystem,
  RECOVERY_FOLDER,
  saveProjectAtomically,
  writeRecovery,
  type ProjectFileSystem,
} from '../../../src/main/project/index'
import { systemError } from './memory-file-system'
import { sampleProject } from './sample-project'

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'briefdeck-project-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('saving and loading on the real file system', () => {
  it('round-trips a project and leaves only the project file', async () => {
    const path = join(folder, 'họp tuần.briefdeck.json')
    expect((await saveProjectAtomically(path, sampleProject(1), nodeProjectFileSystem)).ok).toBe(true)
    expect((await saveProjectAtomically(path, sampleProject(2, 50_000), nodeProjectFileSystem)).ok).toBe(true)
    expect(await loadProjectFile(path, nodeProjectFileSystem)).toEqual({
      ok: true,
      value: sampleProject(2, 50_000),
    })
    expect(await readdir(folder)).toEqual(['họp tuần.briefdeck.json'])
  })

  it('leaves the old file byte-identical and no temporary file when the disk fills half-way', async () => {
    const path = join(folder, 'p.briefdeck.json')
    await saveProjectAtomically(path, sampleProject(1), nodeProjectFileSystem)
    const old = await readFile(path)
    // The real file system, except that writes stop half-way with ENOSPC, as on a full disk.
    const fullDisk: ProjectFileSystem = {
      ...nodeProjectFileSystem,
      createFile: async (temporary) => {
        const file = await nodeProjectFileSystem.createFile(temporary)
        return {
          ...file,
          write: async (data) => {
            await file.write(data.slice(0, data.length / 2))
            throw systemError('ENOSPC')
          },
        }
      },
    }
    const result = await saveProjectAtomically(path, sampleProject(2, 100_000), fullDisk)
    expect(result).toEqual({ ok: false, error: { code: 'output/unwritable', detail: 'ENOSPC' } })
    expect(await readFile(path)).toEqual(old)
    expect(await readdir(folder)).toEqual(['p.briefdeck.json'])
  })

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'fails cleanly in a folder it may not write, leaving the old file',
    async () => {
      const path = join(folder, 'p.briefdeck.json')
      await saveProjectAtomically(path, sampleProject(1), nodeProjectFileSystem)
      await chmod(folder, 0o555)
      try {
        const result = await saveProjectAtomically(path, sampleProject(2), nodeProjectFileSystem)
        expect(result).toEqual({ ok: false, error: { code: 'output/unwritable', detail: 'EACCES' } })
        expect(await readFile(path, 'utf8')).toBe(serializeProject(sampleProject(1)))
      } finally {
        await chmod(folder, 0o755)
      }
    },
  )

  it('never changes a file it could not load', async () => {
    const path = join(folder, 'hỏng.briefdeck.json')
    const broken = serializeProject(sampleProject(1)).slice(0, 120)
    await writeFile(path, broken)
    const before = await stat(path)
    const result = await loadProjectFile(path, nodeProjectFileSystem)
    expect(result.ok ? null : result.error.code).toBe('project/corrupt')
    expect(await readFile(path, 'utf8')).toBe(broken)
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs)
    const missing = await loadProjectFile(join(folder, 'absent.briefdeck.json'), nodeProjectFileSystem)
    expect(missing.ok ? null : missing.error.code).toBe('input/unreadable')
  })
})

describe('recovery files for projects never saved', () => {
  it('writes one file per project id, finds them newest first, and discards them', async () => {
    const first = { ...sampleProject(1), id: 'a' }
    const second = { ...sampleProject(2), id: 'b' }
    expect((await writeRecovery(folder, first, nodeProjectFileSystem)).ok).toBe(true)
    expect((await writeRecovery(folder, second, nodeProjectFileSystem)).ok).toBe(true)
    // A later write of the same project replaces its file.
    expect((await writeRecovery(folder, { ...sampleProject(3), id: 'a' }, nodeProjectFileSystem)).ok).toBe(
      true,
    )
    expect((await readdir(join(folder, RECOVERY_FOLDER))).sort()).toEqual([
      'a.briefdeck.json',
      'b.briefdeck.json',
    ])
    const scan = await findRecoveries(folder, nodeProjectFileSystem)
    expect(scan.unreadable).toEqual([])
    expect(scan.recovered.map(({ id, project }) => [id, project.deck.title])).toEqual([
      ['a', 'Thế hệ 3'],
      ['b', 'Thế hệ 2'],
    ])
    expect((await discardRecovery(folder, 'a', nodeProjectFileSystem)).ok).toBe(true)
    expect((await discardRecovery(folder, 'a', nodeProjectFileSystem)).ok).toBe(true)
    expect((await findRecoveries(folder, nodeProjectFileSystem)).recovered.map(({ id }) => id)).toEqual(['b'])
  })

  it('finds nothing when there is no recovery folder', async () => {
    expect(await findRecoveries(join(folder, 'fresh-profile'), nodeProjectFileSystem)).toEqual({
      recovered: [],
      unreadable: [],
    })
  })

  it('reports a damaged recovery file without touching it, and skips stray temporary files', async () => {
    await writeRecovery(folder, { ...sampleProject(1), id: 'ok' }, nodeProjectFileSystem)
    const recovery = join(folder, RECOVERY_FOLDER)
    await writeFile(join(recovery, 'broken.briefdeck.json'), '{"format":"briefdeck-pro')
    await writeFile(join(recovery, '.ok.briefdeck.json.0123456789ab.tmp'), '{')
    const scan = await findRecoveries(folder, nodeProjectFileSystem)
    expect(scan.recovered.map(({ id }) => id)).toEqual(['ok'])
    expect(scan.unreadable).toEqual([
      {
        path: join(recovery, 'broken.briefdeck.json'),
        error: expect.objectContaining({ code: 'project/corrupt' }),
      },
    ])
    expect(await readFile(join(recovery, 'broken.briefdeck.json'), 'utf8')).toBe('{"format":"briefdeck-pro')
  })

  it('refuses an id that could escape the recovery folder', async () => {
    const result = await writeRecovery(folder, { ...sampleProject(1), id: '../evil' }, nodeProjectFileSystem)
    expect(result.ok ? null : result.error.code).toBe('internal')
    expect(await readdir(folder)).toEqual([])
    expect((await discardRecovery(folder, '../../x', nodeProjectFileSystem)).ok).toBe(false)
  })
})
