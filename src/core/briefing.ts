import type { Article } from './article/article'
import { parseArticle } from './article/index'
import type { Facts } from './analysis/facts'
import { analyzeArticle } from './analysis/index'
import type { Deck } from './deck/deck'
import { buildDeck } from './deck/build-deck'
import { ok, type Result } from './errors'
import { ingestFile, type IngestedText } from './ingest/index'

/** Everything Briefdeck knows about one article: where it came from, what it says, and the deck built on it. */
export interface Briefing {
  readonly fileName: string | null
  /** The article as decoded text (NFC, one paragraph per line): what a project keeps to rebuild the deck. */
  readonly text: string
  readonly article: Article
  readonly facts: Facts
  readonly deck: Deck
}

/** Text (already decoded) → article → facts → deck. Never throws for any string. */
export function buildBriefingFromText(text: string, fileName: string | null): Briefing {
  const article = parseArticle(text)
  const facts = analyzeArticle(article)
  return { fileName, text, article, facts, deck: buildDeck({ article, facts, fileName }) }
}

/** Bytes of a dropped or opened file → briefing, or a stable error code for input Briefdeck cannot read. */
export async function buildBriefingFromFile(file: {
  readonly name: string
  readonly bytes: Uint8Array
}): Promise<Result<Briefing>> {
  const ingested: Result<IngestedText> = await ingestFile(file)
  if (!ingested.ok) return ingested
  return ok(buildBriefingFromText(ingested.value.text, file.name))
}
