/** What a PDF's document information dictionary should say. */
export interface PdfInfo {
  readonly title: string
  readonly author: string
  /** The headings the bookmarks come from (deck and slide titles), to mend the bookmarks Chromium wrote. */
  readonly bookmarkTitles?: readonly string[]
}

// Chromium writes each bookmark as a plain object: <</Title <FEFF…> /Dest … /Parent …>>.
const RE_OUTLINE_ITEM = /(\d+) 0 obj\s*<<\/Title <FEFF([0-9A-F]*)>([^]*?)>>\s*endobj/g

const withoutSpaces = (text: string) => text.replace(/\s+/g, '')

/**
 * Bookmarks whose title lost a space: Chromium joins the lines of a wrapped heading without one ("trực
 * tuyếnvới"). Each such item is written again with the heading's own text; nothing else is changed.
 */
function mendedBookmarks(pdf: Uint8Array, headings: readonly string[]): { number: number; body: string }[] {
  const byLetters = new Map(headings.map((heading) => [withoutSpaces(heading), heading.replace(/\s+/g, ' ')]))
  const text = Buffer.from(pdf).toString('latin1')
  const mended: { number: number; body: string }[] = []
  for (const match of text.matchAll(RE_OUTLINE_ITEM)) {
    const [, number = '', hex = '', rest = ''] = match
    if (!rest.includes('/Parent') || hex.length % 4 !== 0) continue
    const written = Buffer.from(hex, 'hex').swap16().toString('utf16le')
    const heading = byLetters.get(withoutSpaces(written))
    if (heading === undefined || heading === written) continue
    mended.push({ number: Number(number), body: `<</Title ${pdfTextString(heading)}${rest}>>` })
  }
  // Ascending, as cross-reference sections are usually read.
  return mended.sort((a, b) => a.number - b.number)
}

const RE_STARTXREF = /startxref\s+(\d+)\s+%%EOF\s*$/
const RE_TRAILER = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+\d+\s+%%EOF\s*$/
const RE_ROOT = /\/Root\s+(\d+\s+\d+\s+R)/
const RE_SIZE = /\/Size\s+(\d+)/
const RE_ID = /\/ID\s*(\[[^\]]*\])/

/** A PDF text string in UTF-16BE hex: safe for any Vietnamese text, no escaping rules to get wrong. */
function pdfTextString(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

function pdfDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `(D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z)`
}

/**
 * Sets the title and author of a PDF Chromium printed, and mends its bookmarks. Chromium takes the title from
 * <title> but has no author (it ignores <meta name="author">), so we append an incremental update: a new
 * information dictionary, any mended bookmark, and a trailer pointing back at the original cross-reference
 * table. The printed bytes stay untouched. A PDF whose end we do not recognise (a cross-reference stream) is
 * returned as it was.
 */
export function setPdfInfo(pdf: Uint8Array, info: PdfInfo, now = new Date()): Uint8Array {
  // The trailer is plain ASCII near the end; latin1 maps bytes to chars one to one.
  const tail = Buffer.from(pdf.subarray(Math.max(0, pdf.length - 2048))).toString('latin1')
  const trailer = RE_TRAILER.exec(tail)?.[1]
  const previous = RE_STARTXREF.exec(tail)?.[1]
  const root = trailer ? RE_ROOT.exec(trailer)?.[1] : undefined
  const size = trailer ? Number(RE_SIZE.exec(trailer)?.[1]) : NaN
  if (!previous || !root || !Number.isInteger(size)) return pdf
  const id = trailer ? RE_ID.exec(trailer)?.[1] : undefined
  const objects = [
    ...mendedBookmarks(pdf, info.bookmarkTitles ?? []),
    {
      number: size,
      body: `<</Title ${pdfTextString(info.title)}\n/Author ${pdfTextString(info.author)}\n/Creator (Briefdeck)\n/Producer (Briefdeck, Chromium)\n/CreationDate ${pdfDate(now)}>>`,
    },
  ]
  let update = pdf[pdf.length - 1] === 0x0a ? '' : '\n'
  const offsets: string[] = []
  for (const object of objects) {
    const offset = pdf.length + Buffer.byteLength(update, 'latin1')
    offsets.push(`${object.number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`)
    update += `${object.number} 0 obj\n${object.body}\nendobj\n`
  }
  const xrefOffset = pdf.length + Buffer.byteLength(update, 'latin1')
  update +=
    `xref\n${offsets.join('')}` +
    `trailer\n<</Size ${size + 1}\n/Root ${root}\n/Info ${size} 0 R\n${id ? `/ID ${id}\n` : ''}/Prev ${previous}>>\nstartxref\n${xrefOffset}\n%%EOF\n`
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')])
}
