/**
 * Vietnamese number notation: ',' is the decimal separator and '.' groups thousands ('1.200' = 1200,
 * '4,5' = 4.5, '1.234,5' = 1234.5). Returns null for anything else.
 */
const RE_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/
const RE_PLAIN = /^\d+(?:,\d+)?$/

/** Parses '1.200', '4,5', '85.157.192', '1.234,5' into a number; null when the text is no such number. */
export function parseVietnameseNumber(text: string): number | null {
  if (!RE_GROUPED.test(text) && !RE_PLAIN.test(text)) return null
  const value = Number(text.replace(/\./g, '').replace(',', '.'))
  return Number.isFinite(value) ? value : null
}
