/**
 * The shape of a Vietnamese syllable (initial consonant, one to three vowels, final consonant), used to repair
 * glued words and to judge which decoding of legacy bytes reads as Vietnamese.
 */

const VOWELS = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ'
const RE_SYLLABLE = new RegExp(
  `^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[${VOWELS}]{1,3}(ch|ng|nh|[cmnpt])?$`,
  'u',
)
// 'ngh', 'gh' and 'k' only come before front vowels; 'ươ', 'uô', 'iê', 'yê' never end an open syllable.
const RE_FRONT_ONLY_INITIAL = /^(ngh|gh|k)(?![eèéẻẽẹêềếểễệiìíỉĩịyỳýỷỹỵ])/u
const RE_OPEN_DIPHTHONG_END = /(ư[ơờớởỡợ]|u[ôồốổỗộ]|[iy][êềếểễệ])$/u

export const VIETNAMESE_VOWELS = VOWELS
export const RE_VIETNAMESE_MARK = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/u

/** True when a lower-case word is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  return RE_SYLLABLE.test(word) && !RE_FRONT_ONLY_INITIAL.test(word) && !RE_OPEN_DIPHTHONG_END.test(word)
}

/**
 * How Vietnamese a text reads, 0…1: the share of its words that carry Vietnamese letters or diacritics and
 * are well-formed syllables, among the words that carry any non-ASCII letter.
 */
export function scoreVietnamese(text: string): number {
  let marked = 0
  let good = 0
  for (const word of text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)) {
    if (word.length < 2 || /^[a-z]+$/.test(word)) continue
    marked++
    if (RE_VIETNAMESE_MARK.test(word) && isVietnameseSyllable(word)) good++
  }
  return marked === 0 ? 0 : good / marked
}
