import { renderToStaticMarkup } from 'react-dom/server'
import type { Deck } from '../../../core/index'
import { MESSAGES } from '../../../shared/messages'
import { visibleSlides, type ExportAssets } from './html-document'
import { buildPrintDocument, PrintedNotes } from './printed-notes'
import type { StandaloneOptions } from './build-standalone-html'
import { StaticSlide, staticSlideStyle } from './static-slide'

/** The PDF page of the CLI and the desktop export: 960 × 540 pt, a 13.33 × 7.5 in slide. */
const PAGE_WIDTH_MM = 338.667
const PAGE_HEIGHT_MM = 190.5

const PRINT_SLIDES_STYLE = `@page { size: ${PAGE_WIDTH_MM}mm ${PAGE_HEIGHT_MM}mm; margin: 0; }
html, body { margin: 0; background: #fff; color: #1d2433; font-family: 'Be Vietnam Pro', sans-serif; }
.print-slides__page { width: ${PAGE_WIDTH_MM}mm; height: ${PAGE_HEIGHT_MM}mm; overflow: hidden; break-after: page; }
.print-slides__page:last-child { break-after: auto; }
.print-slides .static-slide { outline: none; }
.print-slides__notes { box-sizing: border-box; padding: 16mm 22mm; }
.print-slides__heading { margin: 0 0 3mm; font-size: 20pt; line-height: 1.3; color: #a4161a; }
.print-slides__label { margin: 0 0 5mm; font-size: 11pt; font-weight: 700; color: #5b6372; text-transform: uppercase; letter-spacing: 0.05em; }
.print-slides__text { margin: 0; font-size: 15pt; line-height: 1.55; white-space: pre-wrap; overflow-wrap: anywhere; }
.print-slides__text--empty { color: #5b6372; font-style: italic; }
${staticSlideStyle(PAGE_WIDTH_MM)}`

/**
 * The slides without reveal.js, one 16:9 page each, for a browser's own print dialog (a page there cannot run
 * reveal's print view, which needs scripts the app's policy does not allow in a printed document). With
 * `withNotes`, each slide is followed by a page of its speaker notes, as the CLI's `--mode notes` prints.
 */
export function buildPrintSlidesHtml(
  deck: Deck,
  assets: ExportAssets,
  options: StandaloneOptions & { readonly withNotes?: boolean } = {},
): string {
  const messages = MESSAGES[options.locale ?? 'vi']
  const body = renderToStaticMarkup(
    <main className="print-slides">
      {visibleSlides(deck).map((slide) => [
        <section key={slide.id} className="print-slides__page">
          <StaticSlide slide={slide} />
        </section>,
        options.withNotes === true && (
          <section key={`${slide.id}-notes`} className="print-slides__page print-slides__notes">
            <h2 className="print-slides__heading">{slide.title}</h2>
            <p className="print-slides__label">{messages.presenter.notes}</p>
            <PrintedNotes
              notes={slide.notes}
              className="print-slides__text"
              emptyText={messages.presenter.noNotes}
            />
          </section>
        ),
      ])}
    </main>,
  )
  return buildPrintDocument(deck, assets, options, PRINT_SLIDES_STYLE, body)
}
