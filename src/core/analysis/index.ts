import type { Article } from '../article/article'
import type { Facts, NamedPerson } from './facts'
import { extractDirectives } from './extract-directives'
import { extractEvent } from './extract-event'
import { extractQuotes } from './extract-quotes'
import { extractStatistics } from './extract-statistics'
import { findPeople, type PeopleIndex } from './find-people'

export type * from './facts'

const EMPTY_FACTS: Facts = {
  event: { summary: '', chair: null, date: null, location: null, participants: [], source: null },
  directives: [],
  statistics: [],
  quotes: [],
  people: [],
}

function toNamedPeople(index: PeopleIndex): NamedPerson[] {
  return index.people.map((person) => ({ name: person.name, titles: [...person.titles] }))
}

/**
 * Article → facts: the event, directives, statistics, quotations and people, each item with the sentence it
 * came from. Pure and total: any article (even an empty one) gives facts; it never throws.
 */
export function analyzeArticle(article: Article): Facts {
  try {
    const people = findPeople(article)
    return {
      event: extractEvent(article, people),
      directives: extractDirectives(article, people),
      statistics: extractStatistics(article),
      quotes: extractQuotes(article, people),
      people: toNamedPeople(people),
    }
  } catch {
    // A rule bug must not take the app down: the deck is built from whatever the article gives.
    return EMPTY_FACTS
  }
}
