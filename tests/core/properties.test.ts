import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../../src/core/analysis/index'
import { foldToneMarks, parseArticle } from '../../src/core/article/index'
import { ERROR_CODES } from '../../src/core/errors'
import { ingestText } from '../../src/core/ingest/index'
import { articleText, buildLargeText } from './article-generator'

function clean(text: string): string {
  return foldToneMarks(text.replace(/[“”"«»]/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
}

/** Every extracted item points at a sentence that holds it. */
function checkSources(text: string): void {
  const article = parseArticle(text)
  const facts = analyzeArticle(article)
  expect(article.sentences).toHaveLength(article.paragraphs.length)
  const sentenceAt = (p: number, s: number): string => article.sentences[p]?.[s] ?? ''
  for (const statistic of facts.statistics) {
    expect(sentenceAt(statistic.source.paragraph, statistic.source.sentence)).toContain(statistic.text)
  }
  for (const directive of facts.directives) {
    const sentence = clean(sentenceAt(directive.source.paragraph, directive.source.sentence))
    const firstWords = clean(directive.text).split(' ').slice(0, 3).join(' ')
    expect(sentence).toContain(firstWords)
  }
  for (const quote of facts.quotes) {
    const sentence = clean(sentenceAt(quote.source.paragraph, quote.source.sentence))
    expect(sentence).toContain(clean(quote.text).split(' ')[0] ?? '')
  }
}

describe('pipeline properties', () => {
  it('never throws, and every item points at a sentence holding it', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const ingested = ingestText(text)
        if (!ingested.ok) expect(ERROR_CODES).toContain(ingested.error.code)
        checkSources(text)
        if (ingested.ok) checkSources(ingested.value.text)
      }),
      { numRuns: 200 },
    )
  })

  it('handles arbitrary strings, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(() => analyzeArticle(parseArticle(text))).not.toThrow()
        expect(() => ingestText(text)).not.toThrow()
      }),
      { numRuns: 200 },
    )
  })

  it('handles about 100 KB of article text, and one input near 1 MB', () => {
    checkSources(buildLargeText(100_000, 7))
    const large = buildLargeText(1_000_000, 11)
    expect(large.length).toBeGreaterThan(990_000)
    checkSources(large)
  })
})
