/**
 * TextDecoder is a WHATWG global in Node, browsers and Electron, but core compiles with `lib: ES2023` and no
 * DOM or Node typings (so core cannot lean on either host). This module is the one place that reaches it,
 * typed locally with just what we use.
 */

interface TextDecoderLike {
  decode(input: Uint8Array): string
}

type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike

function getTextDecoder(): TextDecoderConstructor | null {
  const candidate = (globalThis as { TextDecoder?: unknown }).TextDecoder
  return typeof candidate === 'function' ? (candidate as TextDecoderConstructor) : null
}

/**
 * Decodes bytes with a WHATWG encoding label. `fatal` makes malformed input return null instead of U+FFFD;
 * an unknown label or a host without TextDecoder also gives null.
 */
export function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  const Decoder = getTextDecoder()
  if (Decoder === null) return null
  try {
    return new Decoder(label, { fatal, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}
