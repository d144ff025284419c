/**
 * Word-start patterns. V8 runs a Unicode regex that opens with a look-behind ('(?<![\p{L}\p{M}])yêu cầu') by
 * trying the look-behind at every character, which made such scans several times slower than the same
 * pattern without it: on a megabyte of text they were the largest single cost of the analysis. A word pattern
 * scans without the look-behind and checks the character before each match in code. A rejected match is
 * retried one character later, exactly where the regex engine would have gone on, so the matches are the
 * same as the look-behind pattern's.
 */

export interface WordPattern {
  /** The pattern without its opening look-behind; global. */
  readonly scan: RegExp
  /** Tests one character (code point) that may not come right before a match. */
  readonly blockedBefore: RegExp
  /** A further condition on a match and the text around it (a second look-around); true rejects it. */
  readonly rejectBefore: ((text: string, match: RegExpExecArray) => boolean) | null
}

export const RE_LETTER_OR_MARK = /^[\p{L}\p{M}]/u

/**
 * A pattern that matches `body` only where the code point before it does not pass `blockedBefore`; `body` must
 * not start with a look-behind of its own. Flags are those of the equivalent regex ('g' is added).
 */
export function compileWordPattern(
  body: string,
  flags = 'u',
  blockedBefore: RegExp = RE_LETTER_OR_MARK,
  rejectBefore: WordPattern['rejectBefore'] = null,
): WordPattern {
  const scan = new RegExp(body, flags.includes('g') ? flags : `${flags}g`)
  return { scan, blockedBefore, rejectBefore }
}

/** The code point that ends just before `index`, as a string ('' at the start). */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return ''
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index)
  }
  return text.charAt(index - 1)
}

/** The first match at or after `from`, or null. */
export function execWordPattern(pattern: WordPattern, text: string, from = 0): RegExpExecArray | null {
  const { scan, blockedBefore, rejectBefore } = pattern
  scan.lastIndex = from
  for (let match = scan.exec(text); match !== null; match = scan.exec(text)) {
    const index = match.index
    if (
      !blockedBefore.test(codePointBefore(text, index)) &&
      (rejectBefore === null || !rejectBefore(text, match))
    )
      return match
    if (index >= text.length) return null
    scan.lastIndex = index + 1
  }
  return null
}

export function testWordPattern(pattern: WordPattern, text: string): boolean {
  return execWordPattern(pattern, text) !== null
}

/** Every match in reading order (like `matchAll` on the look-behind regex). */
export function matchWordPattern(pattern: WordPattern, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  let from = 0
  while (from <= text.length) {
    const match = execWordPattern(pattern, text, from)
    if (match === null) break
    matches.push(match)
    from = match.index + Math.max(1, match[0].length)
  }
  return matches
}
