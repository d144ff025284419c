import { renderToStaticMarkup } from 'react-dom/server'
import type { Deck } from '../../../core/index'
import { MESSAGES, type Locale } from '../../../shared/messages'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../deck-view/reveal-config'
import { SlideSection } from '../deck-view/slide-section'
import { buildHtmlDocument, cssString, visibleSlides, type ExportAssets } from './html-document'

export interface StandaloneOptions {
  /** The language of the deck's text (the html lang attribute). */
  readonly language?: string
  /** The language of the words Briefdeck adds itself (the label of a printed notes page). */
  readonly locale?: Locale
  /** The article's byline, kept as <meta name="author">. */
  readonly author?: string | null
}

const REVEAL_OPTIONS = {
  hash: true,
  width: SLIDE_WIDTH,
  height: SLIDE_HEIGHT,
  margin: 0.04,
  center: false,
  transition: 'fade',
  scrollActivationWidth: 0,
}

/**
 * The query that turns this document into reveal's print view (read once, at initialize): pages exactly the
 * slide (margin 0 gives 1280×720 px = 960×540 pt), every fragment shown, notes on a page of their own if asked.
 */
export function revealPrintQuery(withNotes: boolean): string {
  return `view=print&margin=0&pdfSeparateFragments=false${withNotes ? '&showNotes=separate-page' : ''}`
}

// The inline start-up script; reveal's own speaker view (S) comes from its notes plugin.
const START_SCRIPT = `Reveal.initialize(Object.assign(${JSON.stringify(REVEAL_OPTIONS)}, { plugins: [RevealNotes] }))`

/*
 * Print view only. Reveal marks every slide but the current one aria-hidden, which keeps them out of a tagged
 * PDF and its outline (bookmarks); each notes page learns its slide's title; `data-pdf-ready` tells whoever
 * prints that layout and fonts are done. The browser host's print view does the same in code
 * (`finishPrintLayout` in print/print-view.tsx); keep the two in step.
 */
const PRINT_SCRIPT = `Reveal.on('pdf-ready', function () {
  document.querySelectorAll('.reveal .slides section[aria-hidden]').forEach(function (section) {
    section.removeAttribute('aria-hidden')
  })
  document.querySelectorAll('.reveal .speaker-notes-pdf').forEach(function (notes) {
    var page = notes.previousElementSibling
    var title = page && page.querySelector('.slide__title')
    if (title) notes.setAttribute('data-slide-title', title.textContent)
  })
  document.fonts.ready.then(function () { document.documentElement.setAttribute('data-pdf-ready', '') })
})`

const PAGE_STYLE = `html, body { height: 100%; margin: 0; background: #fff; }
.reveal.deck-view { box-shadow: none; }`

/** reveal's notes page is small Helvetica (no Vietnamese glyphs) headed in English; this one matches the deck. */
export function printStyle(notesLabel: string): string {
  return `html.reveal-print .reveal .speaker-notes-pdf[data-layout='separate-page'] {
  box-sizing: border-box;
  padding: 56px 72px;
  font-family: 'Be Vietnam Pro', sans-serif;
  font-size: 24px;
  line-height: 1.5;
  color: #1d2433;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
html.reveal-print .reveal .speaker-notes-pdf[data-layout='separate-page']::before {
  content: ${cssString(`${notesLabel} · `)} attr(data-slide-title);
  opacity: 1;
  margin-bottom: 24px;
  padding-bottom: 12px;
  border-bottom: 3px solid #a4161a;
  font-size: 30px;
  font-weight: 700;
  color: #a4161a;
  white-space: normal;
}
/* The last page must not ask for a page after it: Chromium would print a blank one. */
html.reveal-print .reveal .slides > :last-child {
  page-break-after: auto;
  break-after: auto;
}`
}

/**
 * One HTML file that presents the deck in any modern browser with no network request: the slides are the
 * same React markup the app shows, rendered to static HTML (article text escaped by React). Opened with
 * `revealPrintQuery()` it is the print view the PDF export prints.
 */
export function buildStandaloneHtml(
  deck: Deck,
  assets: ExportAssets,
  options: StandaloneOptions = {},
): string {
  const body = renderToStaticMarkup(
    <div className="reveal deck-view">
      <div className="slides">
        {visibleSlides(deck).map((slide) => (
          <SlideSection key={slide.id} slide={slide} />
        ))}
      </div>
    </div>,
  )
  const messages = MESSAGES[options.locale ?? 'vi']
  return buildHtmlDocument({
    language: options.language ?? 'vi',
    title: deck.title,
    author: options.author ?? null,
    styles: [
      assets.resetStyle,
      assets.revealStyle,
      ...assets.fontStyles,
      assets.deckStyle,
      PAGE_STYLE,
      printStyle(messages.presenter.notes),
    ],
    body,
    scripts: [...assets.scripts, START_SCRIPT, PRINT_SCRIPT],
  })
}
