/**
 * Words of a sentence with their offsets, and a phrase matcher over them. Matching multi-word phrases (title
 * heads) word by word through a first-word index is far cheaper than a large Unicode alternation regex
 * scanned at every character, and it keeps the analysis linear in the text.
 */
import { isWhitespace } from '../article/count-words'

export interface WordToken {
  /** The word with surrounding punctuation removed. */
  readonly word: string
  readonly start: number
  readonly end: number
  /** Punctuation directly after the word ('Nội,' → ','), which ends a phrase. */
  readonly trailing: string
}

// Punctuation stripped from word edges, by character code: a lookup rather than a Unicode regex, for speed.
const EDGE_CHARACTERS = '"\'“”‘’()[]{}<>.,;:!?…-–—/|*•«»+=&#@%~`^_\\'
const EDGE_PUNCTUATION = new Set([...EDGE_CHARACTERS].map((ch) => ch.charCodeAt(0)))

/** Offsets of one token: the word is [start, end), its trailing punctuation [end, rawEnd). */
interface TokenSpan {
  readonly start: number
  readonly end: number
  readonly rawEnd: number
}

/** The next token at or after `from` that has a word left once its edge punctuation is stripped. */
function nextToken(text: string, from: number): TokenSpan | null {
  const length = text.length
  let i = from
  while (i < length) {
    while (i < length && isWhitespace(text.charCodeAt(i))) i++
    if (i >= length) return null
    const rawStart = i
    while (i < length && !isWhitespace(text.charCodeAt(i))) i++
    let start = rawStart
    let end = i
    while (start < end && EDGE_PUNCTUATION.has(text.charCodeAt(start))) start++
    while (end > start && EDGE_PUNCTUATION.has(text.charCodeAt(end - 1))) end--
    if (start < end) return { start, end, rawEnd: i }
  }
  return null
}

/** Splits on whitespace; each token keeps its offsets in the sentence. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = []
  for (let span = nextToken(text, 0); span !== null; span = nextToken(text, span.rawEnd)) {
    const { start, end, rawEnd } = span
    tokens.push({ word: text.slice(start, end), start, end, trailing: text.slice(end, rawEnd) })
  }
  return tokens
}

export interface PhraseMatch {
  readonly index: number
  /** The matched text as written. */
  readonly text: string
}

/** An index of phrases by their first word (lower case), longest phrases first. */
export interface PhraseIndex {
  readonly byFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>
  /**
   * Finds where a first word may start in lower-cased text. Plain literals, no Unicode classes: V8 scans such
   * an alternation quickly, and only its hits are checked as words.
   */
  readonly firstWordScan: RegExp
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function buildPhraseIndex(phrases: readonly string[]): PhraseIndex {
  const byFirstWord = new Map<string, string[][]>()
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(/\s+/)
    const first = words[0] ?? ''
    const list = byFirstWord.get(first) ?? []
    list.push(words)
    byFirstWord.set(first, list)
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length)
  const alternation = [...byFirstWord.keys()]
    .filter((word) => word !== '')
    .map(escapeRegExp)
    .join('|')
  // Only at a word start: after whitespace or edge punctuation (or at the start). A key-less index gets a
  // pattern that never matches.
  const boundary = `(?:^|[\\s${escapeRegExp(EDGE_CHARACTERS).replace(/-/g, '\\-')}])`
  return {
    byFirstWord,
    firstWordScan: new RegExp(alternation === '' ? '[^\\s\\S]' : `${boundary}(${alternation})`, 'g'),
  }
}

/** The raw start of the token holding position `index` when the word starts there (after edge punctuation). */
function wordStartAt(text: string, index: number): number {
  let start = index
  while (start > 0 && EDGE_PUNCTUATION.has(text.charCodeAt(start - 1))) start--
  return start === 0 || isWhitespace(text.charCodeAt(start - 1)) ? start : -1
}

/**
 * Non-overlapping phrase matches in reading order. A phrase may not run across punctuation that follows one
 * of its words (except the last). Words are read lazily: only those that can start a phrase become strings.
 */
export function matchPhrases(text: string, index: PhraseIndex): PhraseMatch[] {
  const matches: PhraseMatch[] = []
  // One lower-casing of the whole sentence instead of one per word (the per-word calls dominated). Offsets
  // stay valid when the length is unchanged, which holds for all but a few exotic letters ('İ').
  const lowerText = text.toLowerCase()
  const aligned = lowerText.length === text.length
  const lower = (token: TokenSpan): string =>
    aligned ? lowerText.slice(token.start, token.end) : text.slice(token.start, token.end).toLowerCase()
  // Candidate words: where a first word occurs at a word start. Without aligned offsets, every word.
  const scan = index.firstWordScan
  scan.lastIndex = 0
  const nextCandidate = (from: number): TokenSpan | null => {
    if (!aligned) return nextToken(text, from)
    scan.lastIndex = from
    for (let hit = scan.exec(lowerText); hit !== null; hit = scan.exec(lowerText)) {
      const at = hit.index + hit[0].length - (hit[1]?.length ?? 0)
      const rawStart = wordStartAt(text, at)
      const token = rawStart < 0 ? null : nextToken(text, rawStart)
      if (token !== null && token.start === at) return token
      scan.lastIndex = at
    }
    return null
  }
  let token = nextCandidate(0)
  while (token !== null) {
    const candidates = index.byFirstWord.get(lower(token))
    let last: TokenSpan | null = null
    for (const words of candidates ?? []) {
      let current: TokenSpan | null = token
      let ok = true
      for (let k = 0; k < words.length; k++) {
        if (current === null || lower(current) !== words[k]) {
          ok = false
          break
        }
        if (k === words.length - 1) break
        if (current.end !== current.rawEnd) {
          ok = false
          break
        }
        current = nextToken(text, current.rawEnd)
      }
      if (ok && current !== null) {
        last = current
        break
      }
    }
    if (last !== null) {
      matches.push({ index: token.start, text: text.slice(token.start, last.end) })
      token = nextCandidate(last.rawEnd)
    } else token = nextCandidate(token.rawEnd)
  }
  return matches
}
