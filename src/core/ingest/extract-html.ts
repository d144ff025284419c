import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { collectLines } from './html-to-lines'
import type { MiniDocument } from './mini-dom'

/**
 * HTML → the article's text, one paragraph per line: Readability finds the main content on a linkedom DOM
 * (pure JS, so the same code runs in Node, the renderer and the CLI), then block elements become lines.
 * When Readability finds nothing (a short page, a fragment), the whole body is read with furniture skipped.
 */

const RE_LOOKS_LIKE_HTML =
  /^\s*(?:<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>]|<section|<h1)/i
const RE_HAS_TAGS = /<\/(?:p|div|html|body|article|section|h\d|li|span|a)>/i
const MIN_READABLE_CHARS = 200

/** True when pasted or unlabelled text is really an HTML document or fragment. */
export function looksLikeHtml(text: string): boolean {
  return RE_LOOKS_LIKE_HTML.test(text) || (text.trimStart().startsWith('<') && RE_HAS_TAGS.test(text))
}

function toDocument(html: string): MiniDocument {
  return (parseHTML(html) as unknown as { document: MiniDocument }).document
}

function readWithReadability(document: MiniDocument): { title: string | null; lines: string[] } | null {
  try {
    // Readability is typed against the DOM lib; linkedom's document provides what it uses.
    const reader = new Readability(document as never, { charThreshold: MIN_READABLE_CHARS })
    const result = reader.parse()
    if (result?.content === null || result?.content === undefined) return null
    const content = toDocument(`<!doctype html><html><body>${result.content}</body></html>`)
    const lines = content.body === null ? [] : collectLines(content.body)
    return lines.length === 0 ? null : { title: result.title ?? null, lines }
  } catch {
    return null
  }
}

/** The text of an HTML page's article: headline first when there is one, then one paragraph per line. */
export function extractHtmlText(html: string): string {
  const document = toDocument(html)
  const headline = (document.querySelector('h1')?.textContent ?? document.title ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  const fallback = document.body === null ? [] : collectLines(document.body)
  const readable = readWithReadability(toDocument(html))
  const lines = readable?.lines ?? fallback
  const title = readable?.title?.trim() || headline
  if (title !== '' && lines[0] !== title) lines.unshift(title)
  return lines.join('\n')
}
