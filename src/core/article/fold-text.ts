/**
 * Matching folds. Vietnamese writes the tone of open `oa`, `oe`, `uy` syllables on either vowel ('hòa' and
 * 'hoà', 'Ủy' and 'Uỷ'); news mostly uses the first. Folding moves the tone to the first vowel so one keyword
 * matches both spellings. Every fold here keeps the string length, so offsets found in folded text are valid
 * in the original, which is what we keep for display.
 */

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'])
// Second vowel with a tone after 'o'/'u'. Every character here is in the BMP, so the pattern needs no `u` flag
// and V8 scans it quickly; whether the syllable is open ('hoà', not 'hoàng') is checked on the next character.
const RE_LATE_TONE = /([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])/g
const RE_LETTER_OR_MARK = /^[\p{L}\p{M}]/u
const RE_SPACE_TO_SQUEEZE = /\s\s|[^\S ]/

function moveTone(match: string, first: string, second: string, offset: number, whole: string): string {
  const following = whole.codePointAt(offset + match.length)
  if (following !== undefined && RE_LETTER_OR_MARK.test(String.fromCodePoint(following))) return match
  const lowerFirst = first.toLowerCase()
  const parts = second.normalize('NFD')
  const base = parts[0] ?? ''
  const tone = parts.slice(1)
  if (tone.length !== 1 || !TONE_MARKS.has(tone)) return match
  const lowerBase = base.toLowerCase()
  if (lowerFirst === 'o' && lowerBase !== 'a' && lowerBase !== 'e') return match
  if (lowerFirst === 'u' && lowerBase !== 'y') return match
  // 'quý', 'quà': after q the u is part of the consonant and the tone is already on the nucleus.
  const before = whole[offset - 1]
  if (before === 'q' || before === 'Q') return match
  return (first + tone).normalize('NFC') + base
}

/** Moves tone marks of open `oa/oe/uy` syllables to the first vowel ('hoà' → 'hòa'); same length. */
export function foldToneMarks(text: string): string {
  return text.replace(RE_LATE_TONE, moveTone)
}

/** The key used to compare two pieces of text: tone placement folded, lower case, single spaces. */
export function toMatchKey(text: string): string {
  const key = foldToneMarks(text.normalize('NFC')).toLowerCase()
  // Most keys are already single-spaced; the whitespace regex is the costliest step, so skip it when it is a no-op.
  return (RE_SPACE_TO_SQUEEZE.test(key) ? key.replace(/\s+/g, ' ') : key).trim()
}
