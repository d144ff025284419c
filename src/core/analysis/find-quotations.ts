import type { Article } from '../article/article'
import type { SourceRef } from './facts'
import { countWords } from '../article/count-words'

/**
 * Quotation spans across an article. A quotation opens and closes inside one paragraph, or (in text laid out
 * one sentence per line) opens in one paragraph and closes a few paragraphs later. Marks are balanced per
 * paragraph so one stray mark cannot swallow the rest of the article.
 */

export interface QuotationSpan {
  /** Where the opening mark is. */
  readonly start: SourceRef & { readonly offset: number }
  /** Where the closing mark is (same paragraph, or a later one for multi-line quotations). */
  readonly end: SourceRef & { readonly offset: number }
  /** The words inside the marks, marks removed. */
  readonly text: string
  /** The sentence holding the quotation's first words: what a quote's `source` points at. */
  readonly source: SourceRef
}

const MAX_OPEN_PARAGRAPHS = 6
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
]

const RE_QUOTE_MARK = /[“”"«»]/g

interface Mark {
  readonly sentence: number
  readonly offset: number
  readonly char: string
}

function collectMarks(sentences: readonly string[]): Mark[] {
  const marks: Mark[] = []
  sentences.forEach((sentence, s) => {
    RE_QUOTE_MARK.lastIndex = 0
    for (const match of sentence.matchAll(RE_QUOTE_MARK))
      marks.push({ sentence: s, offset: match.index, char: match[0] })
  })
  return marks
}

function textBetween(
  article: Article,
  start: { paragraph: number; sentence: number; offset: number },
  end: { paragraph: number; sentence: number; offset: number },
): string {
  const parts: string[] = []
  for (let p = start.paragraph; p <= end.paragraph; p++) {
    const sentences = article.sentences[p] ?? []
    // Only the sentences the quotation spans: scanning the whole paragraph per quotation is quadratic.
    const first = p === start.paragraph ? start.sentence : 0
    const last = p === end.paragraph ? Math.min(end.sentence, sentences.length - 1) : sentences.length - 1
    for (let s = first; s <= last; s++) {
      let text = sentences[s] ?? ''
      const from = p === start.paragraph && s === start.sentence ? start.offset + 1 : 0
      const to = p === end.paragraph && s === end.sentence ? end.offset : text.length
      text = text.slice(from, to)
      parts.push(text)
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

/**
 * The address of the first words inside a quotation: the sentence of the opening mark, or the next sentence
 * when the mark ends its sentence ('… nói: “' on one line and the words on the next).
 */
function firstWordsAt(
  article: Article,
  start: { paragraph: number; sentence: number; offset: number },
): SourceRef {
  const sentence = article.sentences[start.paragraph]?.[start.sentence] ?? ''
  if (/[\p{L}\p{N}]/u.test(sentence.slice(start.offset + 1)))
    return { paragraph: start.paragraph, sentence: start.sentence }
  if (article.sentences[start.paragraph]?.[start.sentence + 1] !== undefined) {
    return { paragraph: start.paragraph, sentence: start.sentence + 1 }
  }
  if (article.sentences[start.paragraph + 1] !== undefined)
    return { paragraph: start.paragraph + 1, sentence: 0 }
  return { paragraph: start.paragraph, sentence: start.sentence }
}

type MarkPlace = QuotationSpan['start']

function toSpan(article: Article, start: MarkPlace, end: MarkPlace): QuotationSpan {
  return { start, end, text: textBetween(article, start, end), source: firstWordsAt(article, start) }
}

// After the closing mark of a whole-paragraph quotation: its attribution (', ông Hoan lưu ý.') or nothing.
const RE_AFTER_OUTER_CLOSE = /^[\s.]*(?:,\s*\p{L}|$)/u
// A quotation inside a quotation names something ('"mẹ thiên nhiên"'); a longer one is a quotation of its own.
const MAX_NESTED_WORDS = 6

/**
 * '"Đó chỉ là lời cảnh báo của "mẹ thiên nhiên", nếu … thì "mẹ thiên nhiên" sẽ còn nổi giận", ông Hoan nói.':
 * straight marks cannot show nesting. A paragraph that opens with a straight mark, whose last straight mark
 * ends it or comes just before its attribution, and whose marks between enclose only short names, is one
 * quotation; the straight marks between are inside it.
 */
function withoutNestedStraightMarks(sentences: readonly string[], marks: readonly Mark[]): Mark[] {
  const straight = marks.filter((mark) => mark.char === '"')
  const first = straight[0]
  const last = straight[straight.length - 1]
  if (straight.length < 4 || straight.length % 2 !== 0 || first === undefined || last === undefined)
    return [...marks]
  const opensParagraph = first.sentence === 0 && (sentences[0] ?? '').slice(0, first.offset).trim() === ''
  const rest = [
    (sentences[last.sentence] ?? '').slice(last.offset + 1),
    ...sentences.slice(last.sentence + 1),
  ]
  if (!opensParagraph || !RE_AFTER_OUTER_CLOSE.test(rest.join(' '))) return [...marks]
  for (let i = 1; i + 1 < straight.length - 1; i += 2) {
    const open = straight[i]
    const close = straight[i + 1]
    if (open === undefined || close === undefined || open.sentence !== close.sentence) return [...marks]
    const inner = (sentences[open.sentence] ?? '').slice(open.offset + 1, close.offset)
    if (countWords(inner) > MAX_NESTED_WORDS) return [...marks]
  }
  return marks.filter((mark) => mark.char !== '"' || mark === first || mark === last)
}

/** Every balanced quotation of the article, in order. */

export function findQuotations(article: Article): QuotationSpan[] {
  const spans: QuotationSpan[] = []
  let pending: { paragraph: number; mark: Mark; close: string } | null = null
  article.sentences.forEach((sentences, p) => {
    const marks = withoutNestedStraightMarks(sentences, collectMarks(sentences))
    let open: { mark: Mark; close: string } | null = null
    for (const mark of marks) {
      if (pending !== null && open === null && mark.char === pending.close) {
        const start = {
          paragraph: pending.paragraph,
          sentence: pending.mark.sentence,
          offset: pending.mark.offset,
        }
        spans.push(toSpan(article, start, { paragraph: p, sentence: mark.sentence, offset: mark.offset }))
        pending = null
        continue
      }
      if (open !== null) {
        if (mark.char === open.close) {
          const start = { paragraph: p, sentence: open.mark.sentence, offset: open.mark.offset }
          spans.push(toSpan(article, start, { paragraph: p, sentence: mark.sentence, offset: mark.offset }))
          open = null
        }
        continue
      }
      const pair = PAIRS.find(([opening]) => opening === mark.char)
      if (pair !== undefined) open = { mark, close: pair[1] }
    }
    // Straight marks open and close alike, so only curly quotations may run on into the next paragraphs.
    if (open !== null && open.mark.char !== '"')
      pending = { paragraph: p, mark: open.mark, close: open.close }
    if (pending !== null && p - pending.paragraph >= MAX_OPEN_PARAGRAPHS) pending = null
  })
  return spans
}
