/**
 * Text hygiene shared by ingest and article parsing: NFC, one kind of space, one kind of line break, and the
 * entity and zero-width debris that copy-paste from web pages leaves behind.
 */

const RE_LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g
// '&nbsp' without its semicolon is how some datasets kept it; decode the handful of entities news text uses.
const RE_ENTITIES = /&(nbsp|amp|quot|apos|lt|gt|#\d{1,6}|#x[\da-f]{1,6});?/gi
const RE_ODD_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
const RE_INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
const RE_SPACE_RUNS = / {2,}/g
// Latin 'Ð' (U+00D0) and 'ð' come from cp1252 mojibake; in Vietnamese text they always mean 'Đ'/'đ'.
const RE_ETH = /[\u00d0\u00f0]/g

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
}

function decodeEntity(match: string, name: string): string {
  const lower = name.toLowerCase()
  const named = NAMED_ENTITIES[lower]
  if (named !== undefined) return named
  const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10)
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return match
  return String.fromCodePoint(code)
}

/**
 * Normalises text for the pipeline: NFC, LF line breaks, plain spaces, entities decoded, invisible characters
 * removed, every line trimmed and blank lines dropped. Idempotent.
 */
export function normalizeText(text: string): string {
  const cleaned = text
    .replace(RE_LINE_BREAKS, '\n')
    .replace(RE_ENTITIES, decodeEntity)
    .replace(RE_INVISIBLE, '')
    .replace(RE_ODD_SPACES, ' ')
    .replace(RE_ETH, (ch) => (ch === '\u00d0' ? 'Đ' : 'đ'))
    .normalize('NFC')
  const lines: string[] = []
  for (const line of cleaned.split('\n')) {
    const trimmed = line.replace(RE_SPACE_RUNS, ' ').trim()
    if (trimmed !== '') lines.push(trimmed)
  }
  return lines.join('\n')
}
