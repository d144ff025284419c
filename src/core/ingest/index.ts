import { fail, ok, type Result } from '../errors'
import { measureUnpackedZip } from './zip-sizes'
import { normalizeText } from '../article/normalize-text'
import { decodeText } from './decode-text'
import { extractDocxText, isDocxZip, type DocxToHtml } from './extract-docx'
import { extractHtmlText, looksLikeHtml } from './extract-html'
import { sniffBytes } from './sniff-bytes'

/**
 * Ingest: bytes of a dropped or opened file (or pasted text) → NFC text with one paragraph per line, or an
 * error value with a stable code. Never throws.
 */

export interface IngestedText {
  /** NFC, LF line breaks, one paragraph per line (captions end in ' |'). */
  readonly text: string
  readonly format: 'text' | 'html' | 'docx'
  /** The character encoding the bytes were read in ('utf-8', 'utf-16le', 'windows-1258', 'tcvn3', …). */
  readonly encoding: string
}

export interface IngestOptions {
  /** Replaces mammoth for DOCX conversion (a host that cannot run it, or tests). */
  readonly convertDocx?: DocxToHtml
}

/** Files over this size are refused before any decoding. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024
const RE_HTML_NAME = /\.(?:html?|xhtml)$/i
const RE_DOCX_NAME = /\.docx$/i

/**
 * What a Word file may unpack to. Its XML is several times the size of its text, so this allows articles far
 * longer than any news report while refusing archives built to exhaust memory.
 */
const MAX_DOCX_UNPACKED_BYTES = 4 * MAX_INPUT_BYTES

function finish(text: string, format: IngestedText['format'], encoding: string): Result<IngestedText> {
  // Extracted text is held to the same limit as a text file (a .docx or .html can expand a lot).
  if (text.length > MAX_INPUT_BYTES) return fail('input/too-large', `${text.length} characters`)
  const normalized = normalizeText(text)
  if (normalized === '') return fail('input/empty')
  return ok({ text: normalized, format, encoding })
}

/** Pasted text: HTML when it looks like markup, plain text otherwise. */
export function ingestText(text: string): Result<IngestedText> {
  try {
    if (typeof text !== 'string' || text.trim() === '') return fail('input/empty')
    if (text.length > MAX_INPUT_BYTES) return fail('input/too-large')
    if (looksLikeHtml(text)) return finish(extractHtmlText(text), 'html', 'utf-16')
    return finish(text, 'text', 'utf-16')
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error))
  }
}

/** A file's bytes: size and type checks, decoding, then HTML/DOCX extraction where the file is one. */
export async function ingestFile(
  file: { readonly name: string; readonly bytes: Uint8Array },
  options: IngestOptions = {},
): Promise<Result<IngestedText>> {
  try {
    const { name, bytes } = file
    if (!(bytes instanceof Uint8Array)) return fail('input/unreadable')
    if (bytes.length > MAX_INPUT_BYTES) return fail('input/too-large', `${bytes.length} bytes`)
    if (bytes.length === 0) return fail('input/empty')
    const kind = sniffBytes(bytes)
    if (RE_DOCX_NAME.test(name) || kind === 'zip') {
      if (kind !== 'zip' || !isDocxZip(bytes))
        return fail(RE_DOCX_NAME.test(name) ? 'input/not-docx' : 'input/binary')
      const unpacked = measureUnpackedZip(bytes, MAX_DOCX_UNPACKED_BYTES)
      if (unpacked.status === 'unreadable') return fail('input/not-docx', 'unreadable zip')
      if (unpacked.status === 'too-large') return fail('input/too-large', `${unpacked.bytes} bytes unpacked`)
      try {
        return finish(await extractDocxText(bytes, options.convertDocx), 'docx', 'docx')
      } catch (error) {
        return fail('input/not-docx', error instanceof Error ? error.message : String(error))
      }
    }
    if (kind === 'binary') return fail('input/binary')
    const decoded = decodeText(bytes)
    if (decoded === null) return fail('input/undecodable')
    if (RE_HTML_NAME.test(name) || looksLikeHtml(decoded.text)) {
      return finish(extractHtmlText(decoded.text), 'html', decoded.encoding)
    }
    return finish(decoded.text, 'text', decoded.encoding)
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error))
  }
}
