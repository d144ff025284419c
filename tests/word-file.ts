import { strToU8, zipSync } from 'fflate'

// Word files and zips built for tests and the benchmark.

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELATIONSHIPS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A minimal .docx (the three parts a DOCX reader needs) around the given `word/document.xml`. */
export function wordFileWith(documentXml: string | Uint8Array, level: 0 | 6 | 9 = 6): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(RELATIONSHIPS),
      'word/document.xml': typeof documentXml === 'string' ? strToU8(documentXml) : documentXml,
    },
    { level },
  )
}

/** `text` as a minimal .docx, one Word paragraph per line, its parts stored (level 0) or deflated. */
export function wordFileOf(text: string, level: 0 | 6 = 6): Uint8Array {
  const paragraphs = text
    .split('\n')
    .map((line) => `<w:p><w:r><w:t>${escapeXml(line)}</w:t></w:r></w:p>`)
    .join('')
  return wordFileWith(
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
    level,
  )
}

/**
 * A copy of a zip with every size its headers declare (central directory and local headers) rewritten to
 * `claimed`: a lying archive, which only inflating can see through.
 */
export function claimZipSizes(zip: Uint8Array, claimed: number): Uint8Array {
  const bytes = zip.slice()
  const view = new DataView(bytes.buffer)
  let end = bytes.length - 22
  while (view.getUint32(end, true) !== 0x06054b50) end--
  let at = view.getUint32(end + 16, true)
  for (let entry = 0; entry < view.getUint16(end + 10, true); entry++) {
    view.setUint32(at + 24, claimed, true)
    view.setUint32(view.getUint32(at + 42, true) + 22, claimed, true)
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return bytes
}
