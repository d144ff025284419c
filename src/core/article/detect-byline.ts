/**
 * Bylines: 'Tin và ảnh: Công Nghĩa', a short trailing line of capitalised names ('Châu Như Quỳnh',
 * 'THANH VÂN'), or names after the './.' that closes a wire story ('…/. Đức Phương (TTXVN)').
 */

const RE_CREDIT_BYLINE =
  /^(?:Tin và ảnh|Tin, ảnh|Tin & ảnh|Bài và ảnh|Bài, ảnh|Bài & ảnh|Tin|Bài|Ảnh|Nhóm phóng viên|Theo)\s*:\s*(.{2,80})$/iu
const RE_NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}{2,}|PV|CTV|TTXVN|VGP|\p{Lu}\.)$/u
const RE_AGENCY_TAIL = /\s*[-–(]\s*[\p{Lu}\p{Ll}.\s/]{2,20}\)?\s*$/u
const RE_WIRE_END = /\.?\s*\/\.\s*(.*)$/u
const MAX_NAME_WORDS = 6

/** The names in a byline candidate ('Đức Phương (TTXVN)' → 'Đức Phương'), or null when it is not one. */
function parseNames(text: string): string | null {
  const trimmed = text.trim().replace(/[.;,]+$/, '')
  const withoutAgency = trimmed.replace(RE_AGENCY_TAIL, '').trim() || trimmed
  const words = withoutAgency.split(/\s+/)
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null
  const parts = withoutAgency.split(/\s*(?:,|-|–| và )\s*/u)
  for (const part of parts) {
    if (part === '') return null
    if (!part.split(/\s+/).every((word) => RE_NAME_WORD.test(word))) return null
  }
  return withoutAgency
}

/** A byline from a whole (last) line, or null. */
export function parseBylineLine(line: string): string | null {
  const credit = RE_CREDIT_BYLINE.exec(line)
  if (credit?.[1] !== undefined) return credit[1].trim().replace(/[.;]+$/, '')
  if (/[.!?…:”"]$/u.test(line.trim()) && !/\)$/.test(line.trim())) return null
  return parseNames(line)
}

/**
 * Splits the './.' end marker and any byline after it off the last paragraph:
 * '… tiếp tục./. Đức Phương (TTXVN)' → text '… tiếp tục.', byline 'Đức Phương'.
 */
export function splitWireEnd(paragraph: string): { text: string; byline: string | null } {
  const match = RE_WIRE_END.exec(paragraph)
  if (match === null) return { text: paragraph, byline: null }
  const text = paragraph.slice(0, match.index).trim()
  const tail = (match[1] ?? '').trim()
  const closed = text === '' || /[.!?…”"]$/u.test(text) ? text : `${text}.`
  return { text: closed, byline: tail === '' ? null : parseNames(tail) }
}
