import type { Article } from '../article/article'
import { foldedSentence } from './folded-sentences'
import type { EventDate, MeetingEvent, Person, SourceRef } from './facts'
import type { Mention, PeopleIndex, PersonRecord } from './find-people'

/**
 * The meeting itself: who chaired it, when (as written; the year only when written), where, and who
 * attended. The chair is whoever 'chủ trì' the meeting; failing that, the highest-ranking person the
 * article names (a Deputy Prime Minister over a provincial vice-chair reporting to him).
 */

// 'Sáng 12-2', 'Chiều 29/4/2021', 'sáng nay (3/6)', 'Ngày 28/4', 'Hôm nay (28/4)', 'Sáng 14.3.2026'.
const RE_EVENT_DATE =
  /(?<![\p{L}\p{M}])(?:(sáng|chiều|trưa|tối|đêm)(?:\s+(nay|qua|hôm nay))?|(ngày|hôm nay|hôm qua))\s*(?:\(\s*)?(?:ngày\s+)?(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:[/\-.](\d{4}))?(?!\d)\s*\)?/giu
const RE_DATE_INTRODUCER = /(?:^|\s)(?:vào|diễn ra|tổ chức|khai mạc|họp|làm việc)\s+$/u
// 'Bộ X chủ trì, phối hợp …', 'cơ quan chủ trì soạn thảo': leading a task, not chairing the meeting.
const RE_CHAIR_VERB =
  /(?<![\p{L}\p{M}])chủ trì(?![\p{L}\p{M}])(?!\s*,?\s*(?:phối hợp|soạn thảo|xây dựng|thực hiện|triển khai|tham mưu))/u
// Between the chair's mention and 'chủ trì' only adverbs may stand ('Thủ tướng đã chủ trì').
const RE_CHAIR_GAP = /^[\s,]*(?:(?:đã|đang|sẽ|vừa|cũng|trực tiếp|đồng)\s+)*$/u
const RE_ATTENDANCE =
  /(?<![\p{L}\p{M}])(?:[Tt]ham dự|[Cc]ùng dự|[Dd]ự hội nghị|[Dd]ự cuộc họp|có sự tham gia|đồng chủ trì|[Cc]ùng đi|tham gia đoàn)(?![\p{L}\p{M}])/u
// 'tại điểm cầu Đồng Nai', 'tại Bệnh viện Đa khoa Tân Phú' (a lower-case syllable may complete a word).
const RE_LOCATION =
  /(?<![\p{L}\p{M}])tại\s+((?:(?:điểm cầu|trụ sở|hội trường|Hội trường|tỉnh|thành phố|TP\.?|huyện|xã|Nhà Quốc hội|sân bay|Trung tâm)\s+)?\p{Lu}[\p{L}\p{M}.]*(?:\s+(?:(?!(?:có|và|của|là|với|cho|để|tại|trong|dự|cùng|đã|do|khi|thì)\s)\p{Ll}+\s+(?=\p{Lu}))?\p{Lu}[\p{L}\p{M}.]*){0,4}(?:\s+(?:phủ|tỉnh|thành phố)(?:\s+\p{Lu}[\p{L}\p{M}]*)*)?)/gu
// Reported words ('… cho biết, tại Việt Nam …') are about somewhere else than the meeting room.
const RE_REPORTED_BEFORE = /(?:cho biết|cho rằng|cho hay|nói|báo cáo|thông tin)[^.;]*$/u
// Sentences about the meeting itself; others tell where something else happened ('tại sân bay …').
const RE_MEETING_WORD =
  /(?<![\p{L}\p{M}])(?:hội nghị|cuộc họp|phiên họp|buổi làm việc|làm việc|họp|kiểm tra|thăm|dự|tham dự|chủ trì|diễn đàn|lễ|tọa đàm|hội thảo|đối thoại|tiếp xúc)(?![\p{L}\p{M}])/iu
// A country is no venue: 'các nước tại Việt Nam' names where embassies are.
const NOT_VENUES = new Set(['Việt Nam'])
const DATE_WINDOW_SENTENCES = 8
const LOCATION_WINDOW_SENTENCES = 4
const PARTS_OF_DAY = new Set(['sáng', 'trưa', 'chiều', 'tối'])

interface Located {
  readonly p: number
  readonly s: number
  readonly text: string
}

function firstSentences(article: Article, count: number): Located[] {
  const list: Located[] = []
  for (let p = 0; p < article.sentences.length && list.length < count; p++) {
    const paragraph = article.sentences[p] ?? []
    for (let s = 0; s < paragraph.length && list.length < count; s++) {
      list.push({ p, s, text: foldedSentence(article, p, s) })
    }
  }
  return list
}

/** The meeting date as written, from the opening sentences only (later dates belong to other events). */
export function findEventDate(article: Article): EventDate | null {
  for (const { text } of firstSentences(article, DATE_WINDOW_SENTENCES)) {
    RE_EVENT_DATE.lastIndex = 0
    for (const match of text.matchAll(RE_EVENT_DATE)) {
      const part = match[1]?.toLowerCase()
      const relative = match[2]?.toLowerCase()
      const dayWord = match[3]?.toLowerCase()
      const day = Number(match[4])
      const month = Number(match[5])
      if (day < 1 || day > 31 || month < 1 || month > 12) continue
      // 'ngày 24/10' mid-sentence is some other day; the meeting's own date opens a sentence or has a part of day.
      const before = text.slice(0, match.index)
      const atStart = before.replace(/[\s("“]/g, '') === ''
      // '… diễn ra ngày 4-11', '… vào ngày 28-5': the meeting's own date written mid-sentence.
      const introduced = RE_DATE_INTRODUCER.test(before)
      if (part === undefined && !atStart && !introduced && dayWord !== 'hôm nay') continue
      if (relative === 'qua' || relative === 'hôm qua' || dayWord === 'hôm qua') continue
      const yearText = match[6]
      return {
        text: match[0].replace(/\s+$/, '').replace(/\s*\($/, ''),
        partOfDay: part !== undefined && PARTS_OF_DAY.has(part) ? (part as EventDate['partOfDay']) : null,
        day,
        month,
        year: yearText === undefined ? null : Number(yearText),
      }
    }
  }
  return null
}

function toPerson(record: PersonRecord | undefined, mention: Mention | undefined): Person | null {
  if (record === undefined) return null
  return { name: record.name, title: mention?.title ?? record.titles[0] ?? null }
}

/** A participant with every title the article gives at that mention ('Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh'). */
function toParticipant(record: PersonRecord | undefined, mention: Mention): Person | null {
  const person = toPerson(record, mention)
  if (person === null || mention.titles === undefined || mention.titles.length < 2) return person
  return { ...person, title: mention.titles.join(', ') }
}

interface ChairFinding {
  readonly person: number
  readonly source: SourceRef | null
  readonly meeting: string | null
}

/** The person who 'chủ trì' the meeting, else the highest-ranking person named. */
function findChair(article: Article, people: PeopleIndex): ChairFinding | null {
  for (let p = 0; p < article.sentences.length; p++) {
    const paragraph = article.sentences[p] ?? []
    for (let s = 0; s < paragraph.length; s++) {
      const text = foldedSentence(article, p, s)
      const verb = RE_CHAIR_VERB.exec(text)
      if (verb === null) continue
      const mentions = (people.mentions[p]?.[s] ?? []).filter((m) => m.person >= 0 && m.end <= verb.index)
      const subject = mentions[mentions.length - 1]
      // 'Phó Thủ tướng giao Bộ GD&ĐT chủ trì …': the nearest person before the verb is not its subject.
      if (subject === undefined || !RE_CHAIR_GAP.test(text.slice(subject.end, verb.index))) continue
      const meeting = text
        .slice(verb.index + verb[0].length)
        .split(/[,.;:…]|\.\.\./)[0]
        ?.trim()
        .split(/\s+/)
        .slice(0, 16)
        .join(' ')
      return { person: subject.person, source: { paragraph: p, sentence: s }, meeting: meeting || null }
    }
  }
  let best = -1
  people.people.forEach((person, index) => {
    const current = people.people[best]
    if (person.rank === 0) return
    if (current === undefined || person.rank > current.rank) best = index
    else if (person.rank === current.rank && person.mentions > current.mentions) best = index
  })
  if (best < 0) return null
  let source: SourceRef | null = null
  people.mentions.some((paragraph, p) =>
    paragraph.some((mentions, s) => {
      if (!mentions.some((m) => m.person === best)) return false
      source = { paragraph: p, sentence: s }
      return true
    }),
  )
  return { person: best, source, meeting: null }
}

function findMention(people: PeopleIndex, person: number, source: SourceRef | null): Mention | undefined {
  if (source === null) return undefined
  return people.mentions[source.paragraph]?.[source.sentence]?.find(
    (m) => m.person === person && m.title !== null,
  )
}

function findLocation(article: Article, chairSource: SourceRef | null): string | null {
  const candidates = firstSentences(article, LOCATION_WINDOW_SENTENCES)
  if (chairSource !== null) {
    const text = article.sentences[chairSource.paragraph]?.[chairSource.sentence]
    if (text !== undefined) candidates.unshift({ p: chairSource.paragraph, s: chairSource.sentence, text })
  }
  for (const { text } of candidates) {
    if (!RE_MEETING_WORD.test(text)) continue
    RE_LOCATION.lastIndex = 0
    for (const match of text.matchAll(RE_LOCATION)) {
      const place = match[1]?.replace(/[.,]$/, '')
      if (place === undefined || NOT_VENUES.has(place)) continue
      if (RE_REPORTED_BEFORE.test(text.slice(0, match.index))) continue
      return place
    }
  }
  return null
}

function findParticipants(article: Article, people: PeopleIndex, chair: number): Person[] {
  const participants: Person[] = []
  const seen = new Set<number>([chair])
  article.sentences.forEach((paragraph, p) =>
    paragraph.forEach((sentence, s) => {
      if (!RE_ATTENDANCE.test(sentence)) return
      for (const mention of people.mentions[p]?.[s] ?? []) {
        if (mention.person < 0 || seen.has(mention.person)) continue
        seen.add(mention.person)
        const person = toParticipant(people.people[mention.person], mention)
        if (person !== null) participants.push(person)
      }
    }),
  )
  return participants
}

function formatDate(date: EventDate): string {
  return date.text.charAt(0).toLowerCase() + date.text.slice(1)
}

/** The event an article reports: chair, date, location, participants and a one-sentence summary. */
export function extractEvent(article: Article, people: PeopleIndex): MeetingEvent {
  const found = findChair(article, people)
  const record = found === null ? undefined : people.people[found.person]
  const chair = toPerson(record, found === null ? undefined : findMention(people, found.person, found.source))
  const date = findEventDate(article)
  const location = findLocation(article, found?.source ?? null)
  const participants = found === null ? [] : findParticipants(article, people, found.person)
  let summary: string
  if (chair !== null) {
    const who = chair.title === null ? chair.name : `${chair.title} ${chair.name}`
    const what = found?.meeting ? `chủ trì ${found.meeting}` : 'chỉ đạo'
    summary = `${who} ${what}${date === null ? '' : `, ${formatDate(date)}`}.`
  } else {
    const lead = article.sentences[0]?.[0] ?? article.title ?? ''
    summary = lead.split(/\s+/).slice(0, 30).join(' ')
  }
  return { summary, chair, date, location, participants, source: found?.source ?? null }
}
