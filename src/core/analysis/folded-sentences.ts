import type { Article } from '../article/article'
import { foldToneMarks } from '../article/fold-text'

/**
 * Every rule matches against sentences with tone marks folded (see article/fold-text). Folding is done once
 * per article and shared, rather than once per rule: on large inputs re-folding was a visible share of the time.
 */

const cache = new WeakMap<Article, readonly (readonly string[])[]>()

/** `foldedSentences(article)[p][s]` is `foldToneMarks(article.sentences[p][s])`, computed once per article. */
export function foldedSentences(article: Article): readonly (readonly string[])[] {
  const cached = cache.get(article)
  if (cached !== undefined) return cached
  const folded = article.sentences.map((paragraph) => paragraph.map(foldToneMarks))
  cache.set(article, folded)
  return folded
}

/** The folded sentence s of paragraph p ('' when there is none). */
export function foldedSentence(article: Article, p: number, s: number): string {
  return foldedSentences(article)[p]?.[s] ?? ''
}
