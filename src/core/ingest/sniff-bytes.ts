/**
 * Looks at the first bytes of a file to tell what it is before anyone tries to read it as text.
 */

export type ByteKind = 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom' | 'zip' | 'binary' | 'unknown'

const SIGNATURES: ReadonlyArray<readonly [ByteKind, readonly number[]]> = [
  ['utf8-bom', [0xef, 0xbb, 0xbf]],
  ['utf16le-bom', [0xff, 0xfe]],
  ['utf16be-bom', [0xfe, 0xff]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['binary', [0x89, 0x50, 0x4e, 0x47]], // PNG
  ['binary', [0xff, 0xd8, 0xff]], // JPEG
  ['binary', [0x47, 0x49, 0x46, 0x38]], // GIF
  ['binary', [0x25, 0x50, 0x44, 0x46]], // PDF
  ['binary', [0x7f, 0x45, 0x4c, 0x46]], // ELF
  ['binary', [0x4d, 0x5a]], // Windows executable
  ['binary', [0xd0, 0xcf, 0x11, 0xe0]], // OLE (.doc, .xls)
  ['binary', [0x1f, 0x8b]], // gzip
  ['binary', [0x52, 0x61, 0x72, 0x21]], // RAR
  ['binary', [0x37, 0x7a, 0xbc, 0xaf]], // 7z
  ['binary', [0x00, 0x00, 0x01, 0x00]], // ICO
  ['binary', [0xca, 0xfe, 0xba, 0xbe]], // Mach-O / class
  ['binary', [0xcf, 0xfa, 0xed, 0xfe]], // Mach-O 64
  ['binary', [0x00, 0x61, 0x73, 0x6d]], // WebAssembly
]

const SAMPLE_BYTES = 4096
const MAX_CONTROL_SHARE = 0.1

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((value, index) => bytes[index] === value)
}

/** Control bytes other than tab/CR/LF/FF/ESC are rare in text in every encoding we read (not UTF-16). */
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE_BYTES)
  if (length === 0) return false
  let zeros = 0
  let controls = 0
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] ?? 0
    if (byte === 0) zeros++
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b)
      controls++
  }
  // Many NULs without a BOM may still be BOM-less UTF-16; the decoder decides that case.
  return (
    (zeros === 0 && controls / length > MAX_CONTROL_SHARE) ||
    (zeros > 0 && looksLikeUtf16(bytes, length) === null)
  )
}

/** BOM-less UTF-16: NULs in every other byte position, in one parity only. */
export function looksLikeUtf16(
  bytes: Uint8Array,
  length = Math.min(bytes.length, SAMPLE_BYTES),
): 'le' | 'be' | null {
  let even = 0
  let odd = 0
  for (let i = 0; i < length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++
      else odd++
    }
  }
  const pairs = Math.floor(length / 2)
  if (pairs === 0) return null
  if (odd / pairs > 0.3 && even / pairs < 0.05) return 'le'
  if (even / pairs > 0.3 && odd / pairs < 0.05) return 'be'
  return null
}

/** What the bytes look like from their signature and content. */
export function sniffBytes(bytes: Uint8Array): ByteKind {
  for (const [kind, signature] of SIGNATURES) if (startsWith(bytes, signature)) return kind
  return looksBinary(bytes) ? 'binary' : 'unknown'
}
