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
  // A fragment or plain text in a .html file gives linkedom no root element; give it one.
  const page = RE_HTML_ROOT.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`
  return (parseHTML(page) as unknown as { document: MiniDocument }).document
}

const RE_HTML_ROOT = /<html[\s>]/i
const RE_TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])
/** Readability's time grows steeply with nesting depth; no real article page nests anywhere near this deep. */
const MAX_READABLE_DEPTH = 100

/** The deepest element nesting in the markup, counted from its tags in one pass. */
export function measureNestingDepth(html: string): number {
  let depth = 0
  let deepest = 0
  for (const match of html.matchAll(RE_TAG)) {
    const name = (match[2] ?? '').toLowerCase()
    if (match[1] === '/') depth = Math.max(0, depth - 1)
    else if (match[3] !== '/' && !VOID_ELEMENTS.has(name)) deepest = Math.max(deepest, ++depth)
  }
  return deepest
}

function readWithReadability(page: MiniDocument): { title: string | null; lines: string[] } | null {
  try {
    // Readability is typed against the DOM lib; linkedom's document provides what it uses.
    const reader = new Readability(page as never, { charThreshold: MIN_READABLE_CHARS })
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
  const page = toDocument(html)
  const headline = (page.querySelector('h1')?.textContent ?? page.title ?? '').replace(/\s+/g, ' ').trim()
  const fallback = page.body === null ? [] : collectLines(page.body)
  // Pathologically deep markup skips Readability (which would take minutes) for the plain line reader.
  const readable =
    measureNestingDepth(html) > MAX_READABLE_DEPTH ? null : readWithReadability(toDocument(html))
  const lines = readable?.lines ?? fallback
  const title = readable?.title?.trim() || headline
  if (title !== '' && lines[0] !== title) lines.unshift(title)
  return lines.join('\n')
}
