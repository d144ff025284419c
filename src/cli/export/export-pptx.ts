import type PptxGenJS from 'pptxgenjs'
import type { Deck, FigureChart, Slide } from '../../core/index'
import { visibleSlides } from '../../renderer/src/export/html-document'
import {
  describeFigureCard,
  formatChartValue,
  slideDensity,
  type SlideDensity,
} from '../../renderer/src/export/slide-text'

/** The typeface the deck is set in; PowerPoint uses it where installed and substitutes elsewhere. */
export const PPTX_FONT = 'Be Vietnam Pro'

// Geometry in the deck's own CSS pixels (1280×720, as deck.css lays slides out), converted at the last step.
const PX_PER_INCH = 96
const SLIDE_W = 1280
const SLIDE_H = 720
const PAD_X = 72
const PAD_Y = 56
const INNER_W = SLIDE_W - 2 * PAD_X
const GAP = 24
const CARD_H = 170
const CHART_ROW_H = 58

const COLORS = {
  ink: '1D2433',
  accent: 'A4161A',
  muted: '5B6372',
  card: 'FBFAF7',
  cardLine: 'D9D4C7',
  quote: 'F7F4EE',
  up: '1B7F3B',
  down: 'A4161A',
}

const BULLET_PX = { normal: 28, compact: 24, dense: 20 } as const
const QUOTE_PX = { normal: 32, compact: 26, dense: 21 } as const

const inch = (px: number) => px / PX_PER_INCH
const points = (px: number) => px * 0.75

/** A rough line count for a box of text: enough to stack boxes without overlap; PowerPoint sets the real lines. */
function estimateLines(text: string, fontPx: number, widthPx: number): number {
  const perLine = Math.max(1, Math.floor(widthPx / (fontPx * 0.52)))
  return Math.max(1, Math.ceil(text.length / perLine))
}

/**
 * The deck as an editable PowerPoint file: titles, bullets, quotes, charts and figure cards are text boxes and
 * shapes (not pictures), the speaker notes go in the notes pane, 16:9 like the deck, in the deck's typeface.
 */
export async function exportPptx(deck: Deck, meta: { readonly author: string | null }): Promise<Uint8Array> {
  // Loaded on first use, like the browser: most runs write no PPTX.
  const { default: Pptx } = await import('pptxgenjs')
  const pptx = new Pptx()
  pptx.layout = 'LAYOUT_WIDE' // 13.333 × 7.5 in: 1280 × 720 CSS px, the deck's own frame
  pptx.title = deck.title
  pptx.author = meta.author ?? 'Briefdeck'
  pptx.company = 'Briefdeck'
  pptx.theme = { headFontFace: PPTX_FONT, bodyFontFace: PPTX_FONT }
  for (const slide of visibleSlides(deck)) addSlide(pptx, slide)
  const data = await pptx.write({ outputType: 'uint8array' })
  if (!(data instanceof Uint8Array)) throw new Error('pptxgenjs returned no bytes')
  return data
}

function addSlide(pptx: PptxGenJS, slide: Slide): void {
  const page = pptx.addSlide()
  page.background = { color: 'FFFFFF' }
  const density = slideDensity(slide)
  let top = addTitle(page, slide, density)
  if (slide.subtitle) {
    const size = density === 'normal' ? 28 : 22
    const height = estimateLines(slide.subtitle, size, INNER_W) * size * 1.35
    page.addText(
      slide.subtitle,
      textBox(PAD_X, top, INNER_W, height, { fontSize: points(size), color: COLORS.muted }),
    )
    top += height + GAP
  }
  const cardRows = Math.ceil(slide.figures.length / figureColumns(slide.figures.length))
  const cardsTop = SLIDE_H - PAD_Y - cardRows * CARD_H - Math.max(0, cardRows - 1) * GAP
  const chartHeight = slide.chart ? slide.chart.bars.length * CHART_ROW_H : 0
  const bodyBottom =
    (slide.figures.length > 0 ? cardsTop - GAP : SLIDE_H - PAD_Y) - (chartHeight ? chartHeight + GAP : 0)
  if (slide.kind === 'quote') addQuote(page, slide, density, top, bodyBottom)
  else addBullets(page, slide, density, top, bodyBottom)
  if (slide.chart) addChart(page, slide.chart, bodyBottom + GAP)
  if (slide.figures.length > 0) addFigureCards(page, slide, cardsTop)
  // The notes pane holds the presenter's script, as in the app's speaker view.
  if (slide.notes.trim()) page.addNotes(slide.notes)
}

type PptxSlide = ReturnType<PptxGenJS['addSlide']>
type TextOptions = NonNullable<Parameters<PptxSlide['addText']>[1]>

function textBox(x: number, y: number, w: number, h: number, extra: TextOptions = {}): TextOptions {
  return {
    x: inch(x),
    y: inch(y),
    w: inch(w),
    h: inch(Math.max(h, 10)),
    margin: 0,
    valign: 'top',
    fontFace: PPTX_FONT,
    color: COLORS.ink,
    ...extra,
  }
}

/** The title where deck.css sets it; returns where the content below it starts. */
function addTitle(page: PptxSlide, slide: Slide, density: SlideDensity): number {
  const isTitleSlide = slide.kind === 'title'
  const size = isTitleSlide ? { normal: 52, compact: 40, dense: 32 }[density] : 44
  const top = isTitleSlide ? PAD_Y + { normal: 160, compact: 96, dense: 48 }[density] : PAD_Y
  const height = estimateLines(slide.title, size, INNER_W) * size * 1.25
  page.addText(
    slide.title,
    textBox(PAD_X, top, INNER_W, height, {
      fontSize: points(size),
      bold: true,
      color: COLORS.accent,
      fit: 'shrink',
    }),
  )
  if (isTitleSlide) return top + height + GAP
  const rule = PAD_Y + height + 12
  page.addShape('line', {
    x: inch(PAD_X),
    y: inch(rule),
    w: inch(INNER_W),
    h: 0,
    line: { color: COLORS.accent, width: points(3) },
  })
  return rule + GAP
}

function addBullets(page: PptxSlide, slide: Slide, density: SlideDensity, top: number, bottom: number): void {
  if (slide.bullets.length === 0) return
  const size = BULLET_PX[density]
  const runs = slide.bullets.flatMap((bullet) => [
    ...(bullet.label
      ? [
          {
            text: `${bullet.label}: `,
            options: { bold: true, bullet: { indent: points(size) }, paraSpaceAfter: 0 },
          },
        ]
      : []),
    {
      text: bullet.text,
      options: {
        ...(bullet.label ? {} : { bullet: { indent: points(size) } }),
        breakLine: true,
        paraSpaceAfter: points(size * 0.5),
      },
    },
  ])
  page.addText(
    runs,
    textBox(PAD_X, top, INNER_W, bottom - top, {
      fontSize: points(size),
      lineSpacingMultiple: 1.15,
      fit: 'shrink',
    }),
  )
}

function addQuote(page: PptxSlide, slide: Slide, density: SlideDensity, top: number, bottom: number): void {
  const quote = slide.bullets[0]
  if (!quote) return
  const size = QUOTE_PX[density]
  const height = Math.min(bottom - top, estimateLines(quote.text, size, INNER_W - 80) * size * 1.45 + 48)
  page.addShape('rect', {
    x: inch(PAD_X),
    y: inch(top),
    w: inch(INNER_W),
    h: inch(height),
    fill: { color: COLORS.quote },
    line: { color: COLORS.quote, width: 0 },
  })
  page.addShape('rect', {
    x: inch(PAD_X),
    y: inch(top),
    w: inch(8),
    h: inch(height),
    fill: { color: COLORS.accent },
    line: { color: COLORS.accent, width: 0 },
  })
  page.addText(
    `“${quote.text}”`,
    textBox(PAD_X + 40, top + 24, INNER_W - 72, height - 48, {
      fontSize: points(size),
      lineSpacingMultiple: 1.2,
      fit: 'shrink',
    }),
  )
}

function addChart(page: PptxSlide, chart: FigureChart, top: number): void {
  const largest = Math.max(...chart.bars.map((bar) => Math.abs(bar.value)), 0)
  const labelW = 420
  const trackW = INNER_W - labelW - GAP - 140
  chart.bars.forEach((bar, index) => {
    const y = top + index * CHART_ROW_H
    page.addText(
      bar.label,
      textBox(PAD_X, y, labelW, 40, {
        fontSize: points(22),
        color: COLORS.muted,
        valign: 'middle',
        fit: 'shrink',
      }),
    )
    const width = largest > 0 ? Math.max(0.02, Math.abs(bar.value) / largest) * trackW : 0
    page.addShape('roundRect', {
      x: inch(PAD_X + labelW + GAP),
      y: inch(y),
      w: inch(Math.max(width, 2)),
      h: inch(40),
      rectRadius: 0.15,
      fill: { color: COLORS.accent },
      line: { color: COLORS.accent, width: 0 },
    })
    page.addText(
      formatChartValue(bar.value, chart),
      textBox(PAD_X + labelW + GAP + width + 16, y, 220, 40, {
        fontSize: points(28),
        bold: true,
        valign: 'middle',
      }),
    )
  })
}

function figureColumns(count: number): number {
  return count === 1 || count === 2 || count === 4 ? 2 : 3
}

/** Each card is one rounded text shape: value, change and label stay editable text. */
function addFigureCards(page: PptxSlide, slide: Slide, top: number): void {
  const columns = figureColumns(slide.figures.length)
  const width = (INNER_W - (columns - 1) * GAP) / columns
  slide.figures.forEach((figure, index) => {
    const card = describeFigureCard(figure)
    const x = PAD_X + (index % columns) * (width + GAP)
    const y = top + Math.floor(index / columns) * (CARD_H + GAP)
    const trend = card.direction
      ? [
          {
            // ▲▼ are missing from the deck's typeface; a face that has them draws just the mark.
            text: card.direction === 'up' ? '▲ ' : '▼ ',
            options: {
              fontFace: 'Arial',
              fontSize: points(26),
              color: card.direction === 'up' ? COLORS.up : COLORS.down,
            },
          },
        ]
      : []
    const runs = [
      ...trend,
      ...(card.qualifier
        ? [{ text: `${card.qualifier} `, options: { fontSize: points(26), color: COLORS.muted } }]
        : []),
      { text: card.headline, options: { fontSize: points(44), bold: true, breakLine: true } },
      ...(card.change
        ? [
            { text: `${card.change.from} `, options: { fontSize: points(24), bold: true, color: COLORS.up } },
            { text: '→', options: { fontFace: 'Arial', fontSize: points(24), bold: true, color: COLORS.up } },
            {
              text: ` ${card.change.to}`,
              options: { fontSize: points(24), bold: true, color: COLORS.up, breakLine: true },
            },
          ]
        : []),
      ...(card.label ? [{ text: card.label, options: { fontSize: points(20), color: COLORS.muted } }] : []),
    ]
    page.addText(runs, {
      ...textBox(x, y, width, CARD_H, { fit: 'shrink', lineSpacingMultiple: 1.05 }),
      shape: 'roundRect',
      rectRadius: 0.1,
      fill: { color: COLORS.card },
      line: { color: COLORS.cardLine, width: 0.75 },
      margin: [points(20), points(24), points(20), points(24)],
    })
  })
}
