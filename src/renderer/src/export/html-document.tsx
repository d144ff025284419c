import { renderToStaticMarkup } from 'react-dom/server'
import type { Deck, Slide } from '../../../core/index'

/**
 * What exported documents inline, read by the shell that builds them (the CLI reads installed packages). Kept
 * apart because a static print layout runs no reveal.js: it needs the reset, the typeface and the deck styles.
 */
export interface ExportAssets {
  /** reveal.js's reset.css: part of how a slide looks, with or without reveal running. */
  readonly resetStyle: string
  /** reveal.js's core styles. */
  readonly revealStyle: string
  /** The typeface, every file inlined as a data: URI. */
  readonly fontStyles: readonly string[]
  /** The app's deck styles (src/renderer/src/styles/deck.css). */
  readonly deckStyle: string
  /** reveal.js and its notes plugin. */
  readonly scripts: readonly string[]
}

/** The styles a slide needs to look as on screen when reveal.js does not lay it out. */
export function staticSlideStyles(assets: ExportAssets): readonly string[] {
  return [assets.resetStyle, ...assets.fontStyles, assets.deckStyle]
}

/** The slides an export shows: hidden slides stay in the editor only. */
export function visibleSlides(deck: Deck): readonly Slide[] {
  return deck.slides.filter((slide) => slide.hidden !== true)
}

/**
 * Every heading a printed layout can turn into a PDF bookmark: the deck's title, the slide titles, and the
 * numbered titles of the notes-only layout.
 */
export function printedHeadings(deck: Deck): string[] {
  const slides = visibleSlides(deck)
  return [deck.title, ...slides.map((slide) => slide.title), ...slides.map((s, i) => `${i + 1}. ${s.title}`)]
}

/** Inline text must not close its own <script> or <style> element early. */
export function escapeInline(text: string, element: 'script' | 'style'): string {
  return text.replace(new RegExp(`</(${element})`, 'gi'), '<\\/$1')
}

/** A CSS string literal for text of our own (labels); JSON's escapes are valid CSS escapes. */
export function cssString(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\3c ')
}

export interface HtmlDocumentParts {
  readonly language: string
  readonly title: string
  /** Becomes <meta name="author">; the PDF step copies it into the document information. */
  readonly author: string | null
  readonly styles: readonly string[]
  /** Markup rendered by React (text already escaped). */
  readonly body: string
  readonly scripts?: readonly string[]
}

/** One self-contained HTML document: no request leaves it, every style and script is inline. */
export function buildHtmlDocument(parts: HtmlDocumentParts): string {
  // React escapes the title and author: both come from the article.
  const head = renderToStaticMarkup(
    <>
      <title>{parts.title}</title>
      {parts.author && <meta name="author" content={parts.author} />}
    </>,
  )
  return [
    '<!doctype html>',
    `<html lang="${parts.language === 'en' ? 'en' : 'vi'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Briefdeck">',
    head,
    ...parts.styles.map((css) => `<style>${escapeInline(css, 'style')}</style>`),
    '</head>',
    '<body>',
    parts.body,
    ...(parts.scripts ?? []).map((js) => `<script>${escapeInline(js, 'script')}</script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
