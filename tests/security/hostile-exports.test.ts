import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { briefdeck, CHROMIUM, run, squash } from '../cli/export-helpers'
import { SEED_PATH } from '../shared-folder'

/**
 * The printed and PowerPoint forms of an article full of markup: what looks like HTML must arrive as the
 * reader's text, never as live elements, links or references to other hosts. (The screen views and the
 * standalone HTML are checked in Chromium by e2e/hostile.web.spec.ts.)
 */

const PAYLOADS = [
  '<script>alert("script")</script>',
  '<img src="https://evil.example/p.png" onerror="alert(1)">',
  '<a href="javascript:alert(1)">Xem chi tiết</a>',
  '<iframe src="https://evil.example/frame"></iframe>',
]

if (CHROMIUM === null)
  console.log('[hostile-exports] no Chromium found (set BRIEFDECK_CHROMIUM): the PDF check did not run')

const folder = mkdtempSync(join(tmpdir(), 'briefdeck-hostile-exports-'))
const article = join(folder, 'tin-hostile.txt')
const lines = readFileSync(SEED_PATH, 'utf8').split('\n')
writeFileSync(
  article,
  lines.map((line, i) => (line.trim() === '' ? line : `${line} ${PAYLOADS[i % PAYLOADS.length]}`)).join('\n'),
)

const shownAsText = (text: string) => PAYLOADS.filter((payload) => text.includes(squash(payload)))

describe('hostile article text in exports', () => {
  it('PowerPoint: payloads are escaped text in slides and notes; no script, frame or outside link', async () => {
    const out = join(folder, 'deck.pptx')
    expect((await briefdeck(['export', article, '--pptx', out])).code).toBe(0)
    const zip = await JSZip.loadAsync(readFileSync(out))
    let text = ''
    for (const [name, entry] of Object.entries(zip.files)) {
      if (!/\.(xml|rels)$/.test(name)) continue
      const xml = await entry.async('string')
      // Only tags and attributes: text content (where the payloads belong, escaped) is taken out.
      const markup = xml.replace(/>[^<]*</g, '><')
      expect(markup, name).not.toMatch(/<(script|iframe|img|a)[\s>]/i)
      expect(markup, name).not.toContain('TargetMode="External"')
      expect(markup, name).not.toMatch(/javascript:|evil\.example/)
      text += ` ${[...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join(' ')}`
    }
    const decoded = squash(
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    )
    expect(shownAsText(decoded).length).toBeGreaterThan(0)
  })

  it.skipIf(CHROMIUM === null)(
    'PDF with notes: payloads are printed as text and the file holds no link or action',
    async () => {
      const out = join(folder, 'deck.pdf')
      expect((await briefdeck(['export', article, '--pdf', out, '--mode', 'notes'])).code).toBe(0)
      const text = squash((await run('pdftotext', ['-enc', 'UTF-8', out, '-'])).stdout)
      expect(shownAsText(text).length).toBeGreaterThan(0)
      const raw = readFileSync(out).toString('latin1')
      expect(raw).not.toMatch(/\/(URI|JavaScript|JS|Launch|SubmitForm)\b/)
    },
  )
})
