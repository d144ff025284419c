import type { Article } from '../article/article'
import type { Quote } from './facts'
import { describePerson, type Mention, type PeopleIndex } from './find-people'
import { findQuotations, type QuotationSpan } from './find-quotations'
import { foldedSentence } from './folded-sentences'
import { RE_SPEECH_VERB } from './speech-verbs'

/**
 * Quotations with their speakers. A quotation counts when somebody is said to have said it: a colon or a
 * speech verb before it ('Thủ tướng nhấn mạnh: “…”'), or a speaker and speech verb after it ('“…”, ông Hùng
 * nói'). Short quoted phrases without attribution are scare quotes or slogans, not quotations.
 */

const MIN_QUOTE_WORDS = 6
const RE_INTRODUCED = new RegExp(`(?:${RE_SPEECH_VERB.source}(?:\\s+(?:rằng|là|thêm))?\\s*:?|:)\\s*$`, 'u')
const RE_ATTRIBUTION_AFTER = /^\s*[,.\-–—]?\s*/u

export interface AttributedQuote {
  readonly span: QuotationSpan
  /** Index into people, or -1. */
  readonly person: number
  readonly speaker: string | null
}

function speakerOf(
  people: PeopleIndex,
  mention: Mention | undefined,
): { person: number; speaker: string | null } {
  if (mention === undefined) return { person: -1, speaker: null }
  const person = people.people[mention.person]
  return { person: mention.person, speaker: person?.name ?? mention.title }
}

/** The speaker named after a closing mark: '”, Thủ tướng nhấn mạnh.' / '" - ông Hùng cho hay.' */
function findSpeakerAfter(
  article: Article,
  people: PeopleIndex,
  span: QuotationSpan,
): Mention | null | undefined {
  const { paragraph, sentence, offset } = span.end
  const text = foldedSentence(article, paragraph, sentence)
  const after = text.slice(offset + 1)
  const lead = RE_ATTRIBUTION_AFTER.exec(after)?.[0].length ?? 0
  const mentions = people.mentions[paragraph]?.[sentence] ?? []
  const mention = mentions.find((m) => m.start >= offset + 1 && m.start <= offset + 1 + lead + 2)
  if (mention !== undefined && RE_SPEECH_VERB.test(text.slice(mention.end, mention.end + 40))) return mention
  // '“…”.' on one line and 'Thủ tướng nhấn mạnh.' alone on the next.
  if (after.replace(/[\s.,]/g, '') === '') {
    const nextSentence = article.sentences[paragraph]?.[sentence + 1] !== undefined
    const next = nextSentence
      ? { p: paragraph, s: sentence + 1 }
      : article.sentences[paragraph + 1] !== undefined
        ? { p: paragraph + 1, s: 0 }
        : null
    if (next !== null) {
      const nextText = foldedSentence(article, next.p, next.s)
      const first = (people.mentions[next.p]?.[next.s] ?? [])[0]
      if (first !== undefined && first.start <= 2 && nextText.length < 120) {
        if (RE_SPEECH_VERB.test(nextText.slice(first.end, first.end + 30))) return first
      }
    }
  }
  return undefined
}

/** The speaker introducing a quotation: '… Thủ tướng nhấn mạnh: “' */
function findSpeakerBefore(
  article: Article,
  people: PeopleIndex,
  span: QuotationSpan,
): Mention | null | undefined {
  const { paragraph, sentence, offset } = span.start
  const text = foldedSentence(article, paragraph, sentence)
  const before = text.slice(0, offset)
  if (!RE_INTRODUCED.test(before)) return undefined
  const mentions = (people.mentions[paragraph]?.[sentence] ?? []).filter((m) => m.end <= offset)
  return mentions[mentions.length - 1] ?? null
}

/** Quotations that somebody is said to have said, with the speaker (resolved when the article names them). */
export function findAttributedQuotes(article: Article, people: PeopleIndex): AttributedQuote[] {
  const quotes: AttributedQuote[] = []
  for (const span of findQuotations(article)) {
    if (span.text.split(/\s+/).length < MIN_QUOTE_WORDS) continue
    const after = findSpeakerAfter(article, people, span)
    const before = after === undefined ? findSpeakerBefore(article, people, span) : undefined
    if (after === undefined && before === undefined) continue
    const { person, speaker } = speakerOf(people, after ?? before ?? undefined)
    quotes.push({ span, person, speaker })
  }
  return quotes
}

/** The quotations of an article in the `analyze` shape. */
export function extractQuotes(article: Article, people: PeopleIndex): Quote[] {
  return findAttributedQuotes(article, people).map(({ span, speaker, person }) => ({
    text: span.text,
    speaker: speaker ?? describePerson(people.people[person], null),
    source: span.source,
  }))
}
