import type { Deck } from '../../../core/index'
import type { StandaloneOptions } from './build-standalone-html'
import { buildHtmlDocument, staticSlideStyles, type ExportAssets } from './html-document'

/**
 * A slide's speaker notes on paper: plain text rendered by React, so markup-looking text stays text; a slide
 * without notes says so (`<className>--empty`) rather than leaving a gap.
 */
export function PrintedNotes(props: {
  readonly notes: string
  readonly className: string
  readonly emptyText: string
}) {
  const { notes, className, emptyText } = props
  return notes.trim() ? (
    <p className={className}>{notes}</p>
  ) : (
    <p className={`${className} ${className}--empty`}>{emptyText}</p>
  )
}

/** A paper layout's document: the deck's title and byline, the static slide styles, then the layout's own. */
export function buildPrintDocument(
  deck: Deck,
  assets: ExportAssets,
  options: StandaloneOptions,
  layoutStyle: string,
  body: string,
): string {
  return buildHtmlDocument({
    language: options.language ?? 'vi',
    title: deck.title,
    author: options.author ?? null,
    styles: [...staticSlideStyles(assets), layoutStyle],
    body,
  })
}
