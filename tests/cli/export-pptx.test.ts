import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { SEED_PATH } from '../shared-folder'
import { briefdeck, seedDeck } from './export-helpers'

/** The text of a slide or notes part: every <a:t> run, entities decoded. */
function xmlText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((match) =>
      (match[1] ?? '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
}

describe('briefdeck export --pptx', () => {
  it('writes an editable 16:9 deck: one slide per slide, titles and figures as text, notes in the notes pane', async () => {
    const deck = await seedDeck()
    const out = join(mkdtempSync(join(tmpdir(), 'briefdeck-pptx-')), 'seed.pptx')
    const result = await briefdeck(['export', SEED_PATH, '--pptx', out])
    expect(result.code).toBe(0)
    const zip = await JSZip.loadAsync(readFileSync(out))
    const slideFiles = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    expect(slideFiles).toHaveLength(deck.slides.length)
    const presentation = await zip.file('ppt/presentation.xml')?.async('string')
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/)
    const all: string[] = []
    for (const [index, slide] of deck.slides.entries()) {
      const xml = (await zip.file(`ppt/slides/slide${index + 1}.xml`)?.async('string')) ?? ''
      const text = xmlText(xml)
      all.push(text)
      expect(text).toContain(slide.title.replace(/\s+/g, ' '))
      expect(xml).toContain('typeface="Be Vietnam Pro"')
      // Text boxes and shapes only: nothing drawn as a picture.
      expect(xml).not.toContain('<p:pic>')
      const notes = (await zip.file(`ppt/notesSlides/notesSlide${index + 1}.xml`)?.async('string')) ?? ''
      if (slide.notes.trim()) expect(xmlText(notes)).toContain(slide.notes.replace(/\s+/g, ' ').slice(0, 60))
    }
    expect(all.join(' ')).toContain('1.200 tỷ đồng')
    expect(all.join(' ')).toContain('Nguyễn Xuân Phúc')
  }, 60_000)
})
