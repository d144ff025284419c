import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/core/article/article'
import type { Directive, Facts, Statistic } from '../../../src/core/analysis/facts'
import { buildDeck, MAX_BULLETS_PER_SLIDE, MAX_FIGURES_PER_SLIDE } from '../../../src/core/deck/build-deck'

// A small article of our own: two paragraphs, four sentences.
const article: Article = {
  title: 'Tỉnh họp bàn về chuyển đổi số',
  outlet: 'TB',
  lead: 'Sáng 3-4, Chủ tịch UBND tỉnh Trần Văn An chủ trì cuộc họp về chuyển đổi số.',
  byline: 'Minh Hà',
  captions: [],
  paragraphs: ['p0', 'p1'],
  sentences: [
    ['Sáng 3-4, Chủ tịch UBND tỉnh Trần Văn An chủ trì cuộc họp về chuyển đổi số.'],
    [
      'Ông yêu cầu Sở Nội vụ rà soát thủ tục.',
      'Tỷ lệ hồ sơ trực tuyến tăng từ 20% lên 35%.',
      'Ông nói: “Phải làm ngay.”',
    ],
  ],
}

function directive(text: string, sentence = 0): Directive {
  return {
    text,
    issuer: 'Chủ tịch',
    verb: 'yêu cầu',
    addressees: ['Sở Nội vụ'],
    source: { paragraph: 1, sentence },
  }
}

const statistic: Statistic = {
  text: '35%',
  value: 35,
  unit: '%',
  qualifier: null,
  label: 'tỷ lệ hồ sơ trực tuyến',
  change: { from: 20, to: 35, factor: null, direction: 'up' },
  source: { paragraph: 1, sentence: 1 },
}

const facts: Facts = {
  event: {
    summary: 'Chủ tịch UBND tỉnh Trần Văn An chủ trì cuộc họp về chuyển đổi số sáng 3-4.',
    chair: { name: 'Trần Văn An', title: 'Chủ tịch UBND tỉnh' },
    date: { text: 'Sáng 3-4', partOfDay: 'sáng', day: 3, month: 4, year: null },
    location: null,
    participants: [],
    source: { paragraph: 0, sentence: 0 },
  },
  directives: [directive('rà soát thủ tục')],
  statistics: [statistic],
  quotes: [{ text: 'Phải làm ngay.', speaker: 'Trần Văn An', source: { paragraph: 1, sentence: 2 } }],
  people: [{ name: 'Trần Văn An', titles: ['Chủ tịch UBND tỉnh'] }],
}

describe('buildDeck', () => {
  it('orders the slide kinds title, event, directives, statistics, quote, source', () => {
    const deck = buildDeck({ article, facts, fileName: 'bai.txt' })
    expect(deck.slides.map((slide) => slide.kind)).toEqual([
      'title',
      'event',
      'directives',
      'statistics',
      'quote',
      'source',
    ])
    expect(deck.title).toBe('Tỉnh họp bàn về chuyển đổi số')
  })

  it('gives every slide a unique, stable id', () => {
    const first = buildDeck({ article, facts, fileName: 'bai.txt' })
    const again = buildDeck({ article, facts, fileName: 'bai.txt' })
    const ids = first.slides.map((slide) => slide.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(again.slides.map((slide) => slide.id)).toEqual(ids)
  })

  it('drafts notes from the full source sentences', () => {
    const deck = buildDeck({ article, facts, fileName: null })
    const directives = deck.slides.find((slide) => slide.kind === 'directives')
    expect(directives?.notes).toContain('Ông yêu cầu Sở Nội vụ rà soát thủ tục.')
    const statistics = deck.slides.find((slide) => slide.kind === 'statistics')
    expect(statistics?.notes).toContain('Tỷ lệ hồ sơ trực tuyến tăng từ 20% lên 35%.')
  })

  it('keeps each bullet and figure tied to its sentence', () => {
    const deck = buildDeck({ article, facts, fileName: null })
    const statistics = deck.slides.find((slide) => slide.kind === 'statistics')
    expect(statistics?.figures[0]).toMatchObject({ text: '35%', change: { from: 20, to: 35 } })
    expect(statistics?.figures[0]?.source).toEqual({ paragraph: 1, sentence: 1 })
  })

  it('continues long directive and figure lists on marked slides', () => {
    const many: Facts = {
      ...facts,
      directives: Array.from({ length: MAX_BULLETS_PER_SLIDE * 2 + 1 }, (_, i) =>
        directive(`việc số ${i + 1}`),
      ),
      statistics: Array.from({ length: MAX_FIGURES_PER_SLIDE + 1 }, () => statistic),
    }
    const deck = buildDeck({ article, facts: many, fileName: null })
    const directiveSlides = deck.slides.filter((slide) => slide.kind === 'directives')
    expect(directiveSlides.map((slide) => slide.title)).toEqual([
      'Chỉ đạo',
      'Chỉ đạo (tiếp)',
      'Chỉ đạo (tiếp)',
    ])
    expect(directiveSlides.every((slide) => slide.bullets.length <= MAX_BULLETS_PER_SLIDE)).toBe(true)
    expect(directiveSlides.flatMap((slide) => slide.bullets)).toHaveLength(MAX_BULLETS_PER_SLIDE * 2 + 1)
    expect(deck.slides.filter((slide) => slide.kind === 'statistics')).toHaveLength(2)
  })

  it('groups directives by issuer, then by addressee, keeping the article order within a group', () => {
    const grouped: Facts = {
      ...facts,
      directives: [
        { ...directive('việc A', 0), issuer: 'Thủ tướng', addressees: ['Bộ Y tế'] },
        { ...directive('việc B', 0), issuer: 'Phó Thủ tướng', addressees: ['Sở Nội vụ'] },
        { ...directive('việc C', 0), issuer: 'Thủ tướng', addressees: ['Bộ Tài chính'] },
        { ...directive('việc D', 0), issuer: 'Thủ tướng', addressees: ['Bộ Y tế'] },
      ],
    }
    const slides = buildDeck({ article, facts: grouped, fileName: null }).slides.filter(
      (slide) => slide.kind === 'directives',
    )
    expect(slides.map((slide) => slide.subtitle)).toEqual(['Thủ tướng', 'Phó Thủ tướng'])
    expect(slides[0]?.bullets.map((bullet) => bullet.text)).toEqual(['việc A', 'việc D', 'việc C'])
    expect(slides.map((slide) => slide.id)).toEqual(['directives-1', 'directives-2'])
  })

  it('continues a slide when long bullets exceed its line budget', () => {
    const long =
      'rà soát toàn bộ thủ tục hành chính liên quan đến đất đai, xây dựng và đầu tư, báo cáo kết quả '
    const wordy: Facts = { ...facts, directives: [1, 2, 3].map((n) => directive(`${long.repeat(2)}${n}`)) }
    const slides = buildDeck({ article, facts: wordy, fileName: null }).slides.filter(
      (slide) => slide.kind === 'directives',
    )
    expect(slides.length).toBeGreaterThan(1)
    expect(slides.flatMap((slide) => slide.bullets)).toHaveLength(3)
  })

  it('compares figures that share a unit in a chart, at their value after any change', () => {
    const second: Statistic = { ...statistic, text: '80%', value: 80, change: null, label: 'hồ sơ đúng hạn' }
    const deck = buildDeck({ article, facts: { ...facts, statistics: [statistic, second] }, fileName: null })
    const chart = deck.slides.find((slide) => slide.chart)?.chart
    expect(chart?.unit).toBe('%')
    expect(chart?.bars.map((bar) => bar.value)).toEqual([35, 80])
    const alone = buildDeck({ article, facts, fileName: null })
    expect(alone.slides.some((slide) => slide.chart)).toBe(false)
  })

  it('makes a short deck from a short article: no empty slides', () => {
    const bare: Facts = {
      event: { summary: '', chair: null, date: null, location: null, participants: [] },
      directives: [],
      statistics: [],
      quotes: [],
      people: [],
    }
    const deck = buildDeck({
      article: { ...article, title: null, outlet: null, byline: null },
      facts: bare,
      fileName: 'x.txt',
    })
    expect(deck.slides.map((slide) => slide.kind)).toEqual(['title', 'source'])
    expect(deck.title).toBe(article.lead)
  })
})
