import type { Article } from '../article/article'
import type { Facts, MeetingEvent, Person, SourceRef } from '../analysis/facts'
import type { ChartBar, Deck, FigureCard, FigureChart, Slide, SlideBullet, SlideKind } from './deck'
import { draftNotes } from './notes'

/** Bounds that keep a slide readable on a meeting-room screen; longer lists continue on a next slide. */
export const MAX_BULLETS_PER_SLIDE = 5
export const MAX_FIGURES_PER_SLIDE = 6
/** About how many characters of bullet text fit on one line, and how many lines fit under a slide title. */
const CHARACTERS_PER_LINE = 60
const LINES_PER_SLIDE = 10
const MAX_QUOTE_SLIDES = 3
const CONTINUED_MARK = ' (tiếp)'

export interface DeckInput {
  readonly article: Article
  readonly facts: Facts
  /** The file the article came from, shown on the source slide. */
  readonly fileName: string | null
}

/** Builds the briefing deck: only slides that have content, in a fixed order of kinds. */
export function buildDeck({ article, facts, fileName }: DeckInput): Deck {
  const title = chooseDeckTitle(article, facts.event)
  const slides: Slide[] = [
    buildTitleSlide(article, facts, title),
    ...buildEventSlides(article, facts.event),
    ...buildDirectiveSlides(article, facts),
    ...buildStatisticSlides(article, facts),
    ...buildQuoteSlides(article, facts),
    ...buildParticipantSlides(article, facts),
    buildSourceSlide(article, facts, fileName),
  ]
  return { title, slides }
}

function chooseDeckTitle(article: Article, event: MeetingEvent): string {
  return article.title ?? (event.summary.trim() || article.lead || 'Bản tin')
}

function formatPerson(person: Person): string {
  return [person.title, person.name].filter((part): part is string => Boolean(part)).join(' ')
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}

function estimateLines(bullet: SlideBullet): number {
  const length = bullet.text.length + (bullet.label ? bullet.label.length + 2 : 0)
  return Math.max(1, Math.ceil(length / CHARACTERS_PER_LINE))
}

/**
 * Splits bullets into slides that stay within both the bullet count and the line budget, so long directives
 * continue on a next slide instead of running off the bottom. A bullet longer than a whole slide stands alone.
 */
export function chunkBullets(bullets: readonly SlideBullet[]): SlideBullet[][] {
  const chunks: SlideBullet[][] = []
  let current: SlideBullet[] = []
  let lines = 0
  for (const bullet of bullets) {
    const bulletLines = estimateLines(bullet)
    if (
      current.length > 0 &&
      (current.length >= MAX_BULLETS_PER_SLIDE || lines + bulletLines > LINES_PER_SLIDE)
    ) {
      chunks.push(current)
      current = []
      lines = 0
    }
    current.push(bullet)
    lines += bulletLines
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

function slideId(kind: SlideKind, index: number): string {
  return `${kind}-${index + 1}`
}

function continuedTitle(title: string, index: number): string {
  return index === 0 ? title : `${title}${CONTINUED_MARK}`
}

function buildTitleSlide(article: Article, facts: Facts, title: string): Slide {
  const subtitle = [facts.event.date?.text, facts.event.location].filter(Boolean).join(' · ')
  const source = facts.event.source ?? null
  return {
    id: slideId('title', 0),
    kind: 'title',
    title,
    ...(subtitle ? { subtitle } : {}),
    bullets: [],
    figures: [],
    notes: draftNotes(article, 'Giới thiệu nội dung bản tin.', [source]),
  }
}

function buildEventSlides(article: Article, event: MeetingEvent): Slide[] {
  const source: SourceRef | null = event.source ?? null
  const bullets: SlideBullet[] = []
  if (event.chair) bullets.push({ label: 'Chủ trì', text: formatPerson(event.chair), source })
  if (event.date) bullets.push({ label: 'Thời gian', text: event.date.text, source })
  if (event.location) bullets.push({ label: 'Địa điểm', text: event.location, source })
  if (event.participants.length > 0) {
    bullets.push({ label: 'Tham dự', text: event.participants.map(formatPerson).join('; '), source })
  }
  if (bullets.length === 0) return []
  return [
    {
      id: slideId('event', 0),
      kind: 'event',
      title: 'Sự kiện',
      subtitle: event.summary,
      bullets,
      figures: [],
      notes: draftNotes(article, event.summary, [source]),
    },
  ]
}

/** Groups items by a key in order of first appearance, keeping the article's order within each group. */
function groupInOrder<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return [...groups.values()]
}

/**
 * Directives grouped by who gave them (one run of slides per issuer, named in the subtitle) and, within an
 * issuer, by who must act, so a department finds its tasks together.
 */
function buildDirectiveSlides(article: Article, facts: Facts): Slide[] {
  const slides: Slide[] = []
  for (const byIssuer of groupInOrder(facts.directives, (directive) => directive.issuer ?? '')) {
    const ordered = groupInOrder(byIssuer, (directive) => directive.addressees[0] ?? '').flat()
    const bullets: SlideBullet[] = ordered.map((directive) => {
      const label = directive.addressees.join(', ')
      // A directive that already opens with who must act needs no label repeating it.
      const showLabel = label !== '' && !directive.text.toLowerCase().startsWith(label.toLowerCase())
      return { text: directive.text, ...(showLabel ? { label } : {}), source: directive.source }
    })
    const issuer = byIssuer[0]?.issuer ?? null
    chunkBullets(bullets).forEach((group, index) => {
      slides.push({
        id: slideId('directives', slides.length),
        kind: 'directives',
        title: continuedTitle('Chỉ đạo', index),
        ...(issuer ? { subtitle: issuer } : {}),
        bullets: group,
        figures: [],
        notes: draftNotes(
          article,
          issuer
            ? `Nội dung chỉ đạo của ${issuer}, theo nguyên văn bài báo:`
            : 'Các nội dung chỉ đạo, theo nguyên văn bài báo:',
          group.map((bullet) => bullet.source),
        ),
      })
    })
  }
  return slides
}

function buildStatisticSlides(article: Article, facts: Facts): Slide[] {
  const cards: FigureCard[] = facts.statistics.map((statistic) => ({
    text: statistic.text,
    unit: statistic.unit,
    qualifier: statistic.qualifier ?? null,
    label: statistic.label,
    change: statistic.change ?? null,
    source: statistic.source,
  }))
  const cardSlides: Slide[] = chunk(cards, MAX_FIGURES_PER_SLIDE).map((group, index) => ({
    id: slideId('statistics', index),
    kind: 'statistics',
    title: continuedTitle('Số liệu chính', index),
    bullets: [],
    figures: group,
    notes: draftNotes(
      article,
      'Bối cảnh của từng số liệu:',
      group.map((card) => card.source),
    ),
  }))
  const chartSlides: Slide[] = buildCharts(facts).map((chart, index) => ({
    id: slideId('statistics', cardSlides.length + index),
    kind: 'statistics',
    title: 'So sánh số liệu',
    subtitle: `Đơn vị: ${chart.unit}`,
    bullets: [],
    figures: [],
    chart,
    notes: draftNotes(
      article,
      `So sánh các số liệu cùng đơn vị (${chart.unit}):`,
      chart.bars.map((bar) => bar.source),
    ),
  }))
  return [...cardSlides, ...chartSlides]
}

const MAX_BARS = 6
const MAX_CHARTS = 2

/**
 * A chart for each unit that two or more figures share with different values: the figure after any change,
 * so a before/after figure is compared where it ended.
 */
export function buildCharts(facts: Facts): FigureChart[] {
  const byUnit = groupInOrder(
    facts.statistics.filter((statistic) => statistic.unit !== null && statistic.unit !== 'lần'),
    (statistic) => statistic.unit ?? '',
  )
  const charts: FigureChart[] = []
  for (const group of byUnit) {
    const bars: ChartBar[] = group.slice(0, MAX_BARS).map((statistic) => ({
      label: statistic.label ?? statistic.text,
      value: statistic.change?.to ?? statistic.value,
      text: statistic.text,
      source: statistic.source,
    }))
    if (bars.length >= 2 && new Set(bars.map((bar) => bar.value)).size >= 2 && group[0]?.unit) {
      charts.push({ unit: group[0].unit, bars })
    }
  }
  return charts.slice(0, MAX_CHARTS)
}

function buildQuoteSlides(article: Article, facts: Facts): Slide[] {
  return facts.quotes.slice(0, MAX_QUOTE_SLIDES).map((quote, index) => ({
    id: slideId('quote', index),
    kind: 'quote',
    title: 'Trích dẫn',
    ...(quote.speaker ? { subtitle: quote.speaker } : {}),
    bullets: [{ text: quote.text, source: quote.source }],
    figures: [],
    notes: draftNotes(article, quote.speaker ? `Phát biểu của ${quote.speaker}.` : 'Trích dẫn.', [
      quote.source,
    ]),
  }))
}

function buildParticipantSlides(article: Article, facts: Facts): Slide[] {
  // One person is already on the event slide; a list is worth a slide only from two people on.
  if (facts.people.length < 2) return []
  const bullets: SlideBullet[] = facts.people.map((person) => ({
    text: person.name,
    ...(person.titles.length > 0 ? { label: person.titles.join(', ') } : {}),
    source: null,
  }))
  return chunkBullets(bullets).map((group, index) => ({
    id: slideId('participants', index),
    kind: 'participants',
    title: continuedTitle('Nhân vật', index),
    bullets: group,
    figures: [],
    notes: 'Những người được nêu tên trong bài, với chức danh theo bài báo.',
  }))
}

function buildSourceSlide(article: Article, facts: Facts, fileName: string | null): Slide {
  const bullets: SlideBullet[] = []
  if (article.outlet) bullets.push({ label: 'Cơ quan báo chí', text: article.outlet, source: null })
  if (article.byline) bullets.push({ label: 'Tác giả', text: article.byline, source: null })
  if (facts.event.date) bullets.push({ label: 'Ngày', text: facts.event.date.text, source: null })
  if (fileName) bullets.push({ label: 'Tệp', text: fileName, source: null })
  return {
    id: slideId('source', 0),
    kind: 'source',
    title: 'Nguồn',
    bullets,
    figures: [],
    notes: 'Mọi nội dung trong bản trình chiếu được trích từ bài báo nguồn ở trên.',
  }
}
