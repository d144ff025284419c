import { renderToStaticMarkup } from 'react-dom/server'
import type { Deck } from '../../../core/index'
import { MESSAGES } from '../../../shared/messages'
import { visibleSlides, type ExportAssets } from './html-document'
import { buildPrintDocument, PrintedNotes } from './printed-notes'
import type { StandaloneOptions } from './build-standalone-html'

const NOTES_STYLE = `@page { size: A4 portrait; margin: 18mm 20mm; }
html, body { margin: 0; background: #fff; color: #1d2433; font-family: 'Be Vietnam Pro', sans-serif; }
.notes-only__title { margin: 0 0 8mm; font-size: 20pt; line-height: 1.3; color: #a4161a; }
.notes-only__slide { margin-bottom: 7mm; }
.notes-only__heading { margin: 0 0 2mm; padding-bottom: 1.5mm; border-bottom: 0.5mm solid #a4161a; font-size: 13pt; line-height: 1.35; break-after: avoid; }
.notes-only__number { color: #5b6372; font-weight: 400; }
.notes-only__text { margin: 0; font-size: 11.5pt; line-height: 1.55; white-space: pre-wrap; overflow-wrap: anywhere; orphans: 3; widows: 3; }
.notes-only__text--empty { color: #5b6372; font-style: italic; }`

/**
 * The speaker notes alone on A4 portrait, each under its slide's number and title (the headings give the PDF
 * its bookmarks). Every visible slide is listed, so the numbering matches the deck.
 */
export function buildNotesOnlyHtml(
  deck: Deck,
  assets: ExportAssets,
  options: StandaloneOptions = {},
): string {
  const messages = MESSAGES[options.locale ?? 'vi']
  const body = renderToStaticMarkup(
    <main className="notes-only">
      <h1 className="notes-only__title">{deck.title}</h1>
      {visibleSlides(deck).map((slide, index) => (
        <section key={slide.id} className="notes-only__slide">
          <h2 className="notes-only__heading">
            <span className="notes-only__number">{index + 1}. </span>
            {slide.title}
          </h2>
          <PrintedNotes
            notes={slide.notes}
            className="notes-only__text"
            emptyText={messages.presenter.noNotes}
          />
        </section>
      ))}
    </main>,
  )
  return buildPrintDocument(deck, assets, options, NOTES_STYLE, body)
}
