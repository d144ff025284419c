import { describe, expect, it } from 'vitest'
import {
  addRecentFile,
  createRecentFiles,
  MAX_RECENT_FILES,
  parseRecentFiles,
  removeRecentFile,
  serializeRecentFiles,
} from '../../src/main/recent-files'
import { MemoryFileSystem, systemError } from './project/memory-file-system'

const FILE = '/data/recent-files.json'

function text(fs: MemoryFileSystem, path: string): string | undefined {
  const bytes = fs.files.get(path)
  return bytes && new TextDecoder().decode(bytes)
}

describe('recent files list', () => {
  it('puts the newest first and keeps one entry per file', () => {
    let list = addRecentFile([], '/a.briefdeck.json')
    list = addRecentFile(list, '/b.txt')
    list = addRecentFile(list, '/a.briefdeck.json')
    expect(list).toEqual(['/a.briefdeck.json', '/b.txt'])
  })

  it('ignores case where the file system does', () => {
    const list = addRecentFile(['C:\\Tin\\A.txt'], 'c:\\tin\\a.txt', { ignoreCase: true })
    expect(list).toEqual(['c:\\tin\\a.txt'])
    expect(addRecentFile(['/A.txt'], '/a.txt')).toEqual(['/a.txt', '/A.txt'])
    expect(removeRecentFile(['/A.txt', '/b'], '/a.txt', { ignoreCase: true })).toEqual(['/b'])
  })

  it(`keeps at most ${MAX_RECENT_FILES}`, () => {
    let list: string[] = []
    for (let index = 0; index < 15; index++) list = addRecentFile(list, `/f${index}.txt`)
    expect(list).toHaveLength(MAX_RECENT_FILES)
    expect(list[0]).toBe('/f14.txt')
    expect(list.at(-1)).toBe('/f5.txt')
  })

  it('reads back what it writes, and treats a damaged file as empty', () => {
    expect(parseRecentFiles(serializeRecentFiles(['/a', '/b']))).toEqual(['/a', '/b'])
    expect(parseRecentFiles('{"version":1,"files":["/a",3,"","relative.txt","/a"]}')).toEqual(['/a'])
    expect(parseRecentFiles('{"version":2,"files":["/a"]}')).toEqual([])
    expect(parseRecentFiles('{"files":')).toEqual([])
    expect(parseRecentFiles('[]')).toEqual([])
  })

  it('persists every change atomically and loads it again', async () => {
    const fs = new MemoryFileSystem()
    const changes: (readonly string[])[] = []
    const recent = createRecentFiles({ file: FILE, fs, onChange: (list) => changes.push(list) })
    await recent.load()
    expect(recent.list()).toEqual([])
    await recent.add('/docs/họp.briefdeck.json')
    await recent.add('/docs/bài.txt')
    expect(parseRecentFiles(text(fs, FILE) ?? '')).toEqual(['/docs/bài.txt', '/docs/họp.briefdeck.json'])
    // Written beside the target and renamed over it, never in place.
    expect(fs.calls.some((call) => call.startsWith(`rename ${FILE}`))).toBe(true)
    expect(changes.at(-1)).toEqual(['/docs/bài.txt', '/docs/họp.briefdeck.json'])

    const again = createRecentFiles({ file: FILE, fs })
    await again.load()
    expect(again.list()).toEqual(['/docs/bài.txt', '/docs/họp.briefdeck.json'])
    await again.remove('/docs/bài.txt')
    expect(again.list()).toEqual(['/docs/họp.briefdeck.json'])
    await again.clear()
    expect(again.list()).toEqual([])
    expect(parseRecentFiles(text(fs, FILE) ?? 'x')).toEqual([])
  })

  it('writes the newest list last when changes come quickly', async () => {
    const fs = new MemoryFileSystem()
    const recent = createRecentFiles({ file: FILE, fs })
    await Promise.all([recent.add('/1'), recent.add('/2'), recent.add('/3')])
    expect(parseRecentFiles(text(fs, FILE) ?? '')).toEqual(['/3', '/2', '/1'])
  })

  it('keeps the list in memory and the old file whole when the disk refuses', async () => {
    const fs = new MemoryFileSystem()
    const recent = createRecentFiles({ file: FILE, fs })
    await recent.add('/old')
    fs.failWith = (call) => (call === 'write' ? systemError('ENOSPC') : null)
    const result = await recent.add('/new')
    expect(result.ok).toBe(false)
    expect(recent.list()).toEqual(['/new', '/old'])
    expect(parseRecentFiles(text(fs, FILE) ?? '')).toEqual(['/old'])
  })

  it('starts empty when the file cannot be read', async () => {
    const fs = new MemoryFileSystem()
    fs.files.set(FILE, new Uint8Array([0xff, 0xfe]))
    const recent = createRecentFiles({ file: FILE, fs })
    await recent.load()
    expect(recent.list()).toEqual([])
  })
})
