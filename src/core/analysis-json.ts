import type { Briefing } from './briefing'
import type { Facts } from './analysis/facts'
import type { Article } from './article/article'

/** The `analyze --json` document: the facts serialised, with the article as the contract describes it. */
export interface AnalysisJson extends Facts {
  readonly schemaVersion: 1
  readonly article: Omit<Article, 'sentences'>
}

export function toAnalysisJson({ article, facts }: Pick<Briefing, 'article' | 'facts'>): AnalysisJson {
  const { title, outlet, lead, byline, captions, paragraphs } = article
  return {
    schemaVersion: 1,
    article: { title, outlet, lead, byline, captions, paragraphs },
    event: facts.event,
    directives: facts.directives,
    statistics: facts.statistics,
    quotes: facts.quotes,
    people: facts.people,
  }
}
