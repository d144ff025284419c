import { useEffect, useState } from 'react'
import type { RevealConfig } from 'reveal.js'
import { MESSAGES } from '../../../shared/messages'
import { DeckView } from '../deck-view/deck-view'
import { printStyle } from '../export/build-standalone-html'
import { useLocale } from '../i18n/use-locale'
import { takePrintJob } from './print-job'

/** reveal's print view with the pages the desktop and CLI PDFs have: exactly the slide, every fragment shown. */
function printConfig(withNotes: boolean): RevealConfig {
  return {
    view: 'print',
    embedded: false,
    margin: 0,
    pdfSeparateFragments: false,
    // reveal takes 'separate-page' here (its print view reads it) though its types only name booleans.
    showNotes: (withNotes ? 'separate-page' : false) as boolean,
    controls: false,
    progress: false,
    transition: 'none',
  }
}

// The app's page is full height; a printed deck is as long as its pages.
const PAGE_STYLE = `html.reveal-print, html.reveal-print body, html.reveal-print #root { height: auto; background: #fff; }
.reveal.deck-view { box-shadow: none; }`

/**
 * Once reveal has laid out its print view: every page is kept in the PDF's outline (reveal hides all but the
 * current slide from it), each notes page learns its slide's title, and once the fonts are in the browser's
 * print dialog opens. `data-pdf-ready` says the page is ready to print. The standalone HTML file does the same
 * as an inline script (PRINT_SCRIPT in export/build-standalone-html.tsx): a page under the app's policy can run
 * no script text, so the two are kept in step by hand.
 */
function finishPrintLayout(): void {
  document.querySelectorAll('.reveal .slides section[aria-hidden]').forEach((section) => {
    section.removeAttribute('aria-hidden')
  })
  document.querySelectorAll('.reveal .speaker-notes-pdf').forEach((notes) => {
    const title = notes.previousElementSibling?.querySelector('.slide__title')
    if (title) notes.setAttribute('data-slide-title', title.textContent ?? '')
  })
  void document.fonts.ready.then(() => {
    document.documentElement.setAttribute('data-pdf-ready', '')
    window.print()
  })
}

/** The print view (`?view=print&job=…`): the deck the editor stored, in reveal's print view, then printed. */
export function PrintView({ search = window.location.search }: { readonly search?: string }) {
  const { messages } = useLocale()
  const [job] = useState(() => takePrintJob(new URLSearchParams(search).get('job') ?? ''))

  useEffect(() => {
    document.addEventListener('pdf-ready', finishPrintLayout)
    return () => document.removeEventListener('pdf-ready', finishPrintLayout)
  }, [])

  useEffect(() => {
    if (job) document.title = job.deck.title
  }, [job])

  if (!job)
    return (
      <p className="print-view__missing" role="alert">
        {messages.exportDialog.printJobMissing}
      </p>
    )
  return (
    <>
      <style>{`${PAGE_STYLE}\n${printStyle(MESSAGES[job.locale].presenter.notes)}`}</style>
      <DeckView deck={job.deck} deckKey="print" config={printConfig(job.withNotes)} fixedTheme="light" />
    </>
  )
}
