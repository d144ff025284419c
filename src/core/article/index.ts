import type { Article } from './article'
import { normalizeText } from './normalize-text'
import { repairGluedWords } from './repair-glued-words'
import { parseOutletTag } from './parse-outlet'
import { extractCreditCaption, parsePipeCaption } from './detect-captions'
import { parseBylineLine, splitWireEnd } from './detect-byline'
import { findDuplicateLeads } from './dedupe-leads'
import { splitSentences } from './split-sentences'
import { countWords } from './count-words'

export type { Article } from './article'
export { splitSentences } from './split-sentences'
export { foldToneMarks, toMatchKey } from './fold-text'
export { normalizeText } from './normalize-text'

const MAX_TITLE_WORDS = 30
const LEAD_MAX_SENTENCES = 4
const RE_TERMINAL = /[.!?…:;,”"'’)|]$/u

/** A first line without final punctuation, short, followed by more text, is a headline. */
function isHeadline(line: string, lineCount: number): boolean {
  if (lineCount < 2) return false
  const words = countWords(line)
  return words >= 2 && words <= MAX_TITLE_WORDS && !RE_TERMINAL.test(line)
}

/**
 * Turns article text into its parts: headline, outlet tag, lead, captions, byline and body paragraphs, each
 * paragraph split into sentences. Accepts any string (never throws): empty input gives an empty article.
 */
export function parseArticle(text: string): Article {
  const lines = normalizeText(typeof text === 'string' ? text : '')
    .split('\n')
    .filter((line) => line !== '')
    .map(repairGluedWords)
  let title: string | null = null
  let outlet: string | null = null
  let byline: string | null = null
  const captions: string[] = []

  // Byline: the last line, or the tail after a wire story's './.'.
  const last = lines[lines.length - 1]
  if (last !== undefined && lines.length >= 2) {
    const lineByline = parseBylineLine(last)
    if (lineByline !== null) {
      byline = lineByline
      lines.pop()
    }
  }
  const lastBody = lines[lines.length - 1]
  if (lastBody !== undefined) {
    const wire = splitWireEnd(lastBody)
    if (wire.text !== lastBody) {
      if (wire.text === '') lines.pop()
      else lines[lines.length - 1] = wire.text
      byline = byline ?? wire.byline
    }
  }

  const first = lines[0]
  if (first !== undefined && parseOutletTag(first).outlet === null && isHeadline(first, lines.length)) {
    title = first
    lines.shift()
  }

  const body: string[] = []
  for (const line of lines) {
    const caption = parsePipeCaption(line)
    if (caption !== null) {
      captions.push(caption)
      continue
    }
    const tagged = parseOutletTag(line)
    if (tagged.outlet !== null) outlet = outlet ?? tagged.outlet
    if (tagged.rest !== '') body.push(tagged.rest)
  }

  const duplicates = findDuplicateLeads(body)
  const paragraphs: string[] = []
  const sentences: string[][] = []
  const seen = new Set<string>()
  body.forEach((line, index) => {
    if (duplicates.has(index) || seen.has(line)) return
    seen.add(line)
    let split = splitSentences(line)
    const credit = extractCreditCaption(line, split)
    if (credit !== null) {
      captions.push(credit.caption)
      split = credit.sentences
    }
    if (split.length === 0) return
    paragraphs.push(split.join(' '))
    sentences.push(split)
  })

  // One-line bodies end with the byline glued after the last full stop: '… dịch vụ. Duy Tiến'.
  const lastSentences = sentences[sentences.length - 1]
  if (byline === null && lastSentences !== undefined && lastSentences.length >= 2) {
    const tail = lastSentences[lastSentences.length - 1] ?? ''
    const names = /[.!?…”"]$/u.test(tail) ? null : parseBylineLine(tail)
    if (names !== null) {
      byline = names
      lastSentences.pop()
      paragraphs[paragraphs.length - 1] = lastSentences.join(' ')
    }
  }

  const firstSentences = sentences[0]
  let lead: string | null = null
  if (firstSentences !== undefined) {
    lead = firstSentences.length <= LEAD_MAX_SENTENCES ? (paragraphs[0] ?? null) : (firstSentences[0] ?? null)
  }
  return { title, outlet, lead, byline, captions, paragraphs, sentences }
}
