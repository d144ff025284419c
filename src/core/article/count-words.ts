/**
 * Word counting, which the rules do for almost every clause they look at. Counting runs of non-space characters
 * in one loop gives the same number as `text.split(/\s+/).filter(Boolean).length` without building the array.
 */

/** The characters `\s` matches in a regex. */
export function isWhitespace(code: number): boolean {
  if (code === 32) return true
  if (code < 160) return code >= 9 && code <= 13
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** The number of whitespace-separated words in `text`. */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespace(text.charCodeAt(i))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}
