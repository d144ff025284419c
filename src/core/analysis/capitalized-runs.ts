/**
 * Runs of capitalised words ('Nguyễn Xuân Phúc', 'Bộ Y tế' → 'Bộ Y'), the raw material of person names.
 * This is the regex
 *   (?<![\p{L}\p{M}\d])\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*)*(?![\p{L}\p{M}\d])
 * run by hand: scanning every sentence with it was the largest cost of finding people on large inputs, and
 * a character loop over a cached table of character classes gives the same runs several times faster.
 */
import { isWhitespace } from '../article/count-words'

const UPPER = 1
const LOWER_OR_MARK = 2
// Letter, mark or ASCII digit: what may not touch a run on either side.
const WORDLIKE = 4
const KNOWN = 8
// Set on a class read from a surrogate pair: the code point takes two code units.
const PAIR = 16

const RE_UPPER = /^\p{Lu}$/u
// Any character that may be a capital (ASCII capitals and everything past Latin-1 lower case): a plain class
// scans far faster than \p{Lu}, and every hit is checked against the real class.
const RE_NEXT_UPPER = /[A-Z\u00C0-\uFFFF]/g
const RE_LOWER_OR_MARK = /^[\p{Ll}\p{M}]$/u
const RE_WORDLIKE = /^[\p{L}\p{M}\d]$/u

// Classes of BMP characters, filled in as they are met.
const bmpClasses = new Uint8Array(0x10000)

function computeClass(char: string): number {
  return (
    KNOWN |
    (RE_UPPER.test(char) ? UPPER : 0) |
    (RE_LOWER_OR_MARK.test(char) ? LOWER_OR_MARK : 0) |
    (RE_WORDLIKE.test(char) ? WORDLIKE : 0)
  )
}

/** The class of the code point at `index`, with PAIR set when it takes two code units (no object: hot path). */
function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return computeClass(text.slice(index, index + 2)) | PAIR
  }
  let cls = bmpClasses[code] ?? 0
  if (cls === 0) {
    cls = computeClass(String.fromCharCode(code))
    bmpClasses[code] = cls
  }
  return cls
}

function sizeOf(cls: number): number {
  return (cls & PAIR) === 0 ? 1 : 2
}

/** The class of the code point ending just before `index` (0 at the start of the text). */
function classBefore(text: string, index: number): number {
  if (index <= 0) return 0
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return computeClass(text.slice(index - 2, index))
  }
  return classAt(text, index - 1)
}

/** End of the lower-case letters and marks that follow position `from`. */
function skipLowerOrMarks(text: string, from: number): number {
  let at = from
  while (at < text.length) {
    const cls = classAt(text, at)
    if ((cls & LOWER_OR_MARK) === 0) break
    at += sizeOf(cls)
  }
  return at
}

export interface CapitalizedRun {
  readonly index: number
  readonly text: string
  /** Number of words in the run. */
  readonly words: number
}

/** Every run of capitalised words in `text`, in order, as the regex above finds them. */
export function findCapitalizedRuns(text: string): CapitalizedRun[] {
  const runs: CapitalizedRun[] = []
  let i = 0
  while (i < text.length) {
    // Jump to the next capital letter; the character loop only walks the runs themselves.
    RE_NEXT_UPPER.lastIndex = i
    const upper = RE_NEXT_UPPER.exec(text)
    if (upper === null) break
    i = upper.index
    const cls = classAt(text, i)
    const size = sizeOf(cls)
    if ((cls & UPPER) === 0 || (classBefore(text, i) & WORDLIKE) !== 0) {
      i += size
      continue
    }
    const wordEnds = [skipLowerOrMarks(text, i + size)]
    for (;;) {
      const end = wordEnds[wordEnds.length - 1] ?? i
      if (end + 1 >= text.length || !isWhitespace(text.charCodeAt(end))) break
      const next = classAt(text, end + 1)
      if ((next & UPPER) === 0) break
      wordEnds.push(skipLowerOrMarks(text, end + 1 + sizeOf(next)))
    }
    // The run may not end against a letter, mark or digit; like the regex, give back whole words until it
    // does not (a word ending before whitespace always qualifies, so at most the last word goes).
    let matched = -1
    while (wordEnds.length > 0) {
      const end = wordEnds[wordEnds.length - 1] ?? i
      if (end >= text.length || (classAt(text, end) & WORDLIKE) === 0) {
        matched = end
        break
      }
      wordEnds.pop()
    }
    if (matched < 0) {
      i += size
      continue
    }
    runs.push({ index: i, text: text.slice(i, matched), words: wordEnds.length })
    i = matched
  }
  return runs
}
