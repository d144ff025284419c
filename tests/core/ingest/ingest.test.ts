import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { ingestFile, ingestText, MAX_INPUT_BYTES } from '../../../src/core/ingest/index'
import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni } from '../../../src/core/ingest/legacy-encodings'

// Sentences written for these tests, encoded here into each format.
const SENTENCE =
  'Sáng 3-4, Chủ tịch UBND tỉnh Trần Văn An chủ trì cuộc họp về chuyển đổi số. Ông yêu cầu Sở Nội vụ rà soát thủ tục hành chính, tăng tỷ lệ hồ sơ trực tuyến lên 35%.'

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (littleEndian) bytes.push(code & 0xff, code >> 8)
    else bytes.push(code >> 8, code & 0xff)
  }
  return Uint8Array.from(bytes)
}

/** Windows-1258 bytes for text, using the platform decoder's own table in reverse. */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258')
  const reverse = new Map<string, number>()
  for (let byte = 0; byte < 256; byte++) reverse.set(decoder.decode(Uint8Array.of(byte)), byte)
  const bytes: number[] = []
  for (const char of text.normalize('NFC')) {
    const direct = reverse.get(char)
    if (direct !== undefined) {
      bytes.push(direct)
      continue
    }
    // Letters without their own byte: a base with circumflex/breve/horn, then a combining tone byte.
    const parts = char.normalize('NFD')
    const tone = [...parts].find((mark) => '\u0300\u0301\u0303\u0309\u0323'.includes(mark)) ?? ''
    const base = [...parts]
      .filter((mark) => mark !== tone)
      .join('')
      .normalize('NFC')
    bytes.push(reverse.get(base) ?? 0x3f, reverse.get(tone) ?? 0x3f)
  }
  return Uint8Array.from(bytes)
}

async function read(name: string, bytes: Uint8Array) {
  return ingestFile({ name, bytes })
}

describe('ingest: text encodings', () => {
  it.each([
    ['utf-8', new TextEncoder().encode(SENTENCE)],
    ['utf-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SENTENCE)])],
    ['utf-16le', utf16(SENTENCE, true)],
    ['utf-16be', utf16(SENTENCE, false)],
    ['utf-8 NFD', new TextEncoder().encode(SENTENCE.normalize('NFD'))],
    ['windows-1258', windows1258(SENTENCE)],
    ['vni-windows', encodeVni(SENTENCE)],
  ])('%s decodes to the NFC sentence', async (_label, bytes) => {
    const result = await read('bai.txt', bytes)
    expect(result.ok && result.value.text).toBe(SENTENCE)
    expect(result.ok && result.value.format).toBe('text')
  })

  it('reads TCVN3 (lower case: the standard has no toned capitals)', async () => {
    const lower = SENTENCE.toLowerCase()
    const result = await read('bai.txt', encodeTcvn3(lower))
    expect(result.ok && result.value).toMatchObject({ text: lower, encoding: 'tcvn3' })
    expect(decodeTcvn3(encodeTcvn3('việt nam đổi mới'))).toBe('việt nam đổi mới')
    expect(decodeVni(encodeVni('Việt Nam ĐỔI MỚI ươn ướt'))).toBe('Việt Nam ĐỔI MỚI ươn ướt')
  })

  it('repairs legacy text that was saved through a Latin-1 editor', async () => {
    const latin = String.fromCharCode(...encodeVni(SENTENCE))
    const result = await read('bai.txt', new TextEncoder().encode(latin))
    expect(result.ok && result.value.text).toBe(SENTENCE)
  })
})

describe('ingest: HTML and DOCX', () => {
  const page = `<!doctype html><html><head><title>Trang</title><script>var tracking = 1</script><style>p{}</style></head>
<body><nav class="menu"><a>Trang chủ</a> <a>Thời sự</a></nav><div class="ads">Quảng cáo bất động sản</div>
<article><h1>Tỉnh họp về chuyển đổi số</h1><p>${SENTENCE}</p>
<figure><img src="a.jpg"><figcaption>Quang cảnh cuộc họp</figcaption></figure>
<p>Ông nhấn mạnh: “Các sở phải hoàn thành số hóa hồ sơ trước tháng 6.” Cuộc họp kết thúc với nhiều ý kiến đóng góp của các đại biểu tham dự.</p></article>
<aside class="related">Tin liên quan: bài viết khác</aside><footer>Bản quyền thuộc về tòa soạn</footer></body></html>`

  it('keeps the article, turns figcaption into a caption line and drops page furniture', async () => {
    const result = await read('bai.html', new TextEncoder().encode(page))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const lines = result.value.text.split('\n')
    expect(result.value.format).toBe('html')
    expect(lines[0]).toBe('Tỉnh họp về chuyển đổi số')
    expect(lines).toContain(SENTENCE)
    expect(lines).toContain('Quang cảnh cuộc họp |')
    for (const junk of ['Trang chủ', 'Quảng cáo', 'Tin liên quan', 'Bản quyền', 'tracking']) {
      expect(result.value.text).not.toContain(junk)
    }
  })

  it('treats pasted HTML as HTML', () => {
    const result = ingestText(page)
    expect(result.ok && result.value.format).toBe('html')
  })

  it('reads a Word document paragraph by paragraph', async () => {
    const zip = new JSZip()
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    )
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    )
    const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
    zip.file(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph('Tỉnh họp về chuyển đổi số')}${paragraph(SENTENCE)}</w:body></w:document>`,
    )
    const bytes = await zip.generateAsync({ type: 'uint8array' })
    const result = await read('bai.docx', bytes)
    expect(result.ok && result.value).toMatchObject({
      format: 'docx',
      text: `Tỉnh họp về chuyển đổi số\n${SENTENCE}`,
    })
  })
})

describe('ingest: limits and errors', () => {
  it.each([
    ['empty file', 'a.txt', new Uint8Array(), 'input/empty'],
    ['only spaces', 'a.txt', new TextEncoder().encode('  \n \n'), 'input/empty'],
    [
      'PNG',
      'anh.png',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'input/binary',
    ],
    ['ELF', 'chay', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), 'input/binary'],
    ['ZIP that is no Word file', 'a.zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'input/binary'],
    ['.docx that is text', 'bai.docx', new TextEncoder().encode('không phải docx'), 'input/not-docx'],
    [
      '.docx zip without Word parts',
      'bai.docx',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'input/not-docx',
    ],
    [
      'random high bytes',
      'a.txt',
      Uint8Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 7919) % 127)),
      'input/undecodable',
    ],
  ])('%s → %s', async (_label, name, bytes, code) => {
    const result = await read(name, bytes)
    expect(result.ok ? 'ok' : result.error.code).toBe(code)
  })

  it('refuses input over 20 MB before decoding', async () => {
    const result = await read('lon.txt', new Uint8Array(MAX_INPUT_BYTES + 1))
    expect(result.ok ? 'ok' : result.error.code).toBe('input/too-large')
  })

  it('reports empty pasted text', () => {
    const result = ingestText('   ')
    expect(result.ok ? 'ok' : result.error.code).toBe('input/empty')
  })
})
