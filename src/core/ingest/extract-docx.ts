import mammoth from 'mammoth'
import { collectLines } from './html-to-lines'
import type { MiniDocument } from './mini-dom'
import { parseHTML } from 'linkedom'

/**
 * DOCX → text, one paragraph per line, through mammoth's HTML output (headings and captions keep their
 * block structure; images are dropped). mammoth opens the zip from bytes with JSZip: the Node build reads the
 * `buffer` field and the browser build (picked by bundlers through its `browser` map) the `arrayBuffer`
 * field, so both are passed and no Node built-in is needed.
 */

// A .docx is a zip whose central directory names 'word/document.xml'.
const DOCX_MARKER = 'word/document.xml'

/** True when zip bytes name the main part of a Word document. */
export function isDocxZip(bytes: Uint8Array): boolean {
  const marker = Array.from(DOCX_MARKER, (char) => char.charCodeAt(0))
  const first = marker[0]
  outer: for (let i = 0; i + marker.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue
    for (let j = 1; j < marker.length; j++) if (bytes[i + j] !== marker[j]) continue outer
    return true
  }
  return false
}

/** A function that turns DOCX bytes into HTML; injectable where mammoth cannot run. */
export type DocxToHtml = (bytes: Uint8Array) => Promise<string>

/** The default converter: mammoth, images left out. */
export const convertDocxWithMammoth: DocxToHtml = async (bytes) => {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0]
  const result = await mammoth.convertToHtml(input, {
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
  })
  return result.value
}

/** DOCX bytes → text with one paragraph per line. Throws when the converter fails (caller maps the error). */
export async function extractDocxText(
  bytes: Uint8Array,
  convert: DocxToHtml = convertDocxWithMammoth,
): Promise<string> {
  const html = await convert(bytes)
  const page = (
    parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
      document: MiniDocument
    }
  ).document
  return page.body === null ? '' : collectLines(page.body).join('\n')
}
