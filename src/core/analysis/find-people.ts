import type { Article } from '../article/article'
import { toMatchKey } from '../article/fold-text'
import { foldedSentences } from './folded-sentences'
import { findCapitalizedRuns } from './capitalized-runs'
import { buildPhraseIndex, matchPhrases, type PhraseMatch } from './word-tokens'
import { compileWordPattern, execWordPattern, matchWordPattern, testWordPattern } from './word-pattern'
import {
  HONORIFICS,
  TITLE_HEADS,
  NOT_PERSON_NAMES,
  RE_TITLE_HEAD,
  TITLE_STOP,
  SURNAMES,
  rankTitle,
} from './lexicon'
import { countWords } from '../article/count-words'

/**
 * People and their titles, and every place a person is mentioned: by full name ('Thủ tướng Nguyễn Xuân
 * Phúc'), by title and given name ('Bí thư Thăng', 'ông Hùng'), or by title alone ('Thủ tướng'), the last two
 * resolved to the full name seen elsewhere in the article.
 */

export interface PersonRecord {
  readonly name: string
  readonly given: string
  readonly titles: string[]
  /** Match keys of `titles`, for de-duplication without re-folding every title at every mention. */
  readonly titleKeys: Set<string>
  /** Highest rank among the titles (see lexicon). */
  rank: number
  /** How often the article refers to this person. */
  mentions: number
}

export interface Mention {
  /** Offsets in the sentence: the mention covers title and name. */
  readonly start: number
  readonly end: number
  /** Index into `people`, or -1 for a title nobody could be matched to. */
  readonly person: number
  /** The title as written at this mention, when there is one. */
  readonly title: string | null
  /** Every title written at a full mention ('Phó bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'), in order. */
  readonly titles?: readonly string[]
  readonly kind: 'full' | 'short' | 'title' | 'pronoun'
}

export interface PeopleIndex {
  readonly people: readonly PersonRecord[]
  /** `mentions[p][s]`: the mentions in sentence s of paragraph p, in text order. */
  readonly mentions: readonly (readonly Mention[])[][]
}

// See word-pattern for why these are no plain look-behind regexes.
const RE_CHAIN_BREAK = /[;:.()“”"?!]/u
const RE_TITLE_END = /\s*(?:[,;:.()“”"]|\s[-–]\s|$)/u
const MAX_TITLE_WORDS = 14
const LOOK_BEHIND = 200
const MAX_TITLES_PER_PERSON = 12
// Family names that are also honorifics ('Ông' is both).
const HONORIFIC_SURNAMES = new Set(['Ông'])
const PRONOUN = compileWordPattern('(?:ông|bà|Ông|Bà)(?![\\p{L}\\p{M}])(?!\\s+\\p{Lu})')
const HONORIFIC_NAME = compileWordPattern(
  `(?:${HONORIFICS.join('|')})\\s+(\\p{Lu}[\\p{Ll}\\p{M}]*)(?![\\p{L}\\p{M}])(?!\\s\\p{Lu})`,
)
const HEAD_OF_GOVERNMENT = compileWordPattern('[Nn]gười đứng đầu Chính phủ(?![\\p{L}\\p{M}])')

function isTitleText(text: string): boolean {
  return (
    text !== '' &&
    countWords(text) <= MAX_TITLE_WORDS &&
    !testWordPattern(TITLE_STOP, text) &&
    !RE_CHAIN_BREAK.test(text)
  )
}

/** A title head as written ('Phó' included) and where it starts. */
type Head = PhraseMatch

const TITLE_INDEX = buildPhraseIndex(TITLE_HEADS.flatMap((head) => [head, `Phó ${head}`, `Quyền ${head}`]))

/** Title heads in a sentence, found word by word (see word-tokens). */
function findHeads(text: string): Head[] {
  return matchPhrases(text, TITLE_INDEX)
}

/** The title written just before position `end` ('Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh '), chain included. */
function findTitlesBefore(
  text: string,
  end: number,
  heads: readonly Head[],
): { titles: string[]; start: number } {
  const titles: string[] = []
  let limit = end
  let start = end
  for (;;) {
    const windowStart = Math.max(0, limit - LOOK_BEHIND)
    let accepted: { title: string; at: number } | null = null
    for (let i = heads.length - 1; i >= 0; i--) {
      const head = heads[i]
      if (head === undefined || head.index >= limit) continue
      if (head.index < windowStart) break
      const candidate = text.slice(head.index, limit).trim()
      if (candidate.includes(',') || !isTitleText(candidate.replace(/^\S+/, ''))) {
        if (candidate.includes(',') || RE_CHAIN_BREAK.test(candidate)) break
        continue
      }
      accepted = { title: candidate.replace(/[\s,]+$/, ''), at: head.index }
      break
    }
    if (accepted === null) break
    titles.unshift(accepted.title)
    start = accepted.at
    // A comma right before this title may chain another one: 'Ủy viên Bộ Chính trị, Bí thư Thành ủy …'
    const gap = text.slice(Math.max(0, start - 3), start)
    if (!/,\s*$/.test(gap)) break
    limit = start - gap.length + gap.lastIndexOf(',')
  }
  return { titles, start }
}

/** Titles written after a name: ', Chủ tịch …', ' - Chủ tịch … -', ' (Chủ tịch …)'. */
function findTitlesAfter(
  text: string,
  from: number,
  heads: readonly Head[],
): { titles: string[]; end: number } {
  const titles: string[] = []
  let position = from
  for (;;) {
    const rest = text.slice(position, position + 8)
    const lead = /^\s*(?:,|[-–]|\()\s*/u.exec(rest)
    if (lead === null) break
    const at = position + lead[0].length
    const head = heads.find((h) => h.index === at)
    if (head === undefined) break
    const afterLead = text.slice(at)
    const stop = RE_TITLE_END.exec(afterLead.slice(head.text.length))
    let title = afterLead.slice(0, head.text.length + (stop?.index ?? 0))
    const verb = execWordPattern(TITLE_STOP, title.slice(head.text.length))
    if (verb !== null) title = title.slice(0, head.text.length + verb.index)
    title = title.trim()
    if (countWords(title) > MAX_TITLE_WORDS) break
    titles.push(title)
    position += lead[0].length + title.length
    if (lead[0].includes('(') && text[position] === ')') position++
  }
  return { titles, end: position }
}

interface NameSpan {
  readonly start: number
  readonly end: number
  readonly name: string
}

/** Person names in a sentence: capitalised runs that start with a family name (2–4 syllables). */
function findNameSpans(text: string): NameSpan[] {
  const spans: NameSpan[] = []
  for (const run of findCapitalizedRuns(text)) {
    // A name has at least two words; most capitalised runs are a single word.
    if (run.words < 2) continue
    const words = run.text.split(' ')
    let offset = run.index
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? ''
      const length = words.length - i
      // 'Ông Lê Trung Chinh', 'Ông Tất Thành Cang' at a sentence start: 'Ông' is the honorific before a full
      // name, even one whose family name is not in the list.
      if (HONORIFIC_SURNAMES.has(word) && length - 1 >= 2 && length - 1 <= 4) {
        const name = words.slice(i + 1).join(' ')
        if (!NOT_PERSON_NAMES.has(name))
          spans.push({ start: offset + word.length + 1, end: run.index + run.text.length, name })
        break
      }
      if (SURNAMES.has(word) && length >= 2 && length <= 4) {
        const name = words.slice(i).join(' ')
        if (!NOT_PERSON_NAMES.has(name) && !NOT_PERSON_NAMES.has(words.slice(i, i + 2).join(' '))) {
          spans.push({ start: offset, end: run.index + run.text.length, name })
        }
        break
      }
      offset += word.length + 1
    }
  }
  return spans
}

function hasHonorificBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start)
  return /(?:^|[^\p{L}\p{M}])(?:ông|bà|anh|chị|đồng chí|Ông|Bà|Anh|Chị|Đồng chí)\s+$/u.test(before)
}

/** ' Bộ Y tế nhấn mạnh…' → ' Bộ Y tế': capitalised words and the lower-case syllables that complete them. */
function readOrganizationTail(rest: string): string {
  const words = /^(?:\s+[\p{L}\p{M}&]+){0,6}/u.exec(rest)?.[0] ?? ''
  let tail = ''
  let previousCapital = false
  for (const word of words.split(/(?=\s)/u)) {
    const bare = word.trim()
    if (bare === '') continue
    const capital = /^\p{Lu}/u.test(bare)
    if (!capital && (!previousCapital || testWordPattern(TITLE_STOP, bare))) break
    tail += word
    previousCapital = capital
  }
  return tail
}

// Titles repeat across mentions; their head keys are computed once per distinct title.
const headKeys = new Map<string, string>()

function titleHeadKey(title: string): string {
  const cached = headKeys.get(title)
  if (cached !== undefined) return cached
  RE_TITLE_HEAD.lastIndex = 0
  const head = RE_TITLE_HEAD.exec(title)
  const key = head === null ? '' : toMatchKey(head[0])
  if (headKeys.size > 10000) headKeys.clear()
  headKeys.set(title, key)
  return key
}

/** Finds the people of an article and every mention of them. */
export function findPeople(article: Article): PeopleIndex {
  const people: PersonRecord[] = []
  const byName = new Map<string, number>()
  const folded = foldedSentences(article)
  // Names and titles repeat at every mention: each distinct one is folded into a key once.
  const keys = new Map<string, string>()
  const matchKey = (text: string): string => {
    let key = keys.get(text)
    if (key === undefined) {
      key = toMatchKey(text)
      keys.set(text, key)
    }
    return key
  }
  const mentions: Mention[][][] = folded.map((paragraph) => paragraph.map(() => []))

  const addPerson = (name: string, titles: readonly string[]): number => {
    const key = matchKey(name)
    let index = byName.get(key)
    if (index === undefined) {
      index = people.length
      byName.set(key, index)
      people.push({
        name,
        given: name.split(' ').pop() ?? name,
        titles: [],
        titleKeys: new Set(),
        rank: 0,
        mentions: 0,
      })
    }
    const person = people[index]
    if (person !== undefined) {
      for (const title of titles) {
        const clean = title.replace(/^(?:và|cùng|của)\s+/u, '').trim()
        if (clean === '') continue
        const key = matchKey(clean)
        if (person.titleKeys.has(key)) continue
        person.titleKeys.add(key)
        // A real person holds a handful of titles; past that the text is no article (generated or garbled)
        // and a growing list would make every later title lookup slower.
        if (person.titles.length < MAX_TITLES_PER_PERSON) person.titles.push(clean)
        person.rank = Math.max(person.rank, rankTitle(clean))
      }
      person.mentions++
    }
    return index
  }

  // Pass 1: full names with their titles.
  const headsOf = folded.map((paragraph) => paragraph.map(findHeads))
  folded.forEach((paragraph, p) =>
    paragraph.forEach((text, s) => {
      const heads = headsOf[p]?.[s] ?? []
      for (const span of findNameSpans(text)) {
        const before = findTitlesBefore(text, span.start, heads)
        const after = findTitlesAfter(text, span.end, heads)
        const titles = [...before.titles, ...after.titles]
        const honorific = hasHonorificBefore(text, span.start)
        if (titles.length === 0 && !honorific && span.name.split(' ').length < 3) continue
        const person = addPerson(span.name, titles)
        mentions[p]?.[s]?.push({
          start: before.titles.length > 0 ? before.start : span.start,
          end: after.titles.length > 0 ? after.end : span.end,
          person,
          title: before.titles[before.titles.length - 1] ?? after.titles[0] ?? null,
          titles,
          kind: 'full',
        })
      }
    }),
  )

  const byGiven = new Map<string, number[]>()
  people.forEach((person, index) => {
    const key = toMatchKey(person.given)
    byGiven.set(key, [...(byGiven.get(key) ?? []), index])
  })
  let lastPerson = -1
  const resolveGiven = (given: string): number => {
    const candidates = byGiven.get(matchKey(given))
    if (candidates === undefined) return -1
    return candidates.includes(lastPerson) ? lastPerson : (candidates[0] ?? -1)
  }
  // Who holds each title head ('thủ tướng' → [0]), and each person's titles as match keys, built once.
  const holders = new Map<string, number[]>()
  const titleKeys = people.map((person) => person.titles.map(toMatchKey))
  const resolvedTitles = new Map<string, { key: string; precise: number[] }>()
  people.forEach((person, index) => {
    for (const title of person.titles) {
      const key = titleHeadKey(title)
      const list = holders.get(key) ?? []
      if (!list.includes(index)) list.push(index)
      holders.set(key, list)
    }
  })
  // Bare titles repeat ('Thủ tướng' in every other sentence): each distinct one is resolved to its holders once.
  const titleHolders = (title: string): { key: string; precise: number[] } => {
    const cached = resolvedTitles.get(title)
    if (cached !== undefined) return cached
    const written = toMatchKey(title)
    const key = written.startsWith('người đứng đầu chính phủ') ? 'thủ tướng' : titleHeadKey(title)
    const matches = holders.get(key) ?? []
    const precise = matches.filter((index) => titleKeys[index]?.some((t) => t.startsWith(written)) === true)
    const found = { key, precise }
    resolvedTitles.set(title, found)
    return found
  }
  const resolveTitle = (title: string): number => {
    const { key, precise } = titleHolders(title)
    const matches = holders.get(key)
    if (key === '' || matches === undefined || matches.length === 0) return -1
    const pool = precise.length > 0 ? precise : matches
    return pool.includes(lastPerson) ? lastPerson : (pool[0] ?? -1)
  }

  // Pass 2: short references and bare titles, resolved in reading order.
  folded.forEach((paragraph, p) =>
    paragraph.forEach((text, s) => {
      const list = mentions[p]?.[s]
      if (list === undefined) return
      const full = [...list]
      const covered = (start: number, end: number): boolean =>
        full.some((m) => start < m.end && end > m.start)
      const found: Mention[] = []
      for (const head of headsOf[p]?.[s] ?? []) {
        const start = head.index
        let end = start + head.text.length
        if (covered(start, end)) continue
        const given = /^\s+(\p{Lu}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}])(?!\s\p{Lu})/u.exec(text.slice(end))
        const givenIndex = given?.[1] === undefined ? -1 : resolveGiven(given[1])
        if (given !== null && givenIndex >= 0) {
          end += given[0].length
          found.push({ start, end, person: givenIndex, title: head.text, kind: 'short' })
          continue
        }
        // The bare title, extended over an organisation written after it ('Thứ trưởng Bộ GTVT').
        const title = head.text + readOrganizationTail(text.slice(end))
        found.push({ start, end: start + title.length, person: resolveTitle(title), title, kind: 'title' })
      }
      const heads = text.includes('đứng đầu Chính phủ') ? matchWordPattern(HEAD_OF_GOVERNMENT, text) : []
      for (const match of heads) {
        if (covered(match.index, match.index + match[0].length)) continue
        found.push({
          start: match.index,
          end: match.index + match[0].length,
          person: resolveTitle('Thủ tướng'),
          title: match[0],
          kind: 'title',
        })
      }
      for (const match of matchWordPattern(HONORIFIC_NAME, text)) {
        const end = match.index + match[0].length
        if (covered(match.index, end) || found.some((m) => match.index < m.end && end > m.start)) continue
        const index = resolveGiven(match[1] ?? '')
        if (index >= 0) found.push({ start: match.index, end, person: index, title: null, kind: 'short' })
      }
      const all = [...full, ...found].sort((a, b) => a.start - b.start)
      for (const match of matchWordPattern(PRONOUN, text)) {
        const end = match.index + match[0].length
        if (all.some((m) => match.index < m.end && end > m.start)) continue
        const previous = all.findLast((m) => m.end <= match.index && m.person >= 0)
        const person = previous?.person ?? lastPerson
        all.push({ start: match.index, end, person, title: null, kind: 'pronoun' })
      }
      all.sort((a, b) => a.start - b.start)
      for (const mention of all) {
        if (mention.person >= 0) {
          lastPerson = mention.person
          const record = people[mention.person]
          if (record !== undefined && mention.kind !== 'full') record.mentions++
        }
      }
      list.splice(0, list.length, ...all)
    }),
  )
  return { people, mentions }
}

/** 'Thủ tướng Nguyễn Xuân Phúc': a person's first title (or the title at the mention) and name. */
export function describePerson(person: PersonRecord | undefined, title: string | null): string | null {
  if (person === undefined) return title
  const shown = title ?? person.titles[0] ?? null
  return shown === null ? person.name : `${shown} ${person.name}`
}
