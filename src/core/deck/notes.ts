import type { Article } from '../article/article'
import type { SourceRef } from '../analysis/facts'

/** The sentence a source points at, or null when the address is outside the article. */
export function findSourceSentence(article: Article, source: SourceRef | null): string | null {
  if (source === null) return null
  return article.sentences[source.paragraph]?.[source.sentence] ?? null
}

/**
 * Notes quote the full source sentences behind a slide, each once and in article order, so the presenter
 * can speak without the article and every bullet can be checked against its origin.
 */
export function draftNotes(article: Article, intro: string, sources: readonly (SourceRef | null)[]): string {
  const seen = new Set<string>()
  const ordered = sources
    .filter((source): source is SourceRef => source !== null)
    .slice()
    .sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence)
  const sentences: string[] = []
  for (const source of ordered) {
    const key = `${source.paragraph}:${source.sentence}`
    if (seen.has(key)) continue
    seen.add(key)
    const sentence = findSourceSentence(article, source)
    if (sentence !== null) sentences.push(`- ${sentence}`)
  }
  return sentences.length === 0 ? intro : `${intro}\n\n${sentences.join('\n')}`
}
