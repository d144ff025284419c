import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findCapitalizedRuns } from '../../../src/core/analysis/capitalized-runs'
import { ACTION_WORD_SOURCE, DIRECTIVE_VERB } from '../../../src/core/analysis/directive-words'
import { matchWordPattern } from '../../../src/core/analysis/word-pattern'
import { splitSentences } from '../../../src/core/article/index'

// The hand-written scanners must find exactly what the look-behind regexes they replace find.
const PIECES = [
  'Nguyễn',
  'Văn',
  'Bình',
  'yêu cầu',
  'Yêu cầu',
  'giao',
  'tiếp tục',
  'xyêu cầu',
  'a',
  'B',
  ' ',
  '  ',
  '\u00a0',
  '1',
  ',',
  'Đ',
  'ệ',
  '\u0301',
  'A1',
  '𝐀',
  '𝐚',
  'İ',
  '\ud800',
  'TPHCM',
  '\n',
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''))

const RE_CAPITALIZED_RUN =
  /(?<![\p{L}\p{M}\d])\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*)*(?![\p{L}\p{M}\d])/gu

function regexMatches(pattern: RegExp, input: string): string[] {
  return [...input.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`)
}

describe('fast scanners', () => {
  it('find the same capitalised runs as the regex', () => {
    fc.assert(
      fc.property(text, (input) => {
        const runs = findCapitalizedRuns(input).map((run) => `${run.index}:${run.text}`)
        expect(runs).toEqual(regexMatches(RE_CAPITALIZED_RUN, input))
      }),
      { numRuns: 2000 },
    )
  })

  it('find the same words as the look-behind regexes', () => {
    const verbs = new RegExp(`(?<![\\p{L}\\p{M}])${DIRECTIVE_VERB.scan.source}`, 'gu')
    const actions = new RegExp(`(?<![\\p{L}\\p{M}])${ACTION_WORD_SOURCE}`, 'gu')
    const actionPattern = {
      scan: new RegExp(ACTION_WORD_SOURCE, 'gu'),
      blockedBefore: DIRECTIVE_VERB.blockedBefore,
    }
    fc.assert(
      fc.property(text, (input) => {
        const found = (pattern: typeof DIRECTIVE_VERB) =>
          matchWordPattern(pattern, input).map((match) => `${match.index}:${match[0]}`)
        expect(found(DIRECTIVE_VERB)).toEqual(regexMatches(verbs, input))
        expect(found({ ...actionPattern, rejectBefore: null })).toEqual(regexMatches(actions, input))
      }),
      { numRuns: 2000 },
    )
  })

  it('cuts a run-on paragraph into bounded sentences that give the paragraph back', () => {
    const words = Array.from({ length: 1500 }, (_, i) => (i % 9 === 8 ? 'việc,' : 'công'))
    const paragraph = words.join(' ')
    const sentences = splitSentences(paragraph)
    expect(sentences.length).toBeGreaterThan(1)
    for (const sentence of sentences) expect(sentence.length).toBeLessThanOrEqual(1500)
    expect(sentences.join(' ')).toBe(paragraph)
  })
})
