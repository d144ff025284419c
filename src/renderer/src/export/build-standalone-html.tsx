import { renderToStaticMarkup } from 'react-dom/server'
import type { Deck } from '../../../core/index'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../deck-view/reveal-config'
import { SlideSection } from '../deck-view/slide-section'

/** What a self-contained deck inlines: style sheets (fonts as data: URIs) and scripts (reveal.js, notes). */
export interface StandaloneAssets {
  readonly styles: readonly string[]
  readonly scripts: readonly string[]
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

// The inline start-up script; reveal's own speaker view (S) comes from its notes plugin.
const START_SCRIPT = `Reveal.initialize(Object.assign(${JSON.stringify(REVEAL_OPTIONS)}, { plugins: [RevealNotes] }))`

const PAGE_STYLE = `html, body { height: 100%; margin: 0; background: #fff; }
.reveal.deck-view { box-shadow: none; }`

/** Inline text must not close its own <script> or <style> element early. */
function escapeInline(text: string, element: 'script' | 'style'): string {
  return text.replace(new RegExp(`</(${element})`, 'gi'), '<\\/$1')
}

/**
 * One HTML file that presents the deck in any modern browser with no network request: the slides are the
 * same React markup the app shows, rendered to static HTML (article text escaped by React).
 */
export function buildStandaloneHtml(deck: Deck, assets: StandaloneAssets, language = 'vi'): string {
  const body = renderToStaticMarkup(
    <div className="reveal deck-view">
      <div className="slides">
        {deck.slides.map((slide) => (
          <SlideSection key={slide.id} slide={slide} />
        ))}
      </div>
    </div>,
  )
  const title = renderToStaticMarkup(<title>{deck.title}</title>)
  const styles = [...assets.styles, PAGE_STYLE].map((css) => `<style>${escapeInline(css, 'style')}</style>`)
  const scripts = [...assets.scripts, START_SCRIPT].map(
    (js) => `<script>${escapeInline(js, 'script')}</script>`,
  )
  return [
    '<!doctype html>',
    `<html lang="${language === 'en' ? 'en' : 'vi'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    title,
    ...styles,
    '</head>',
    '<body>',
    body,
    ...scripts,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
