/**
 * Words of a sentence with their offsets, and a phrase matcher over them. Matching multi-word phrases (title
 * heads) word by word through a first-word index is far cheaper than a large Unicode alternation regex
 * scanned at every character, and it keeps the analysis linear in the text.
 */

export interface WordToken {
  /** The word with surrounding punctuation removed. */
  readonly word: string
  readonly start: number
  readonly end: number
  /** Punctuation directly after the word ('Nội,' → ','), which ends a phrase. */
  readonly trailing: string
}

const RE_TOKEN = /\S+/g
// Punctuation stripped from word edges; checked by lookup rather than a Unicode regex, for speed.
const EDGE_PUNCTUATION = new Set([...'"\'“”‘’()[]{}<>.,;:!?…-–—/|*•«»+=&#@%~`^_\\'])

/** Splits on whitespace; each token keeps its offsets in the sentence. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = []
  RE_TOKEN.lastIndex = 0
  for (const match of text.matchAll(RE_TOKEN)) {
    const raw = match[0]
    let from = 0
    let to = raw.length
    while (from < to && EDGE_PUNCTUATION.has(raw[from] ?? '')) from++
    while (to > from && EDGE_PUNCTUATION.has(raw[to - 1] ?? '')) to--
    if (from === to) continue
    const start = match.index + from
    tokens.push({ word: raw.slice(from, to), start, end: match.index + to, trailing: raw.slice(to) })
  }
  return tokens
}

export interface PhraseMatch {
  readonly index: number
  /** The matched text as written. */
  readonly text: string
}

/** An index of phrases by their first word (lower case), longest phrases first. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>

export function buildPhraseIndex(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>()
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(/\s+/)
    const first = words[0] ?? ''
    const list = index.get(first) ?? []
    list.push(words)
    index.set(first, list)
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length)
  return index
}

/**
 * Non-overlapping phrase matches in reading order. A phrase may not run across punctuation that follows one
 * of its words (except the last).
 */
export function matchPhrases(text: string, tokens: readonly WordToken[], index: PhraseIndex): PhraseMatch[] {
  const matches: PhraseMatch[] = []
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i]
    if (token === undefined) break
    const candidates = index.get(token.word.toLowerCase())
    let matched = 0
    if (candidates !== undefined) {
      for (const words of candidates) {
        if (i + words.length > tokens.length) continue
        let ok = true
        for (let k = 0; k < words.length && ok; k++) {
          const current = tokens[i + k]
          if (current === undefined || current.word.toLowerCase() !== words[k]) ok = false
          else if (k < words.length - 1 && current.trailing !== '') ok = false
        }
        if (ok) {
          matched = words.length
          break
        }
      }
    }
    if (matched > 0) {
      const last = tokens[i + matched - 1]
      if (last !== undefined) matches.push({ index: token.start, text: text.slice(token.start, last.end) })
      i += matched
    } else i++
  }
  return matches
}
