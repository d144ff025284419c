/**
 * Repairs words that lost the space between them in scraped text ('Chủtịch', 'trongquý', 'Longđề nghị',
 * 'công suất150.000', 'TPHCMcần', 'đó,phải'). Vietnamese is written one syllable per word, so a letter run
 * that is no valid syllable but splits cleanly into two valid ones was glued. Only runs carrying Vietnamese
 * diacritics are touched, so foreign words and brand names ('online', 'Viettel') stay as they are.
 */
import {
  isVietnameseSyllable as isSyllable,
  RE_VIETNAMESE_MARK,
  VIETNAMESE_VOWELS as VOWELS,
} from './vietnamese-syllable'

// Every pattern is anchored at a word start (the look-behind fails fast inside words), keeping scans linear.
const RE_WORD = /(?<![\p{L}\p{M}])\p{Lu}?\p{Ll}{3,}/gu
const RE_ACRONYM_GLUE = /(?<![\p{L}\p{M}])(\p{Lu}{2,})(\p{Ll}{2,})(?![\p{L}\p{M}])/gu
const RE_WORD_DIGIT_GLUE = /(?<![\p{L}\p{M}])(\p{Ll}{2,})(?=\d)/gu
const RE_COMMA_GLUE = /(?<=\p{L}),(?=\p{L})/gu

const MULTI_LETTER_INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr']

function initialLength(syllable: string): number {
  for (const initial of MULTI_LETTER_INITIALS) if (syllable.startsWith(initial)) return initial.length
  return VOWELS.includes(syllable[0] ?? '') ? 0 : 1
}

/** Best split of a glued pair, preferring a second syllable with a consonant initial (most have one). */
function splitGlued(word: string): string | null {
  const lower = word.toLowerCase()
  if (isSyllable(lower) || !RE_VIETNAMESE_MARK.test(lower)) return null
  let best: { at: number; score: number } | null = null
  for (let at = 1; at < lower.length; at++) {
    const head = lower.slice(0, at)
    const tail = lower.slice(at)
    if (!isSyllable(head) || !isSyllable(tail)) continue
    const score = initialLength(tail)
    if (best === null || score > best.score) best = { at, score }
  }
  return best === null ? null : `${word.slice(0, best.at)} ${word.slice(best.at)}`
}

// Tokens repeat a lot: each distinct whitespace-delimited token is repaired once, which keeps large inputs
// cheap (Unicode-property regexes over a whole megabyte are slow; over a small vocabulary they are not).
const MAX_CACHED_TOKENS = 50000
const repairedTokens = new Map<string, string>()
const RE_TOKEN = /\S+/g

function repairToken(token: string): string {
  const cached = repairedTokens.get(token)
  if (cached !== undefined) return cached
  const repaired = token
    .replace(RE_COMMA_GLUE, ', ')
    .replace(RE_WORD_DIGIT_GLUE, (word: string) => (RE_VIETNAMESE_MARK.test(word) ? `${word} ` : word))
    .replace(RE_ACRONYM_GLUE, (match, acronym: string, word: string) =>
      isSyllable(word) && RE_VIETNAMESE_MARK.test(word) ? `${acronym} ${word}` : match,
    )
    .replace(RE_WORD, (word) => splitGlued(word) ?? word)
  if (repairedTokens.size >= MAX_CACHED_TOKENS) repairedTokens.clear()
  repairedTokens.set(token, repaired)
  return repaired
}

const RE_OTHER_WHITESPACE = /[^\S ]/

/** Inserts the missing spaces in one line of text. */
export function repairGluedWords(line: string): string {
  // Normalised lines separate words by plain spaces only: splitting on ' ' finds the same tokens as the regex
  // (empty strings between double spaces come back unchanged) at a fraction of the cost of a callback replace.
  if (RE_OTHER_WHITESPACE.test(line)) return line.replace(RE_TOKEN, repairToken)
  const tokens = line.split(' ')
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? ''
    if (token !== '') tokens[i] = repairToken(token)
  }
  return tokens.join(' ')
}
