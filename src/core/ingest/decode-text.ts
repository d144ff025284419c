import { decodeWith } from './text-decoder'
import { looksLikeUtf16, sniffBytes } from './sniff-bytes'
import { decodeLegacyBytes, repairLegacyText } from './legacy-encodings'

/**
 * Bytes of a text file → a string. UTF-8 (with or without BOM) and UTF-16 (BOM, or BOM-less when the NUL
 * pattern is unmistakable) decode directly; bytes that are not UTF-8 are tried as the legacy Vietnamese
 * encodings (Windows-1258, TCVN3, VNI-Windows) and the reading that gives the most Vietnamese wins.
 */

export interface DecodedText {
  readonly text: string
  readonly encoding: string
}

/**
 * UTF-8 that is valid but for an incomplete last character, as a broken download or a full disk leaves it:
 * read without that character rather than mistaken for a legacy encoding.
 */
function decodeCutUtf8(bytes: Uint8Array): string | null {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back] ?? 0
    if (byte < 0x80) return null
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2
      // Only a lead byte whose sequence runs past the end makes the cut; anything else is not UTF-8.
      return length > back ? decodeWith('utf-8', bytes.subarray(0, bytes.length - back), true) : null
    }
  }
  return null
}

/** Decodes text bytes; null when no encoding gives readable text. */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const kind = sniffBytes(bytes)
  if (kind === 'utf8-bom') {
    const text = decodeWith('utf-8', bytes.subarray(3), true)
    return text === null ? null : { text, encoding: 'utf-8' }
  }
  if (kind === 'utf16le-bom' || kind === 'utf16be-bom') {
    const label = kind === 'utf16le-bom' ? 'utf-16le' : 'utf-16be'
    const text = decodeWith(label, bytes.subarray(2), true)
    return text === null ? null : { text, encoding: label }
  }
  const utf16 = bytes.includes(0) ? looksLikeUtf16(bytes) : null
  if (utf16 !== null) {
    const label = utf16 === 'le' ? 'utf-16le' : 'utf-16be'
    const text = decodeWith(label, bytes, true)
    return text === null ? null : { text, encoding: label }
  }
  const utf8 = decodeWith('utf-8', bytes, true) ?? decodeCutUtf8(bytes)
  if (utf8 !== null) {
    // Legacy text that went through a Latin-1 editor arrives as valid UTF-8 ('ViÖt Nam', 'Vieät Nam').
    const repaired = repairLegacyText(utf8)
    return repaired ?? { text: utf8, encoding: 'utf-8' }
  }
  return decodeLegacyBytes(bytes)
}
