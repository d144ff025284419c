import { describe, expect, it } from 'vitest'
import { parseProject, serializeProject, type ProjectFile } from '../../src/core/index'
import { createDocumentSessions, type DocumentSessionsOptions } from '../../src/main/document-sessions'
import { MemoryFileSystem, systemError } from './project/memory-file-system'
import { sampleProject } from './project/sample-project'

const DATA = '/data'
const RECOVERY = '/data/recovery/unsaved-1.briefdeck.json'
const WINDOW = 1

function setUp(overrides: Partial<DocumentSessionsOptions> = {}) {
  const fs = new MemoryFileSystem()
  const asked: string[] = []
  const saved: string[] = []
  let answer: string | null = '/home/an/Documents/họp.briefdeck.json'
  const sessions = createDocumentSessions({
    fs,
    dataDir: DATA,
    documentsDir: '/home/an/Documents',
    askSavePath: async (_windowId, defaultPath) => {
      asked.push(defaultPath)
      return answer
    },
    onSaved: (path) => saved.push(path),
    now: () => new Date(Date.UTC(2026, 10, 27, 9, 0, 0)),
    ...overrides,
  })
  return {
    fs,
    sessions,
    asked,
    saved,
    answer: (path: string | null) => {
      answer = path
    },
  }
}

function readProject(fs: MemoryFileSystem, path: string): ProjectFile | null {
  const bytes = fs.files.get(path)
  if (!bytes) return null
  const parsed = parseProject(new TextDecoder().decode(bytes))
  return parsed.ok ? parsed.value : null
}

const text = (project: ProjectFile) => serializeProject(project)
const request = (project: ProjectFile, saveAs = false) => ({
  projectText: text(project),
  saveAs,
  suggestedName: 'họp.briefdeck.json',
})

describe('saving a project', () => {
  it('asks where on the first save, then saves there without asking', async () => {
    const { fs, sessions, asked, saved } = setUp()
    const first = sampleProject(1)
    expect(await sessions.save(WINDOW, request(first))).toEqual({
      status: 'saved',
      name: 'họp.briefdeck.json',
    })
    expect(asked).toEqual(['/home/an/Documents/họp.briefdeck.json'])
    expect(readProject(fs, '/home/an/Documents/họp.briefdeck.json')?.edits).toEqual(first.edits)
    expect(readProject(fs, '/home/an/Documents/họp.briefdeck.json')?.savedAt).toBe('2026-11-27T09:00:00.000Z')

    const second = sampleProject(2)
    expect(await sessions.save(WINDOW, request(second))).toEqual({
      status: 'saved',
      name: 'họp.briefdeck.json',
    })
    expect(asked).toHaveLength(1)
    expect(readProject(fs, '/home/an/Documents/họp.briefdeck.json')?.edits).toEqual(second.edits)
    expect(saved).toEqual(['/home/an/Documents/họp.briefdeck.json', '/home/an/Documents/họp.briefdeck.json'])
  })

  it('Save As asks again, starting at the current file, and later saves go to the new file', async () => {
    const { fs, sessions, asked, answer } = setUp()
    await sessions.save(WINDOW, request(sampleProject(1)))
    answer('/tmp/bản sao')
    expect(await sessions.save(WINDOW, request(sampleProject(2), true))).toEqual({
      status: 'saved',
      name: 'bản sao.briefdeck.json',
    })
    expect(asked[1]).toBe('/home/an/Documents/họp.briefdeck.json')
    await sessions.save(WINDOW, request(sampleProject(3)))
    expect(asked).toHaveLength(2)
    expect(readProject(fs, '/tmp/bản sao.briefdeck.json')?.edits).toEqual(sampleProject(3).edits)
    expect(readProject(fs, '/home/an/Documents/họp.briefdeck.json')?.edits).toEqual(sampleProject(1).edits)
  })

  it('writes nothing when the dialog is canceled', async () => {
    const { fs, sessions, answer } = setUp()
    answer(null)
    expect(await sessions.save(WINDOW, request(sampleProject(1)))).toEqual({ status: 'canceled' })
    expect(fs.files.size).toBe(0)
  })

  it('reports a failed save and leaves the previous file as it was', async () => {
    const { fs, sessions } = setUp()
    await sessions.save(WINDOW, request(sampleProject(1)))
    const before = fs.files.get('/home/an/Documents/họp.briefdeck.json')
    fs.failWith = (call) => (call === 'write' ? systemError('ENOSPC') : null)
    expect(await sessions.save(WINDOW, request(sampleProject(2)))).toEqual({
      status: 'error',
      code: 'output/unwritable',
    })
    expect(fs.files.get('/home/an/Documents/họp.briefdeck.json')).toEqual(before)
  })

  it('drops the recovery copy once the project is saved', async () => {
    const { fs, sessions } = setUp()
    await sessions.autosave(WINDOW, text(sampleProject(1)))
    expect(fs.files.has(RECOVERY)).toBe(true)
    await sessions.save(WINDOW, request(sampleProject(1)))
    expect(fs.files.has(RECOVERY)).toBe(false)
    expect(await sessions.readRecovery()).toBeNull()
  })

  it('refuses text that is not a project', async () => {
    const { sessions, asked } = setUp()
    expect(await sessions.save(WINDOW, { projectText: '{', saveAs: false, suggestedName: 'a' })).toEqual({
      status: 'error',
      code: 'output/unwritable',
    })
    expect(asked).toEqual([])
    await expect(sessions.autosave(WINDOW, '{}')).rejects.toThrow('project/not-a-project')
  })

  it('keeps the paths of different windows apart', async () => {
    const { sessions, asked } = setUp()
    await sessions.save(1, request(sampleProject(1)))
    await sessions.save(2, request(sampleProject(1)))
    expect(asked).toHaveLength(2)
  })
})

describe('autosave and recovery', () => {
  it('keeps a project without a file in a recovery copy, and reads it back', async () => {
    const { fs, sessions } = setUp()
    expect(await sessions.readRecovery()).toBeNull()
    await sessions.autosave(WINDOW, text(sampleProject(4)))
    expect(readProject(fs, RECOVERY)?.edits).toEqual(sampleProject(4).edits)
    const recovered = await sessions.readRecovery()
    expect(recovered && parseProject(recovered).ok).toBe(true)
    expect(recovered && JSON.parse(recovered).edits).toEqual(sampleProject(4).edits)
  })

  it('returns the newest of several recovery copies', async () => {
    let minute = 0
    const { sessions } = setUp({ now: () => new Date(Date.UTC(2026, 10, 27, 9, minute++)) })
    await sessions.autosave(1, text({ ...sampleProject(1), id: 'older' }))
    await sessions.autosave(2, text({ ...sampleProject(2), id: 'newer' }))
    const recovered = await sessions.readRecovery()
    expect(recovered && JSON.parse(recovered).id).toBe('newer')
  })

  it('writes a saved project to its own file, not a recovery copy', async () => {
    const { fs, sessions } = setUp()
    await sessions.save(WINDOW, request(sampleProject(1)))
    await sessions.autosave(WINDOW, text(sampleProject(5)))
    expect(readProject(fs, '/home/an/Documents/họp.briefdeck.json')?.edits).toEqual(sampleProject(5).edits)
    expect(fs.files.has(RECOVERY)).toBe(false)
  })

  it('rejects when the disk refuses, so the page can say so', async () => {
    const { fs, sessions } = setUp()
    fs.failWith = (call) => (call === 'write' ? systemError('ENOSPC') : null)
    await expect(sessions.autosave(WINDOW, text(sampleProject(1)))).rejects.toThrow('ENOSPC')
  })

  it('never leaves a recovery copy behind a save, whichever finishes first', async () => {
    for (const order of ['autosave-first', 'save-first'] as const) {
      const { fs, sessions } = setUp()
      const autosave = () => sessions.autosave(WINDOW, text(sampleProject(1)))
      const save = () => sessions.save(WINDOW, request(sampleProject(1)))
      await (order === 'autosave-first'
        ? Promise.all([autosave(), save()])
        : Promise.all([save(), autosave()]))
      expect(fs.files.has(RECOVERY), order).toBe(false)
    }
  })

  it('"Don\'t save" drops the recovery copy and ignores autosaves from the closing page', async () => {
    const { fs, sessions } = setUp()
    const project = sampleProject(1)
    await sessions.autosave(WINDOW, text(project))
    sessions.setState(WINDOW, { fileName: null, dirty: true, projectText: text(project) })
    await sessions.discard(WINDOW)
    expect(fs.files.has(RECOVERY)).toBe(false)
    await sessions.autosave(WINDOW, text(project))
    expect(fs.files.has(RECOVERY)).toBe(false)
  })
})

describe('files opened in a window', () => {
  it('binds a project file, so saving goes back to it without asking', async () => {
    const { fs, sessions, asked } = setUp()
    const project = sampleProject(1)
    const bytes = new TextEncoder().encode(text(project))
    expect(sessions.noteOpenedFile(WINDOW, '/d/họp.briefdeck.json', bytes)).toBe(true)
    await sessions.save(WINDOW, request(sampleProject(2)))
    expect(asked).toEqual([])
    expect(readProject(fs, '/d/họp.briefdeck.json')?.edits).toEqual(sampleProject(2).edits)
  })

  it('does not bind articles or damaged project files', async () => {
    const { sessions, asked } = setUp()
    const good = new TextEncoder().encode(text(sampleProject(1)))
    expect(sessions.noteOpenedFile(WINDOW, '/d/bài.txt', good)).toBe(false)
    expect(sessions.noteOpenedFile(WINDOW, '/d/hỏng.briefdeck.json', good.slice(0, 40))).toBe(false)
    expect(sessions.noteOpenedFile(WINDOW, '/d/x.briefdeck.json', new Uint8Array([0xff]))).toBe(false)
    await sessions.save(WINDOW, request(sampleProject(2)))
    expect(asked).toHaveLength(1)
  })

  it('a new project in the window (another id) does not inherit the previous file', async () => {
    const { sessions, asked } = setUp()
    sessions.noteOpenedFile(WINDOW, '/d/họp.briefdeck.json', new TextEncoder().encode(text(sampleProject(1))))
    await sessions.save(WINDOW, request({ ...sampleProject(2), id: 'another' }))
    expect(asked).toHaveLength(1)
  })

  it('remembers the reported state until the window is gone', () => {
    const { sessions } = setUp()
    const state = { fileName: 'a.briefdeck.json', dirty: true, projectText: '' }
    sessions.setState(WINDOW, state)
    expect(sessions.state(WINDOW)).toEqual(state)
    sessions.forget(WINDOW)
    expect(sessions.state(WINDOW)).toBeUndefined()
  })
})
