import fc from 'fast-check'

/**
 * Arbitrary article-like text built from words and sentence shapes written for the tests: titles, names,
 * directive verbs, figures, dates, quotes, captions and bylines in random order, plus raw noise. Used by the
 * property tests and to build large inputs for the timing test.
 */

const WORDS = [
  'Thủ tướng',
  'Phó Thủ tướng',
  'Bộ trưởng',
  'Chủ tịch UBND tỉnh',
  'Bí thư',
  'ông',
  'bà',
  'Trần Văn An',
  'Lê Thị Mai',
  'Nguyễn Minh Đức',
  'yêu cầu',
  'đề nghị',
  'giao',
  'chỉ đạo',
  'kêu gọi',
  'nhấn mạnh',
  'cần',
  'phải',
  'không được',
  'các bộ',
  'ngành',
  'địa phương',
  'Sở Nội vụ',
  'Bộ Tài chính',
  'rà soát',
  'thủ tục',
  'hồ sơ',
  'tăng',
  'giảm',
  'từ',
  'lên',
  'hơn',
  'khoảng',
  'trên',
  '4,5%',
  '1.200 tỷ đồng',
  '12-2',
  '29/4/2021',
  '14.3.2026',
  'năm 2020',
  'mức độ 4',
  '8h30',
  'gấp đôi',
  '9 lần',
  '300 bệnh nhân',
  'TP.',
  'PGS.TS',
  'Q.1',
  'giao thông',
  'đáp ứng yêu cầu',
  'Hoà',
  'Uỷ ban',
  'chủ trì',
  'hội nghị',
  'tại',
  'Hà Nội',
  'Sáng',
  'Chiều',
  'đồng thời',
  ';',
  ',',
  ':',
  '…',
  '...',
]
const PUNCTUATION = ['.', '!', '?', '…', '."', '.”', '', ' |']

const sentence = fc
  .tuple(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 24 }),
    fc.constantFrom(...PUNCTUATION),
  )
  .map(([words, end]) => `${words.join(' ')}${end}`)

const quoted = sentence.map((text) => `“${text}”, Bộ trưởng Lê Thị Mai nói.`)

const paragraph = fc
  .array(fc.oneof({ weight: 6, arbitrary: sentence }, { weight: 1, arbitrary: quoted }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((sentences) => sentences.join(' '))

const special = fc.constantFrom(
  '(TB)- ',
  'Tin và ảnh: Minh Hà',
  'Quang cảnh cuộc họp |',
  './.',
  '&nbsp',
  '\u0301',
  '“',
  '"',
)

/** Article-like text with paragraphs on lines and occasional noise. */
export const articleText = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: paragraph },
      { weight: 1, arbitrary: special },
      { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    ),
    { maxLength: 60 },
  )
  .map((lines) => lines.join('\n'))

/** Deterministic article-like text of about `size` characters, with paragraphs numbered so none repeat. */
export function buildLargeText(size: number, seed = 42): string {
  const paragraphs = fc.sample(paragraph, { seed, numRuns: 400 })
  const lines: string[] = []
  let length = 0
  for (let i = 0; length < size; i++) {
    const line = `${paragraphs[i % paragraphs.length] ?? ''} Mục ${i}.`
    lines.push(line)
    length += line.length + 1
  }
  return lines.join('\n').slice(0, size)
}
