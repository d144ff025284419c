/**
 * Matching folds. Vietnamese writes the tone of open `oa`, `oe`, `uy` syllables on either vowel ('hòa' and
 * 'hoà', 'Ủy' and 'Uỷ'); news mostly uses the first. Folding moves the tone to the first vowel so one keyword
 * matches both spellings. Every fold here keeps the string length, so offsets found in folded text are valid
 * in the original, which is what we keep for display.
 */

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'])
// Second vowel with a tone, not followed by another letter (an open syllable: 'hoà', not 'hoàng').
const RE_LATE_TONE = /([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}\p{M}])/gu

function moveTone(match: string, first: string, second: string, offset: number, whole: string): string {
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
  return foldToneMarks(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim()
}
