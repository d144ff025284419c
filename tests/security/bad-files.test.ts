import { execFile } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  openSync,
  closeSync,
  ftruncateSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES, ingestFile, parseProject, type BriefdeckErrorCode } from '../../src/core/index'
import { createDocumentSessions } from '../../src/main/document-sessions'
import { chooseSaveTarget, suggestProjectFileName } from '../../src/main/document-state'
import { documentStateArguments, saveProjectArguments } from '../../src/main/ipc-schemas'
import { openPathForWindow } from '../../src/main/open-path'
import { loadProjectFile, nodeProjectFileSystem, recoveryPathFor } from '../../src/main/project/index'
import { readArticleFile, type ArticleFileSystem } from '../../src/main/read-article-file'
import { projectFileName, toPlainFileName } from '../../src/renderer/src/editor/download-project'
import { MAX_INPUT_BYTES } from '../../src/shared/ipc'
import { MESSAGES, LOCALES } from '../../src/shared/messages'
import { claimZipSizes, wordFileWith } from '../word-file'
import { SEED_PROJECT_TEXT, SEED_TEXT } from './fuzz-cases'

/**
 * Files that are not what they claim, too big, cut short or hand-edited: each gets its stable error code and a
 * message in both languages, nothing is overwritten, nothing crashes. The holes the audit found (docs/SECURITY.md)
 * are fixed; their tests stay as ordinary tests.
 */

const run = promisify(execFile)
const BIN = resolve(__dirname, '../../bin/briefdeck.js')
const CHILD = resolve(__dirname, 'fixtures/ingest-in-child.ts')
const folder = mkdtempSync(join(tmpdir(), 'briefdeck-bad-files-'))
const encode = (text: string) => new TextEncoder().encode(text)

/** A file of `size` bytes that takes no disk space (sparse), so a 60 MB test input costs nothing. */
function sparseFile(name: string, size: number): string {
  const path = join(folder, name)
  const fd = openSync(path, 'w')
  ftruncateSync(fd, size)
  closeSync(fd)
  return path
}

/** The file system main reads articles with, recording every read so a refusal can be shown to read nothing. */
function spyFileSystem(): ArticleFileSystem & { reads: string[] } {
  const reads: string[] = []
  return {
    reads,
    size: async (path) => (await stat(path)).size,
    read: async (path) => {
      reads.push(path)
      return new Uint8Array(await readFile(path))
    },
  }
}

function expectMessages(code: BriefdeckErrorCode): void {
  for (const locale of LOCALES)
    expect(MESSAGES[locale].errors[code].length, `${locale} ${code}`).toBeGreaterThan(20)
  expect(MESSAGES.vi.errors[code]).not.toBe(MESSAGES.en.errors[code])
}

async function briefdeck(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const start = performance.now()
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, LANG: 'en_US' },
    })
    return { code: 0, stdout, stderr, ms: performance.now() - start }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, ms: performance.now() - start }
  }
}

const DOCX_HEAD =
  '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
const DOCX_TAIL = '</w:t></w:r></w:p></w:body></w:document>'

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
])
const ELF = new Uint8Array([
  0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0,
])

describe('bad article files get a code and a message, and nothing else happens', () => {
  const cases: [string, string, () => Promise<Uint8Array> | Uint8Array, BriefdeckErrorCode][] = [
    ['a 0-byte file', 'empty.txt', () => new Uint8Array(), 'input/empty'],
    ['a file of blanks and a BOM', 'blank.txt', () => encode('\ufeff  \r\n\t \n'), 'input/empty'],
    ['a PNG named .txt', 'photo.txt', () => PNG, 'input/binary'],
    ['a PNG', 'photo.png', () => PNG, 'input/binary'],
    ['an ELF program', 'tool', () => ELF, 'input/binary'],
    [
      'a ZIP archive',
      'archive.zip',
      async () => new JSZip().file('a.txt', 'x').generateAsync({ type: 'uint8array' }),
      'input/binary',
    ],
    [
      'a .docx that is not a zip',
      'report.docx',
      () => encode('Đây là văn bản thường, không phải tài liệu Word.'),
      'input/not-docx',
    ],
    [
      'a zip named .docx with no Word document in it',
      'report.docx',
      async () => new JSZip().file('a.txt', 'x').generateAsync({ type: 'uint8array' }),
      'input/not-docx',
    ],
    [
      'a .docx cut in half',
      'report.docx',
      () => wordFileWith(`${DOCX_HEAD}Hà Nội${DOCX_TAIL}`).subarray(0, 300),
      'input/not-docx',
    ],
    [
      'a .docx whose document.xml is not XML',
      'report.docx',
      () => wordFileWith('<w:document><w:body><<<'),
      'input/not-docx',
    ],
    [
      'random bytes',
      'noise.txt',
      () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
      'input/binary',
    ],
  ]

  for (const [label, name, bytes, code] of cases) {
    it(`${label} → ${code}`, async () => {
      const result = await ingestFile({ name, bytes: await bytes() })
      expect(result.ok ? 'ok' : result.error.code).toBe(code)
      expectMessages(code)
    })
  }

  it('a file over the limit is refused before decoding (in the core too)', async () => {
    const result = await ingestFile({ name: 'big.txt', bytes: new Uint8Array(MAX_INPUT_BYTES + 1) })
    expect(result.ok ? 'ok' : result.error.code).toBe('input/too-large')
    expectMessages('input/too-large')
  })

  it('every error code has a message in Vietnamese and in English', () => {
    for (const code of ERROR_CODES) expectMessages(code)
  })
})

describe('a 60 MB article is refused before it is read', () => {
  const SIXTY_MB = 60 * 1024 * 1024

  it('by the CLI: exit 2, the code and the English message, no output file touched', async () => {
    const big = sparseFile('big.txt', SIXTY_MB)
    const out = join(folder, 'deck.html')
    writeFileSync(out, 'the previous export')
    const analyze = await briefdeck('analyze', big, '--json')
    expect(analyze.code).toBe(2)
    expect(analyze.stderr).toContain('input/too-large')
    expect(analyze.stderr).toContain(MESSAGES.en.errors['input/too-large'])
    const exported = await briefdeck('export', big, '--html', out)
    expect(exported.code).toBe(2)
    expect(readFileSync(out, 'utf8')).toBe('the previous export')
  })

  it('by the main-process reader: input/too-large with no read at all', async () => {
    const big = sparseFile('big-main.txt', SIXTY_MB)
    const fs = spyFileSystem()
    expect(await readArticleFile(big, fs)).toEqual({
      status: 'error',
      code: 'input/too-large',
      name: 'big-main.txt',
    })
    expect(fs.reads).toEqual([])
  })

  it('by main for a 300 MB project file too, which then is not on the recent list', async () => {
    const big = sparseFile('huge.briefdeck.json', 300 * 1024 * 1024)
    const fs = spyFileSystem()
    const remembered: string[] = []
    const noted: string[] = []
    const result = await openPathForWindow(1, big, {
      fs,
      documents: { noteOpenedFile: (_id, path) => (noted.push(path), true) },
      rememberFile: (path) => remembered.push(path),
    })
    expect(result).toEqual({ status: 'error', code: 'input/too-large', name: 'huge.briefdeck.json' })
    expect([fs.reads, remembered, noted]).toEqual([[], [], []])
  })

  it('a missing file or a folder is input/unreadable, not a crash', async () => {
    expect(await readArticleFile(join(folder, 'missing.txt'), spyFileSystem())).toMatchObject({
      code: 'input/unreadable',
    })
    const cli = await briefdeck('analyze', folder, '--json')
    expect(cli.code).toBe(2)
    expect(cli.stderr).toContain('input/unreadable')
    expectMessages('input/unreadable')
  })
})

describe('known holes (docs/SECURITY.md › Known holes): each test flips when its hole is fixed', () => {
  // 300 MB of text in a ~300 KB .docx. Built once with jszip and kept in the temp folder between runs.
  const BOMB_MB = 300
  const bombPath = join(tmpdir(), `briefdeck-zip-bomb-${BOMB_MB}mb.docx`)

  async function zipBomb(): Promise<string> {
    if (existsSync(bombPath) && statSync(bombPath).size > 0) return bombPath
    const size = BOMB_MB * 1024 * 1024
    const xml = new Uint8Array(DOCX_HEAD.length + size + DOCX_TAIL.length)
    xml.set(encode(DOCX_HEAD))
    xml.fill(0x41, DOCX_HEAD.length, DOCX_HEAD.length + size)
    xml.set(encode(DOCX_TAIL), DOCX_HEAD.length + size)
    writeFileSync(`${bombPath}.tmp`, wordFileWith(xml, 9))
    // Written beside and renamed, so a run cut short never leaves half a bomb to be reused.
    renameSync(`${bombPath}.tmp`, bombPath)
    return bombPath
  }

  /** The bomb with every size in its zip headers rewritten to claim 10 KB: only inflating shows the truth. */
  function lyingZipBomb(bombPath: string): string {
    const path = join(folder, 'lying-bomb.docx')
    writeFileSync(path, claimZipSizes(new Uint8Array(readFileSync(bombPath)), 10_000))
    return path
  }

  /** Ingests in a child with a small heap: were the file inflated whole, the child would die of it. */
  async function expectRefusedWithinBounds(path: string): Promise<void> {
    const { stdout } = await run(
      process.execPath,
      ['--max-old-space-size=512', '--import', 'tsx', CHILD, path],
      { timeout: 20_000 },
    )
    const outcome = JSON.parse(stdout) as { code: string; ms: number; rssMb: number }
    expect(outcome.code).toBe('input/too-large')
    expect(outcome.ms).toBeLessThan(2000)
    expect(outcome.rssMb).toBeLessThan(600)
  }

  it('docx-bomb: a .docx that inflates to 300 MB is refused within 2 s and 600 MB of memory', async () => {
    const path = await zipBomb()
    expect(statSync(path).size).toBeLessThan(MAX_INPUT_BYTES)
    await expectRefusedWithinBounds(path)
  }, 60_000)

  it('lying-zip: the same bomb whose headers claim 10 KB per part is refused within 2 s and 600 MB', async () => {
    await expectRefusedWithinBounds(lyingZipBomb(await zipBomb()))
  }, 60_000)

  it('deep-html: an HTML article nested 800 levels deep (9 KB) is read within 2 s', async () => {
    const html = `<!doctype html><html><body>${'<div>'.repeat(800)}<p>Hà Nội hôm nay.</p>${'</div>'.repeat(800)}</body></html>`
    const start = performance.now()
    const result = await ingestFile({ name: 'deep.html', bytes: encode(html) })
    expect(result.ok).toBe(true)
    expect(performance.now() - start).toBeLessThan(2000)
  }, 60_000)

  it('html-without-root: a .html file that holds plain text is read, not an internal error', async () => {
    const result = await ingestFile({ name: 'tin.html', bytes: encode('Hà Nội hôm nay có mưa.') })
    expect(result.ok ? 'ok' : result.error.code).toBe('ok')
  })

  it('truncated-utf8: a UTF-8 article cut inside its last character still reads as UTF-8', async () => {
    const bytes = encode(SEED_TEXT.trimEnd())
    // Cut one byte into the last multi-byte character, as a broken download or a full disk leaves it.
    let end = bytes.length
    while (end > 0 && (bytes[end - 1] ?? 0) < 0x80) end--
    const result = await ingestFile({ name: 'cut.txt', bytes: bytes.subarray(0, end - 1) })
    expect(result.ok && result.value.encoding).toBe('utf-8')
  })

  it('unsafe-file-name: a project whose article name holds a path can still be saved and titled', () => {
    for (const fileName of ['../../../etc/passwd', 'C:\\Users\\a\\tin.txt', 'tin\u0007.txt']) {
      const parsed = parseProject(
        SEED_PROJECT_TEXT.replace('"fileName": "seed.txt"', `"fileName": ${JSON.stringify(fileName)}`),
      )
      if (!parsed.ok) throw new Error(parsed.error.code)
      // What the renderer sends (use-saving.ts): the article's plain name as the title, the proposed file name.
      const suggestedName = projectFileName(parsed.value)
      expect(
        saveProjectArguments.safeParse([{ projectText: SEED_PROJECT_TEXT, saveAs: false, suggestedName }])
          .success,
      ).toBe(true)
      expect(
        documentStateArguments.safeParse([
          { fileName: toPlainFileName(fileName), dirty: true, projectText: SEED_PROJECT_TEXT },
        ]).success,
      ).toBe(true)
    }
  })
})

/** The seed project with the first slide's notes deleted, as a careless hand edit would. */
function withoutFirstNotes(): string {
  const data = JSON.parse(SEED_PROJECT_TEXT) as { deck: { slides: Record<string, unknown>[] } }
  delete data.deck.slides[0]?.notes
  return JSON.stringify(data, null, 2)
}

describe('bad project files: a code, a message saying the file was kept, and the file untouched', () => {
  async function loadAndKeep(name: string, content: string | Uint8Array): Promise<BriefdeckErrorCode | 'ok'> {
    const path = join(folder, name)
    writeFileSync(path, content)
    const before = readFileSync(path)
    const result = await loadProjectFile(path, nodeProjectFileSystem)
    expect(readFileSync(path).equals(before)).toBe(true)
    // A project that did not load is never bound to its window, so no save can go over it.
    const sessions = createDocumentSessions({
      fs: nodeProjectFileSystem,
      dataDir: folder,
      documentsDir: folder,
      askSavePath: async () => null,
    })
    expect(sessions.noteOpenedFile(1, path, before)).toBe(result.ok)
    return result.ok ? 'ok' : result.error.code
  }

  const keptWords = { vi: 'giữ nguyên', en: 'not changed' } as const

  const cases: [string, string | Uint8Array, BriefdeckErrorCode][] = [
    ['random bytes', Uint8Array.from({ length: 512 }, (_, i) => (i * 31 + 7) % 256), 'project/corrupt'],
    ['not JSON', 'this is not json {', 'project/corrupt'],
    [
      'cut off half-way (a crash of some other program)',
      SEED_PROJECT_TEXT.slice(0, SEED_PROJECT_TEXT.length / 2),
      'project/corrupt',
    ],
    ['empty', '', 'project/corrupt'],
    ['JSON but not ours', '{"name": "package", "version": 1}', 'project/not-a-project'],
    [
      'from a newer Briefdeck',
      SEED_PROJECT_TEXT.replace('"version": 1', '"version": 7'),
      'project/newer-version',
    ],
    [
      'hand-edited: an id that would name a file outside the recovery folder',
      SEED_PROJECT_TEXT.replace('"id": "seed-project"', '"id": "../../../home/user/.bashrc"'),
      'project/invalid',
    ],
    ['hand-edited: a slide without its notes', withoutFirstNotes(), 'project/invalid'],
  ]

  for (const [label, content, code] of cases) {
    it(`${label} → ${code}`, async () => {
      expect(await loadAndKeep(`bad-${code.replace('/', '-')}.briefdeck.json`, content)).toBe(code)
      expectMessages(code)
      if (code.startsWith('project/')) {
        for (const locale of LOCALES) expect(MESSAGES[locale].errors[code]).toContain(keptWords[locale])
      }
    })
  }

  it('an id with a path in it can never name a recovery file', () => {
    for (const id of ['../x', '..', 'a/b', 'a\\b', '', 'x'.repeat(65)])
      expect(recoveryPathFor(folder, id)).toBeNull()
    expect(recoveryPathFor(folder, 'seed-project')).toBe(
      join(folder, 'recovery', 'seed-project.briefdeck.json'),
    )
  })

  it('hand-edited: an article name pointing outside its folder is only a label, never a path that is read or written', async () => {
    const text = SEED_PROJECT_TEXT.replace('"fileName": "seed.txt"', '"fileName": "../../../etc/passwd"')
    expect(await loadAndKeep('outside.briefdeck.json', text)).toBe('ok')
    const parsed = parseProject(text)
    if (!parsed.ok) throw new Error(parsed.error.code)
    // The deck is rebuilt from the text inside the project; the name only proposes a file name in the save dialog.
    expect(parsed.value.article.text).toBe(SEED_TEXT)
    const name = suggestProjectFileName(parsed.value.article.fileName, 'Untitled')
    expect(name).toBe('passwd.briefdeck.json')
    expect(
      chooseSaveTarget({ projectPath: undefined, saveAs: false, documentsDir: folder, suggestedName: name }),
    ).toEqual({
      kind: 'ask',
      defaultPath: join(folder, 'passwd.briefdeck.json'),
    })
  })

  it('a project that is not UTF-8 is project/corrupt', async () => {
    expect(await loadAndKeep('latin1.briefdeck.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toBe(
      'project/corrupt',
    )
  })
})
