import { describe, expect, it } from 'vitest'
import type { Deck, Slide } from '../../src/core/index'
import { buildHandoutHtml } from '../../src/renderer/src/export/build-handout-html'
import { buildNotesOnlyHtml } from '../../src/renderer/src/export/build-notes-only-html'
import { buildStandaloneHtml } from '../../src/renderer/src/export/build-standalone-html'
import type { ExportAssets } from '../../src/renderer/src/export/html-document'
import { setPdfInfo } from '../../src/cli/export/set-pdf-info'

const ASSETS: ExportAssets = { resetStyle: '', revealStyle: '', fontStyles: [], deckStyle: '', scripts: [] }
const HOSTILE = '</script><script>alert(1)</script> & <b>bold</b>'

function slide(id: string, extra: Partial<Slide> = {}): Slide {
  return {
    id,
    kind: 'event',
    title: `Title ${id}`,
    bullets: [],
    figures: [],
    notes: `Notes ${id} ${HOSTILE}`,
    ...extra,
  }
}

const deck: Deck = {
  title: `Deck ${HOSTILE}`,
  slides: [slide('a'), slide('b', { hidden: true }), slide('c')],
}

describe('export documents', () => {
  it('escape article text and notes, and leave hidden slides out, in every layout', () => {
    for (const html of [
      buildStandaloneHtml(deck, ASSETS, { author: HOSTILE }),
      buildHandoutHtml(deck, ASSETS, { author: HOSTILE }),
      buildNotesOnlyHtml(deck, ASSETS, { author: HOSTILE }),
    ]) {
      expect(html).not.toContain('<script>alert(1)')
      expect(html).not.toContain('<b>bold</b>')
      expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
      expect(html).toContain('Title a')
      expect(html).toContain('Title c')
      expect(html).not.toContain('Title b')
      expect(html).toMatch(/<meta name="author" content="&lt;\/script&gt;/)
    }
  })

  it('set a PDF title and author by an incremental update that keeps the original bytes', () => {
    const original = Buffer.from(
      '%PDF-1.4\n1 0 obj\n<</Type /Catalog>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 2\n/Root 1 0 R>>\nstartxref\n45\n%%EOF',
      'latin1',
    )
    const updated = Buffer.from(setPdfInfo(original, { title: 'Hội nghị', author: 'Công Nghĩa' }))
    expect(updated.subarray(0, original.length).equals(original)).toBe(true)
    const tail = updated.subarray(original.length).toString('latin1')
    expect(tail).toMatch(/^\n2 0 obj\n<<\/Title <FEFF/)
    expect(tail).toContain('/Info 2 0 R')
    expect(tail).toContain('/Prev 45')
    const offset = Number(/xref\n2 1\n(\d{10}) 00000 n/.exec(tail)?.[1])
    expect(updated.subarray(offset, offset + 7).toString('latin1')).toBe('2 0 obj')
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(tail)?.[1])
    expect(updated.subarray(startxref, startxref + 4).toString('latin1')).toBe('xref')
  })
})
