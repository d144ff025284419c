import { scoreVietnamese } from '../article/vietnamese-syllable'
import { decodeWith } from './text-decoder'
import type { DecodedText } from './decode-text'

/**
 * The legacy Vietnamese 8-bit encodings still found in old documents, converted to Unicode:
 *  - TCVN3 (TCVN 5712:1993, VN3 'ABC'): one byte per precomposed lower-case letter in 0xA1–0xFE; capitals
 *    came from separate fonts that reused the lower-case codes, so only Ă Â Ê Ô Ơ Ư Đ have their own bytes.
 *  - VNI-Windows: an ASCII base letter followed by one or two diacritic bytes (tone, circumflex, breve,
 *    horn), plus single bytes for đ/Đ and the toned i.
 *  - Windows-1258: Microsoft's code page, decoded by the platform's TextDecoder (tones as combining marks).
 * Which one a file uses is not declared anywhere, so each reading is scored for how Vietnamese it looks.
 */

// TCVN3 byte → letter, by row of the standard's table: base letters, then each vowel with its five tones
// in the order huyền, hỏi, ngã, sắc, nặng.
const TCVN3_ROWS: ReadonlyArray<readonly [number[], string]> = [
  [[0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7], 'ĂÂÊÔƠƯĐ'],
  [[0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae], 'ăâêôơưđ'],
  [[0xb5, 0xb6, 0xb7, 0xb8, 0xb9], 'àảãáạ'],
  [[0xbb, 0xbc, 0xbd, 0xbe, 0xc6], 'ằẳẵắặ'],
  [[0xc7, 0xc8, 0xc9, 0xca, 0xcb], 'ầẩẫấậ'],
  [[0xcc, 0xce, 0xcf, 0xd0, 0xd1], 'èẻẽéẹ'],
  [[0xd2, 0xd3, 0xd4, 0xd5, 0xd6], 'ềểễếệ'],
  [[0xd7, 0xd8, 0xdc, 0xdd, 0xde], 'ìỉĩíị'],
  [[0xdf, 0xe1, 0xe2, 0xe3, 0xe4], 'òỏõóọ'],
  [[0xe5, 0xe6, 0xe7, 0xe8, 0xe9], 'ồổỗốộ'],
  [[0xea, 0xeb, 0xec, 0xed, 0xee], 'ờởỡớợ'],
  [[0xef, 0xf1, 0xf2, 0xf3, 0xf4], 'ùủũúụ'],
  [[0xf5, 0xf6, 0xf7, 0xf8, 0xf9], 'ừửữứự'],
  [[0xfa, 0xfb, 0xfc, 0xfd, 0xfe], 'ỳỷỹýỵ'],
]

const TCVN3_TABLE: ReadonlyMap<number, string> = new Map(
  TCVN3_ROWS.flatMap(([codes, letters]) =>
    codes.map((code, i): [number, string] => [code, [...letters][i] ?? '']),
  ),
)

/** TCVN3 bytes (or a string of code points ≤ 0xFF standing for them) → Unicode. */
export function decodeTcvn3(codes: ArrayLike<number>): string {
  let text = ''
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0
    text += TCVN3_TABLE.get(code) ?? String.fromCharCode(code)
  }
  return text
}

/** The letter → bytes direction, for tests and round trips (lower case and the seven capitals only). */
export function encodeTcvn3(text: string): Uint8Array {
  const reverse = new Map<string, number>()
  for (const [code, letter] of TCVN3_TABLE) reverse.set(letter, code)
  const bytes: number[] = []
  for (const char of text.normalize('NFC')) {
    const code = reverse.get(char) ?? reverse.get(char.toLowerCase()) ?? char.charCodeAt(0)
    bytes.push(code > 0xff ? 0x3f : code)
  }
  return Uint8Array.from(bytes)
}

// VNI-Windows diacritic bytes, written as the Latin-1 characters they show as. Lower- and upper-case
// variants (0xE0–0xFF and 0xC0–0xDF) carry the same diacritic for lower- and upper-case base letters.
const VNI_MARKS: Readonly<Record<string, string>> = {
  ø: '\u0300', // huyền
  ù: '\u0301', // sắc
  û: '\u0309', // hỏi
  õ: '\u0303', // ngã
  ï: '\u0323', // nặng
  â: '\u0302', // circumflex
  á: '\u0302\u0301',
  à: '\u0302\u0300',
  å: '\u0302\u0309',
  ã: '\u0302\u0303',
  ä: '\u0302\u0323',
  ê: '\u0306', // breve (ă)
  é: '\u0306\u0301',
  è: '\u0306\u0300',
  ú: '\u0306\u0309',
  ü: '\u0306\u0303',
  ë: '\u0306\u0323',
  ô: '\u031b', // horn (ơ)
  ö: '\u031b', // horn (ư)
}
// Marks that only follow 'a' (breve) and only follow o/u (horn).
const BREVE_MARKS = new Set(['ê', 'é', 'è', 'ú', 'ü', 'ë'])
const VNI_SINGLE: Readonly<Record<string, string>> = {
  ñ: 'đ',
  Ñ: 'Đ',
  ì: 'ì',
  í: 'í',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  Ì: 'Ì',
  Í: 'Í',
  Æ: 'Ỉ',
  Ó: 'Ĩ',
  Ò: 'Ị',
}
const RE_VNI_SYLLABLE_MARKS = /([aeiouyAEIOUY])([øùûõïâáàåãäêéèúüëôöØÙÛÕÏÂÁÀÅÃÄÊÉÈÚÜËÔÖ]{1,2})/g
const RE_VNI_SINGLE = /[ñÑìíæóòÌÍÆÓÒ]/g

function composeVni(match: string, base: string, marks: string): string {
  let combining = ''
  const lowerBase = base.toLowerCase()
  for (const mark of marks) {
    const lower = mark.toLowerCase()
    const value = VNI_MARKS[lower]
    if (value === undefined) return match
    if (BREVE_MARKS.has(lower) && lowerBase !== 'a') return match
    if ((lower === 'ô' && lowerBase !== 'o') || (lower === 'ö' && lowerBase !== 'u')) return match
    if (lower === 'â' || 'áàåãä'.includes(lower)) {
      if (!'aeo'.includes(lowerBase)) return match
    }
    combining += value
  }
  // Circumflex/breve/horn first, then the tone: canonical order for NFC.
  return (base + combining).normalize('NFC')
}

/** VNI-Windows bytes (or a string of code points ≤ 0xFF standing for them) → Unicode. */
export function decodeVni(codes: ArrayLike<number>): string {
  let latin = ''
  for (let i = 0; i < codes.length; i++) latin += String.fromCharCode(codes[i] ?? 0)
  return latin
    .replace(RE_VNI_SYLLABLE_MARKS, composeVni)
    .replace(RE_VNI_SINGLE, (char) => VNI_SINGLE[char] ?? char)
    .normalize('NFC')
}

const STRUCTURAL_MARKS = new Set(['\u0302', '\u0306', '\u031b'])

/** Unicode → VNI-Windows bytes, for tests and round trips. */
export function encodeVni(text: string): Uint8Array {
  const markToByte = new Map<string, string>()
  for (const [char, marks] of Object.entries(VNI_MARKS))
    if (!markToByte.has(marks)) markToByte.set(marks, char)
  const singles = new Map(Object.entries(VNI_SINGLE).map(([char, letter]) => [letter, char]))
  let latin = ''
  for (const char of text.normalize('NFC')) {
    const single = singles.get(char)
    if (single !== undefined) {
      latin += single
      continue
    }
    const parts = char.normalize('NFD')
    const base = parts[0] ?? ''
    // NFD puts the dot below before the circumflex; VNI writes the vowel's own mark before the tone.
    let marks = [...parts.slice(1)]
      .sort((a, b) => Number(!STRUCTURAL_MARKS.has(a)) - Number(!STRUCTURAL_MARKS.has(b)))
      .join('')
    if (marks === '') {
      latin += char
      continue
    }
    let encoded = ''
    if (marks.startsWith('\u031b')) {
      encoded += base.toLowerCase() === 'u' ? 'ö' : 'ô'
      marks = marks.slice(1)
    } else if (marks.startsWith('\u0306') || marks.startsWith('\u0302')) {
      const key = marks.slice(0, 2)
      const both = markToByte.get(key)
      if (both !== undefined && key.length === 2) {
        encoded += both
        marks = marks.slice(2)
      } else {
        encoded += markToByte.get(marks.slice(0, 1)) ?? ''
        marks = marks.slice(1)
      }
    }
    if (marks !== '') encoded += markToByte.get(marks) ?? ''
    const upper = base !== base.toLowerCase()
    latin += base + (upper ? encoded.toUpperCase() : encoded)
  }
  return Uint8Array.from([...latin].map((char) => Math.min(char.charCodeAt(0), 0xff)))
}

const MIN_SCORE = 0.5
const ASCII_SHARE = 0.95
const MIN_LEGACY_ASCII_SHARE = 0.5

function asciiShare(bytes: Uint8Array): number {
  let ascii = 0
  for (const byte of bytes) if (byte < 0x80) ascii++
  return bytes.length === 0 ? 1 : ascii / bytes.length
}

/** Non-UTF-8 bytes: the best-scoring legacy reading, or null when none reads as text. */
export function decodeLegacyBytes(bytes: Uint8Array): DecodedText | null {
  // Vietnamese in any 8-bit encoding is mostly ASCII (consonants, spaces, digits); random bytes are not.
  if (asciiShare(bytes) < MIN_LEGACY_ASCII_SHARE) return null
  const candidates: DecodedText[] = []
  const cp1258 = decodeWith('windows-1258', bytes, false)
  if (cp1258 !== null) candidates.push({ text: cp1258.normalize('NFC'), encoding: 'windows-1258' })
  candidates.push({ text: decodeTcvn3(bytes), encoding: 'tcvn3' })
  candidates.push({ text: decodeVni(bytes), encoding: 'vni-windows' })
  let best: DecodedText | null = null
  let bestScore = -1
  for (const candidate of candidates) {
    const score = scoreVietnamese(candidate.text)
    if (score > bestScore) {
      best = candidate
      bestScore = score
    }
  }
  if (best !== null && bestScore >= MIN_SCORE) return best
  // Mostly ASCII with a few Western accents: plain Windows-1252 text, readable as it is.
  if (asciiShare(bytes) >= ASCII_SHARE) {
    const western = decodeWith('windows-1252', bytes, false)
    if (western !== null) return { text: western, encoding: 'windows-1252' }
  }
  return null
}

const RE_LATIN1_LETTERS = /[\u00a0-\u00ff]/g
const RE_UNICODE_VIETNAMESE = /[ĂăĐđƠơƯư\u1ea0-\u1ef9]/g

/**
 * Text that was typed in TCVN3 or VNI and later saved as UTF-8 through a Latin-1 editor ('ViÖt Nam',
 * 'Vieät Nam'): converted when a legacy reading is clearly more Vietnamese. Null when nothing to repair.
 */
export function repairLegacyText(text: string): DecodedText | null {
  const latin = text.match(RE_LATIN1_LETTERS)?.length ?? 0
  if (latin < 3) return null
  const unicode = text.match(RE_UNICODE_VIETNAMESE)?.length ?? 0
  if (unicode > latin / 4) return null
  const codes = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))
  const current = scoreVietnamese(text)
  let best: DecodedText | null = null
  let bestScore = -1
  for (const [encoding, decode] of [
    ['tcvn3', decodeTcvn3],
    ['vni-windows', decodeVni],
  ] as const) {
    const converted = decode(codes)
    const score = scoreVietnamese(converted)
    if (score > bestScore) {
      best = { text: converted, encoding: `${encoding} (in utf-8)` }
      bestScore = score
    }
  }
  // Only a clearly better reading replaces what the file says.
  return bestScore >= MIN_SCORE && bestScore > current + 0.2 ? best : null
}
