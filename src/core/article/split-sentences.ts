/**
 * Vietnamese-aware sentence splitting of one paragraph. A single left-to-right scan (linear in the paragraph)
 * that refuses the boundaries news text fakes: abbreviations ('TP.', 'PGS.TS'), initials ('ông T.'),
 * numbers and dates ('1.200', '14.3.2026'), ellipses before lower case, and full stops inside quotations.
 */

// Tokens that end with a dot without ending a sentence (compared in lower case, dots inside kept).
const ABBREVIATIONS = new Set([
  'tp',
  'tt',
  'q',
  'p',
  'h',
  'x',
  'tx',
  'gs',
  'pgs',
  'ts',
  'ths',
  'bs',
  'ks',
  'kts',
  'tskh',
  'th.s',
  'ths.bs',
  'pgs.ts',
  'gs.ts',
  'gs.tskh',
  'pgs.tskh',
  'bs.ckii',
  'bs.cki',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'co',
  'ltd',
  'inc',
  'v.v',
  'vv',
  'nxb',
  'tr',
  'sđd',
  'ttg',
  'bt',
  'tbt',
  'đ/c',
  'đc',
  'ô',
  'no',
  'vs',
  'etc',
])
// Words that open a sentence but never a name: after 'của TP.' they show the dot ended the sentence, where
// 'TP. Hồ Chí Minh' or 'TP. Vinh' go on.
const RE_SENTENCE_OPENER =
  /^(?:Vì|Nhưng|Tuy|Nếu|Khi|Để|Ngoài ra|Theo đó|Do đó|Do vậy|Vì vậy|Bởi|Song|Tuy nhiên|Mặt khác|Đồng thời|Bên cạnh đó)(?![\p{L}\p{M}])/u
const TERMINATORS = '.!?…'
const RE_NEXT_TERMINATOR = /[.!?…]/g
const CLOSERS = '"”’\'»)]'
const RE_LOWER_START = /^[\p{Ll}\d,;:%)\]]/u
const RE_UPPER_LETTER = /\p{Lu}/u
const RE_LETTER = /\p{L}/u
const RE_DIGIT = /\d/
// No news sentence comes near this (the corpus tops out around 700 characters). Text pasted without any
// punctuation would otherwise make one sentence of a whole article, and every rule that looks back within
// its sentence would turn quadratic; such runs are cut at a clause or word break instead.
const MAX_SENTENCE_CHARS = 1500
const RE_CLAUSE_CUT = /[;,]\s/g

/** Spans [open, close] of balanced quotations inside the paragraph; unbalanced marks are ignored. */
function findQuoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let curlyOpen = -1
  let straightOpen = -1
  let guillemetOpen = -1
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '“') curlyOpen = curlyOpen === -1 ? i : curlyOpen
    else if (ch === '”' && curlyOpen !== -1) {
      spans.push([curlyOpen, i])
      curlyOpen = -1
    } else if (ch === '«') guillemetOpen = guillemetOpen === -1 ? i : guillemetOpen
    else if (ch === '»' && guillemetOpen !== -1) {
      spans.push([guillemetOpen, i])
      guillemetOpen = -1
    } else if (ch === '"') {
      if (straightOpen === -1) straightOpen = i
      else {
        spans.push([straightOpen, i])
        straightOpen = -1
      }
    }
  }
  return spans.sort((a, b) => a[0] - b[0])
}

/** The whitespace-delimited token that ends just before `end` (exclusive). */
function tokenBefore(text: string, end: number): string {
  let start = end
  // Bounded look-back keeps the scan linear even on text without spaces.
  while (start > 0 && end - start < 40 && !/\s/.test(text[start - 1] ?? ' ')) start--
  return text.slice(start, end)
}

function isAbbreviation(token: string): boolean {
  const core = token.replace(/^[("“'‘[]+/, '')
  if (core === '') return false
  const lower = core.toLowerCase()
  if (ABBREVIATIONS.has(lower)) return true
  const last = lower.split('.').pop() ?? ''
  if (ABBREVIATIONS.has(last) && core.includes('.')) return true
  // A single capital is an initial: 'ông T.', 'George W.'
  return [...core].length === 1 && RE_UPPER_LETTER.test(core)
}

/** True when the dot at `index` closes a list marker such as '1.' or 'a.' at the start of the sentence. */
function isListMarker(text: string, sentenceStart: number, index: number): boolean {
  const before = text.slice(sentenceStart, index).trim()
  return /(?:^|[:;]\s*)(?:\d{1,2}|[a-zA-Z]|[IVX]{1,4})$/.test(before)
}

/**
 * Splits a paragraph into sentences. Never returns empty strings; returns [] for blank input. The sentences
 * keep their punctuation and are trimmed; concatenated with single spaces they give the paragraph back.
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim()
  if (text === '') return []
  const spans = findQuoteSpans(text)
  let spanIndex = 0
  const sentences: string[] = []
  let start = 0
  let i = 0
  while (i < text.length) {
    // Jump to the next terminator: a regex search is far cheaper than testing every character in a loop.
    RE_NEXT_TERMINATOR.lastIndex = i
    const found = RE_NEXT_TERMINATOR.exec(text)
    if (found === null) break
    i = found.index
    const ch = text[i] ?? ''
    const termStart = i
    while (i < text.length && TERMINATORS.includes(text[i] ?? '')) i++
    // './.' closes VietnamPlus/VGP articles.
    if (text[i] === '/' && text[i + 1] === '.') i += 2
    while (i < text.length && CLOSERS.includes(text[i] ?? '')) i++
    const end = i
    while (spanIndex < spans.length && (spans[spanIndex]?.[1] ?? 0) < end - 1) spanIndex++
    const span = spans[spanIndex]
    const insideQuote = span !== undefined && span[0] < termStart && span[1] >= end
    if (end >= text.length) break
    const next = text[end] ?? ''
    const glued = !/\s/.test(next)
    const after = text.slice(end).trimStart()
    if (insideQuote || after === '') continue
    if (glued) {
      // 'phép.Ngoài ra': a full stop glued to a capitalised word after a lower-case word is a lost space.
      const prev = text[termStart - 1] ?? ''
      const gluedBoundary =
        ch === '.' &&
        /\p{Ll}/u.test(prev) &&
        /\p{Ll}/u.test(text[termStart - 2] ?? '') &&
        RE_UPPER_LETTER.test(next) &&
        /\p{Ll}/u.test(text[end + 1] ?? '')
      if (!gluedBoundary) continue
    } else {
      if (RE_LOWER_START.test(after)) continue
      if (ch === '.' && termStart + 1 === end) {
        const token = tokenBefore(text, termStart)
        if (isAbbreviation(token) && !RE_SENTENCE_OPENER.test(after)) continue
        if (isListMarker(text, start, termStart)) continue
        // '12.' followed by a digit is a number broken by a space, not an end.
        if (RE_DIGIT.test(token.slice(-1)) && RE_DIGIT.test(after[0] ?? '')) continue
      }
      if (!RE_LETTER.test(after[0] ?? '') && !/["“'‘([«*\-–—•+\d]/.test(after[0] ?? '')) continue
    }
    const sentence = text.slice(start, end).trim()
    if (sentence !== '') sentences.push(sentence)
    start = end
  }
  const tail = text.slice(start).trim()
  if (tail !== '') sentences.push(tail)
  return sentences.some((sentence) => sentence.length > MAX_SENTENCE_CHARS)
    ? sentences.flatMap(cutOverlong)
    : sentences
}

/** Cuts a run-on 'sentence' into pieces of at most MAX_SENTENCE_CHARS, at the last clause or word break. */
function cutOverlong(sentence: string): string[] {
  const pieces: string[] = []
  let rest = sentence
  while (rest.length > MAX_SENTENCE_CHARS) {
    const head = rest.slice(0, MAX_SENTENCE_CHARS)
    let cut = -1
    RE_CLAUSE_CUT.lastIndex = 0
    for (const match of head.matchAll(RE_CLAUSE_CUT)) cut = match.index + 1
    if (cut < MAX_SENTENCE_CHARS / 2) cut = head.lastIndexOf(' ')
    // A single 'word' longer than the limit (no spaces at all) has no safe cut: it stays whole.
    if (cut <= 0) cut = rest.indexOf(' ', MAX_SENTENCE_CHARS)
    if (cut <= 0) break
    pieces.push(rest.slice(0, cut).trim())
    rest = rest.slice(cut).trim()
  }
  if (rest !== '') pieces.push(rest)
  return pieces.filter((piece) => piece !== '')
}
