import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Deck } from '../../src/core/index'
import { SEED_PATH } from '../shared-folder'
import { briefdeck, CHROMIUM, run, seedDeck, squash } from './export-helpers'

if (!CHROMIUM)
  console.log('[export-pdf] no Chromium found (set BRIEFDECK_CHROMIUM): the PDF tests did not run')

const MODES = ['slides', 'notes', 'handout', 'notes-only'] as const

async function pdfinfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file])
  return Object.fromEntries(
    stdout.split('\n').flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line)
      return match ? [[match[1] ?? '', match[2] ?? '']] : []
    }),
  )
}

async function pageText(file: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', [
    '-enc',
    'UTF-8',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    '-',
  ])
  return squash(stdout)
}

/**
 * The bookmark titles (outline items are plain objects with UTF-16 hex titles), each object as its latest
 * version: an incremental update may write an item again.
 */
function outlineTitles(file: string): string[] {
  const raw = readFileSync(file).toString('latin1')
  const items = new Map<string, string>()
  for (const match of raw.matchAll(/(\d+) 0 obj\n<<\/Title <FEFF([0-9A-F]+)>\n\/Dest/g))
    items.set(
      match[1] ?? '',
      Buffer.from(match[2] ?? '', 'hex')
        .swap16()
        .toString('utf16le'),
    )
  return [...items.values()]
}

describe.skipIf(!CHROMIUM)('briefdeck export --pdf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-pdf-'))
  const file = (mode: string) => join(dir, `${mode}.pdf`)
  let deck: Deck

  beforeAll(async () => {
    deck = await seedDeck()
    const results = await Promise.all(
      MODES.map((mode) => briefdeck(['export', SEED_PATH, '--pdf', file(mode), '--mode', mode])),
    )
    for (const result of results) expect(result.stderr).not.toContain('briefdeck: PDF')
    expect(results.map((result) => result.code)).toEqual([0, 0, 0, 0])
  }, 120_000)

  it('slides: one 960×540 pt page per slide, each with its title and figures as text', async () => {
    const info = await pdfinfo(file('slides'))
    expect(Number(info.Pages)).toBe(deck.slides.length)
    expect(info['Page size']).toMatch(/^960 x 540 pts/)
    for (const [index, slide] of deck.slides.entries()) {
      const text = await pageText(file('slides'), index + 1)
      expect(text).toContain(squash(slide.title))
      for (const figure of slide.figures) expect(text).toContain(squash(figure.label ?? figure.text))
    }
    const all = squash((await run('pdftotext', ['-enc', 'UTF-8', file('slides'), '-'])).stdout)
    expect(all).toContain('1.200 tỷ đồng')
    expect(all).toContain('Nguyễn Xuân Phúc')
  })

  it('says what it is: title, author, embedded fonts, bookmarks of the slide titles', async () => {
    for (const mode of MODES) {
      const info = await pdfinfo(file(mode))
      expect(info.Title).toBe(deck.title)
      expect(info.Author).toBe('Công Nghĩa')
      const { stdout } = await run('pdffonts', [file(mode)])
      const fonts = stdout.split('\n').slice(2).filter(Boolean)
      expect(fonts.length).toBeGreaterThan(0)
      // Columns: name type encoding emb sub uni object ID; every font embedded, all of them the deck's.
      for (const font of fonts) expect(font).toMatch(/BeVietnamPro\S*\s.*\byes\s+yes\s+yes\b/)
    }
    // Exactly the slide titles, the wrapped title of the first slide included (Chromium drops the space).
    const titles = outlineTitles(file('slides'))
    for (const slide of deck.slides) expect(titles).toContain(slide.title.replace(/\s+/g, ' '))
  })

  it('notes: each slide followed by a page of its notes', async () => {
    const withNotes = deck.slides.filter((slide) => slide.notes.trim())
    const info = await pdfinfo(file('notes'))
    expect(Number(info.Pages)).toBe(deck.slides.length + withNotes.length)
    let page = 1
    for (const slide of deck.slides) {
      expect(await pageText(file('notes'), page++)).toContain(squash(slide.title))
      if (!slide.notes.trim()) continue
      const notes = await pageText(file('notes'), page++)
      expect(notes).toContain(squash(slide.notes).slice(0, 60))
    }
  })

  it('handout: A4 portrait, each slide above its notes; notes-only: the notes under their titles', async () => {
    const handout = await pdfinfo(file('handout'))
    expect(handout['Page size']).toMatch(/^59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/)
    expect(Number(handout.Pages)).toBeGreaterThanOrEqual(deck.slides.length)
    const first = await pageText(file('handout'), 1)
    expect(first).toContain(squash(deck.slides[0]?.title ?? ''))
    expect(first).toContain(squash(deck.slides[0]?.notes ?? '').slice(0, 60))
    const notesOnly = squash((await run('pdftotext', ['-enc', 'UTF-8', file('notes-only'), '-'])).stdout)
    expect((await pdfinfo(file('notes-only')))['Page size']).toContain('(A4)')
    for (const slide of deck.slides) {
      expect(notesOnly).toContain(squash(slide.title))
      if (slide.notes.trim()) expect(notesOnly).toContain(squash(slide.notes).slice(0, 60))
    }
  })

  it('several inputs: one PDF per input in the output directory, from one browser', async () => {
    const inputs = mkdtempSync(join(tmpdir(), 'briefdeck-inputs-'))
    for (const name of ['a.txt', 'b.txt']) copyFileSync(SEED_PATH, join(inputs, name))
    const out = join(dir, 'batch')
    const result = await briefdeck(['export', join(inputs, 'a.txt'), join(inputs, 'b.txt'), '--pdf', out])
    expect(result.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['a.pdf', 'b.pdf'])
    expect(Number((await pdfinfo(join(out, 'b.pdf'))).Pages)).toBe(deck.slides.length)
  }, 60_000)
})
