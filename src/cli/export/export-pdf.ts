import type { Page } from 'playwright-core'
import type { Deck } from '../../core/index'
import type { Locale } from '../../shared/messages'
import { buildHandoutHtml } from '../../renderer/src/export/build-handout-html'
import { buildNotesOnlyHtml } from '../../renderer/src/export/build-notes-only-html'
import { buildStandaloneHtml, revealPrintQuery } from '../../renderer/src/export/build-standalone-html'
import { printedHeadings, type ExportAssets } from '../../renderer/src/export/html-document'
import type { PdfMode } from './pdf-mode'
import { setPdfInfo } from './set-pdf-info'

export interface PdfOptions {
  readonly mode: PdfMode
  readonly assets: ExportAssets
  /** The article's byline; the PDF's author is 'Briefdeck' when there is none. */
  readonly author: string | null
  readonly locale: Locale
  /** For loading and printing one document. */
  readonly timeoutMs: number
}

/**
 * The address the deck is served at inside the browser. Nothing is fetched: a route answers it from memory and
 * refuses every other request, so an export never reaches the network.
 */
const DECK_URL = 'https://deck.briefdeck.invalid/deck.html'

/**
 * Prints a deck to PDF on a fresh page. `slides` and `notes` are the standalone HTML deck in reveal's print view
 * (the same document `--html` writes); `handout` and `notes-only` are static A4 layouts of the same slide markup.
 */
export async function exportPdf(page: Page, deck: Deck, options: PdfOptions): Promise<Uint8Array> {
  page.setDefaultTimeout(options.timeoutMs)
  await openPrintDocument(page, deck, options)
  const pdf = await page.pdf({
    printBackground: true,
    preferCSSPageSize: true,
    // Bookmarks come from the slides' headings, which needs the tagged (accessible) structure.
    outline: true,
    tagged: true,
  })
  return setPdfInfo(pdf, {
    title: deck.title,
    author: options.author ?? 'Briefdeck',
    bookmarkTitles: printedHeadings(deck),
  })
}

async function openPrintDocument(page: Page, deck: Deck, options: PdfOptions): Promise<void> {
  const documentOptions = { locale: options.locale, author: options.author }
  const html =
    options.mode === 'handout'
      ? buildHandoutHtml(deck, options.assets, documentOptions)
      : options.mode === 'notes-only'
        ? buildNotesOnlyHtml(deck, options.assets, documentOptions)
        : buildStandaloneHtml(deck, options.assets, documentOptions)
  await page.route('**/*', (route) =>
    route.request().url().startsWith(DECK_URL)
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort('blockedbyclient'),
  )
  if (options.mode === 'slides' || options.mode === 'notes') {
    await page.goto(`${DECK_URL}?${revealPrintQuery(options.mode === 'notes')}`, { waitUntil: 'commit' })
    // Set by the deck on reveal's `pdf-ready`, once its fonts are in.
    await page.waitForSelector('html[data-pdf-ready]', { state: 'attached' })
  } else {
    await page.goto(DECK_URL, { waitUntil: 'load' })
    await page.evaluate('document.fonts.ready.then(() => true)')
  }
}
