/** The prefix names the algorithm, so a later format can change it without guessing. */
const HASH_PREFIX = 'fnv1a64:'
export const RE_TEXT_HASH = /^fnv1a64:[0-9a-f]{16}$/

/**
 * FNV-1a 64 over the text's UTF-8 bytes, as `fnv1a64:` plus 16 hex digits. It tells whether an article's text
 * changed since the deck was built; it is not a security hash. The 64-bit state is kept in four 16-bit limbs
 * because BigInt arithmetic per byte is an order of magnitude slower on long articles.
 */
export function hashText(text: string): string {
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  const update = (byte: number): void => {
    h0 ^= byte
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3: 0x1b3 on every limb, plus the state shifted by 40.
    const t0 = h0 * 0x1b3
    const t1 = h1 * 0x1b3 + (t0 >>> 16)
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16)
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16)
    h0 = t0 & 0xffff
    h1 = t1 & 0xffff
    h2 = t2 & 0xffff
    h3 = t3 & 0xffff
  }
  forEachUtf8Byte(text, update)
  return HASH_PREFIX + [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('')
}

/** UTF-8 without TextEncoder (core has no DOM or Node types); a lone surrogate counts as U+FFFD, as there. */
function forEachUtf8Byte(text: string, visit: (byte: number) => void): void {
  for (const character of text) {
    let code = character.codePointAt(0) ?? 0xfffd
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd
    if (code < 0x80) {
      visit(code)
    } else if (code < 0x800) {
      visit(0xc0 | (code >> 6))
      visit(0x80 | (code & 0x3f))
    } else if (code < 0x10000) {
      visit(0xe0 | (code >> 12))
      visit(0x80 | ((code >> 6) & 0x3f))
      visit(0x80 | (code & 0x3f))
    } else {
      visit(0xf0 | (code >> 18))
      visit(0x80 | ((code >> 12) & 0x3f))
      visit(0x80 | ((code >> 6) & 0x3f))
      visit(0x80 | (code & 0x3f))
    }
  }
}
