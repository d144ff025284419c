import { renderToStaticMarkup } from 'react-dom/server'
import type { Deck } from '../../../core/index'
import { MESSAGES } from '../../../shared/messages'
import { visibleSlides, type ExportAssets } from './html-document'
import { buildPrintDocument, PrintedNotes } from './printed-notes'
import type { StandaloneOptions } from './build-standalone-html'
import { StaticSlide, staticSlideStyle } from './static-slide'

/** A4 portrait with 15 mm margins leaves 180 mm for the slide picture. */
const PAGE_MARGIN_MM = 15
const CONTENT_WIDTH_MM = 210 - 2 * PAGE_MARGIN_MM

const HANDOUT_STYLE = `@page { size: A4 portrait; margin: ${PAGE_MARGIN_MM}mm; }
html, body { margin: 0; background: #fff; color: #1d2433; font-family: 'Be Vietnam Pro', sans-serif; }
.handout__page + .handout__page { break-before: page; }
.handout__number { margin: 0 0 3mm; font-size: 9pt; color: #5b6372; }
.handout__notes { margin-top: 7mm; }
.handout__label { margin: 0 0 2mm; font-size: 10pt; font-weight: 700; color: #a4161a; text-transform: uppercase; letter-spacing: 0.05em; }
/* Notes flow on to the next page when long: never cut, never shrunk. */
.handout__text { margin: 0; font-size: 11.5pt; line-height: 1.55; white-space: pre-wrap; overflow-wrap: anywhere; orphans: 3; widows: 3; }
.handout__text--empty { color: #5b6372; font-style: italic; }
${staticSlideStyle(CONTENT_WIDTH_MM)}`

/**
 * A handout: one A4 portrait page per slide, the slide as on screen above its speaker notes. Notes are plain
 * text rendered by React, so markup-looking text in them stays text.
 */
export function buildHandoutHtml(deck: Deck, assets: ExportAssets, options: StandaloneOptions = {}): string {
  const messages = MESSAGES[options.locale ?? 'vi']
  const slides = visibleSlides(deck)
  const body = renderToStaticMarkup(
    <main className="handout">
      {slides.map((slide, index) => (
        <article key={slide.id} className="handout__page">
          <p className="handout__number">
            {index + 1} / {slides.length}
          </p>
          <StaticSlide slide={slide} />
          <div className="handout__notes">
            <p className="handout__label">{messages.presenter.notes}</p>
            <PrintedNotes
              notes={slide.notes}
              className="handout__text"
              emptyText={messages.presenter.noNotes}
            />
          </div>
        </article>
      ))}
    </main>,
  )
  return buildPrintDocument(deck, assets, options, HANDOUT_STYLE, body)
}
