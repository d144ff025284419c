import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../../src/core/analysis/index'
import { parseArticle } from '../../src/core/article/index'
import { ingestFile } from '../../src/core/ingest/index'
import {
  HAS_SHARED,
  SHARED_DIR,
  matchesFigure,
  precisionOf,
  readGold,
  recallOf,
  scoreDirectives,
  scoreStatistics,
} from './gold-scoring'

// The seed article is read from ../shared at run time (never copied into the repo's tests).
describe.skipIf(!HAS_SHARED)('seed article (shared/seed)', () => {
  const folder = resolve(SHARED_DIR, 'seed')
  const labelled = HAS_SHARED ? readGold(folder) : []
  const seed = labelled[0]
  const text = seed === undefined ? '' : readFileSync(seed.path, 'utf8')
  const article = parseArticle(text)
  const facts = analyzeArticle(article)
  const gold = seed?.gold

  it('reads the layout: outlet tag, one lead, two captions, byline', () => {
    expect(article.outlet).toBe('ĐN')
    expect(article.byline).toBe(gold?.byline)
    expect(article.captions).toHaveLength(gold?.captions ?? -1)
    expect(article.captions.every((caption) => !caption.endsWith('|'))).toBe(true)
    expect(article.lead).not.toBeNull()
    expect(article.lead?.startsWith('(ĐN)')).toBe(false)
    // The teaser and the full lead are one lead: it appears once.
    const leadStarts = article.paragraphs.filter((p) => p.startsWith('Sáng 12-2'))
    expect(leadStarts).toHaveLength(1)
    expect(article.paragraphs.some((p) => p.includes('Tin và ảnh'))).toBe(false)
    expect(article.paragraphs.some((p) => p.endsWith('|'))).toBe(false)
  })

  it('keeps sentences addressable: paragraphs are their sentences joined', () => {
    article.paragraphs.forEach((paragraph, p) => expect(article.sentences[p]?.join(' ')).toBe(paragraph))
  })

  it('finds the event: chair, date as written without a guessed year, location, participants', () => {
    expect(facts.event.chair?.name).toBe(gold?.chair)
    expect(facts.event.chair?.title).toMatch(/^Thủ tướng/)
    expect(facts.event.date?.day).toBe(gold?.day)
    expect(facts.event.date?.month).toBe(gold?.month)
    expect(facts.event.date?.year).toBeNull()
    expect(facts.event.date?.partOfDay).toBe('sáng')
    expect(facts.event.date?.text).toBe('Sáng 12-2')
    expect(facts.event.location).toContain('Đồng Nai')
    expect(facts.event.participants.map((p) => p.name)).toContain('Cao Tiến Dũng')
    expect(facts.event.summary).toContain('Nguyễn Xuân Phúc')
  })

  it('finds every labelled directive and nothing unlabelled', () => {
    if (gold === undefined) throw new Error('no seed gold')
    const score = scoreDirectives(facts.directives, gold)
    expect(recallOf(score)).toBe(1)
    expect(precisionOf(score)).toBe(1)
    for (const directive of facts.directives) {
      expect(directive.issuer).toContain('Thủ tướng')
      expect(directive.verb === null || directive.verb.length > 0).toBe(true)
    }
    const assignment = facts.directives.find((d) => d.text.includes('Trung tâm Giám sát quốc gia'))
    expect(assignment?.verb).toBe('giao')
    expect(assignment?.addressees).toContain('Bộ Thông tin và truyền thông')
  })

  it('finds the six figures, once each, with the change written as one figure', () => {
    if (gold === undefined) throw new Error('no seed gold')
    const score = scoreStatistics(facts.statistics, gold)
    expect(recallOf(score)).toBe(1)
    expect(precisionOf(score)).toBe(1)
    const change = facts.statistics.find((s) => matchesFigure(s, [4.5, '%']))
    expect(change?.change).toMatchObject({ from: 4.5, to: 10, direction: 'up' })
    expect(change?.value).toBe(10)
    expect(change?.qualifier).toBe('hơn')
    const saving = facts.statistics.find((s) => matchesFigure(s, [1200, 'tỷ đồng']))
    expect(saving).toMatchObject({ text: '1.200 tỷ đồng', unit: 'tỷ đồng', qualifier: 'trên' })
    // Not figures: the date 12-2, the year 2020, the service level 'mức độ 4'.
    for (const value of [12, 2020, 4]) expect(facts.statistics.some((s) => s.value === value)).toBe(false)
  })

  it('attributes the one quotation to the Prime Minister', () => {
    expect(facts.quotes).toHaveLength(gold?.quotes ?? -1)
    expect(facts.quotes[0]?.speaker).toBe('Nguyễn Xuân Phúc')
    expect(facts.quotes[0]?.text.startsWith('Xây dựng chính phủ điện tử')).toBe(true)
  })

  it('lists people with their titles', () => {
    const phuc = facts.people.find((p) => p.name === 'Nguyễn Xuân Phúc')
    expect(phuc?.titles).toContain('Chủ tịch Ủy ban Quốc gia về Chính phủ điện tử')
    const hung = facts.people.find((p) => p.name === 'Nguyễn Mạnh Hùng')
    expect(hung?.titles.some((t) => t.startsWith('Bộ trưởng'))).toBe(true)
  })

  it('points every source at a sentence that holds the item', () => {
    for (const d of facts.directives) {
      const sentence = article.sentences[d.source.paragraph]?.[d.source.sentence] ?? ''
      expect(sentence.replace(/[“”"]/g, '')).toContain(d.text.slice(0, 20))
    }
    for (const s of facts.statistics) {
      expect(article.sentences[s.source.paragraph]?.[s.source.sentence]).toContain(s.text)
    }
  })

  it('gives the same result through ingest, with or without a BOM', async () => {
    const bytes = new TextEncoder().encode(text)
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])
    for (const input of [bytes, withBom]) {
      const result = await ingestFile({ name: 'seed.txt', bytes: input })
      expect(result.ok).toBe(true)
      if (!result.ok) continue
      expect(result.value.encoding).toBe('utf-8')
      expect(analyzeArticle(parseArticle(result.value.text))).toEqual(facts)
    }
  })
})
