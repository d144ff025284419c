import type { Article } from '../article/article'
import { toMatchKey } from '../article/fold-text'
import type { Directive, SourceRef } from './facts'
import { foldedSentences } from './folded-sentences'
import { describePerson, type Mention, type PeopleIndex } from './find-people'
import { RE_ORGANIZATION_HEAD, rankTitle } from './lexicon'
import { RE_SPEECH_VERB, SPEECH_VERB_WORDS } from './speech-verbs'
import {
  ACTION_WORD,
  ACTION_WORD_SOURCE,
  DIRECTIVE_VERB,
  MODAL,
  RE_ADDRESSEE_START,
  RE_CLAUSE_FRAME,
  RE_CONNECTOR_FRAME,
  RE_GIVEN_TASK,
  RE_IMPERATIVE_START,
  RE_NOT_DIRECTIVE_AFTER,
  RE_NOT_DIRECTIVE_BEFORE,
  RE_STATIVE_WORD,
  RE_TIME_FRAME,
  RE_VERBAL_FRAME,
  SOFT_DIRECTIVE_VERBS,
} from './directive-words'
import { execWordPattern, matchWordPattern, testWordPattern } from './word-pattern'
import { countWords, isWhitespace } from '../article/count-words'

/**
 * Directives: what officials asked, required, assigned, proposed or urged, one item per distinct instruction.
 * Three shapes are read:
 *  - a directive verb with an official subject: 'Thủ tướng yêu cầu các bộ … nhìn nhận …' (the subject may
 *    be left out when it carries over: '…, yêu cầu đưa …'); lists split at ';' and 'đồng thời';
 *  - an attributed instruction: a modal sentence or quotation with its speaker ('“… phải …”, ông nói');
 *  - continuations: after a directive, the following modal or imperative sentences ('Trong đó, cần …',
 *    'Thành lập các tổ công tác …', 'Bộ Tài chính cũng đổi mới …') carry the same issuer until the article
 *    moves on to someone else or to reporting.
 */

interface Issuer {
  readonly text: string | null
  readonly person: number
}

interface Context {
  readonly issuer: Issuer
  /** 'directive' after a directive; 'speech' after an official merely spoke (only modal sentences continue). */
  readonly strength: 'directive' | 'speech'
  idle: number
}

interface SentenceInput {
  readonly text: string
  readonly folded: string
  readonly mentions: readonly Mention[]
  readonly source: SourceRef
}

const MIN_ISSUER_RANK = 30
const RE_DIGIT = /\d/
const RE_NOT_ADDRESSEE_START =
  /^(?:nếu|khi|trong|để|với|theo|về|phải|cần|sau|trước|từ|tùy|là|ngoài|bên cạnh|đối với|muốn|mặc dù|dù|tuy)(?![\p{L}\p{M}])/iu
const RE_ADDRESSEE_TAIL =
  /\s+(?:cũng|đã|sẽ|đang|vừa|với|của|từ|ngoài|như|trong|ngay|thì|là|chủ trì|phải|cần|luôn|tiếp tục|có)(?![\p{L}\p{M}]).*$/u
const RE_CAPITAL_START = /^\p{Lu}/u
const RE_MODAL_WORD = /^(?:cần|phải)$/u
const MAX_ADDRESSEE_WORDS = 14
const MAX_FORMULA_ITEM_WORDS = 7
// The last characters of an item that must hold a speech verb or connector before the full patterns run.
const ITEM_END = 60
const RE_SPEECH_VERB_END = new RegExp(`(?:${SPEECH_VERB_WORDS})(?:\\s+(?:thêm|rõ))?[\\s.,]*$`, 'u')
const RE_CONNECTOR_END = /(?:đồng thời|và|để|nhưng|hoặc|mà|thì)$/u
// Longer than any attribution ('…, Phó Thủ tướng Thường trực Trương Hòa Bình nhấn mạnh') or connector run.
const ITEM_TAIL = 160
const RE_TRAILING_ADVERBS =
  /(?:\s+(?:cũng|tiếp tục|còn|đồng thời|thì|đặc biệt|luôn|thường xuyên|một lần nữa|trực tiếp|liên tục|kiên quyết|nghiêm khắc|mạnh mẽ|tha thiết|đã|sẽ|lại|nhấn mạnh(?:\s+(?:là|rằng))?|nêu rõ(?:\s+(?:là|rằng))?|khẳng định(?:\s+(?:là|rằng))?|cũng đã|và|(?:nói|chỉ đạo|yêu cầu|nhấn mạnh|đề nghị|lưu ý|kết luận|phát biểu)\s+và))+\s*$/u
const RE_PAST_MARKER = /(?:^|\s)(?:đã|vừa|từng)\s*$/u
// A trailing reason ('…, vì …'), not 'vì vậy'/'vì thế' (so) and never across a full stop.
const RE_REASON = /,?\s+(?:bởi vì|bởi|vì)\s(?!vậy|thế)[^.!?]+$/u
// 'Theo ông Bình, …' and '…, ông Dũng nói': who said it is shown as the issuer, not inside the bullet.
const RE_ATTRIBUTION_OPENING = /^(?:Cũng\s+)?[Tt]heo\s+(?:ông|bà|Ông|Bà|\p{Lu})[^,;:]{1,60},\s*/u
const RE_ATTRIBUTION_CLOSING = new RegExp(
  `[,\\-–]\\s*(?:(?:ông|bà|Ông|Bà)\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}&]*\\s*){1,7}(?:\\p{Ll}+\\s+){0,2}?(?:${SPEECH_VERB_WORDS})(?:\\s+(?:thêm|rõ))?[\\s.,]*$`,
  'u',
)
// An item cut just before its next part ('…, đồng thời'): the connector is left hanging.
const RE_DANGLING_CONNECTOR = /(?:,?\s+(?:đồng thời|và|để|nhưng|hoặc|mà|thì))+$/u
const RE_SPLIT_ITEMS_CAPTURED = /(\s*;\s*|,?\s+đồng thời\s+)/u
const RE_QUOTE_MARKS = /[“”"«»]/g
const RE_SERIAL_VERB_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])${ACTION_WORD_SOURCE}\\s*,\\s*$`, 'u')
// An end-anchored pattern is tried from every position of its input: test it on the tail it can match in.
const SERIAL_VERB_TAIL = 80
const RE_PAST_FRAME =
  /^[\s“"]*(?:Trước đó|Trước đây|Hôm qua|Năm ngoái|Năm trước|Thời gian qua)(?![\p{L}\p{M}])/iu
// An opening span that ends now ('Trong 3 tháng qua,', 'Từ đầu năm đến nay,'): what follows is a tally.
const RE_PAST_SPAN_FRAME =
  /^[\s“"]*[^,;:.“”"]{0,40}?(?:(?:ngày|tuần|tháng|quý|năm|thời gian|nhiệm kỳ|giai đoạn)(?:\s+(?:vừa|\d+)){0,2}\s+qua|đến nay)\s*,/iu
// 'Tỉnh huy động được 500 cán bộ': a verb with 'được' after it tells what was achieved.
const RE_ACHIEVED_AFTER = /^\s+được(?![\p{L}\p{M}])/u
const RE_PAST_BEFORE_MODAL = /(?:^|\s)đã\s(?:(?!\s(?:cần|phải)\s).)*\s(?:cần|phải)\s/u
const RE_PAST_IN_CLAUSE = /^(?:\S+\s+){0,4}?(?:đã|đang|vừa)\s/u
// A subject of a few words and a past marker: the clause tells what someone did ('tỉnh đã huy động …').
const RE_PAST_OPENING = /^(?:\S+\s+){0,4}?(?:đã|vừa)\s/u
const RE_FUTURE_IN_CLAUSE = /^(?:\S+\s+){0,6}?sẽ\s/u
const RE_NUMBERED_DOCUMENT_ISSUED =
  /(?:^|\s)(?:ban hành|ký|thông qua|công bố)\s+(?:các\s+)?(?:nghị quyết|nghị định|quyết định|chỉ thị|thông tư|công điện|luật)\s+(?:số\s+)?\d/iu
const RE_NOMINALISED = /^(?:việc|Việc)\s/u
const RE_REASON_OPENING = /^[\s“"]*(?:Vì|Bởi vì|Bởi lẽ|Lý do là)(?![\p{L}\p{M}])/u
const RE_PAST_WORD = /(?:^|\s)(?:đã|vừa|vừa qua|trước đây)(?=[\s,.]|$)/u

function trimItem(text: string): string {
  let item = text
    .replace(/^[\s,:;.\-–“”"]+/u, '')
    .replace(/^(?:và|thì|là|rằng)\s+/u, '')
    .replace(RE_ATTRIBUTION_OPENING, '')
  // End-anchored patterns are tried from every position: each runs only when the last words can end a match,
  // and then on the tail it can match in.
  if (RE_SPEECH_VERB_END.test(item.slice(-ITEM_END))) {
    const tailStart = Math.max(0, item.length - ITEM_TAIL)
    const closing = RE_ATTRIBUTION_CLOSING.exec(item.slice(tailStart))
    if (closing !== null) item = item.slice(0, tailStart + closing.index)
  }
  item = trimTrailingPunctuation(item)
  if (RE_CONNECTOR_END.test(item.slice(-ITEM_END))) {
    const connector = RE_DANGLING_CONNECTOR.exec(item.slice(Math.max(0, item.length - ITEM_TAIL)))
    if (connector !== null) item = item.slice(0, item.length - connector[0].length)
  }
  return trimTrailingPunctuation(item).trim()
}

const TRAILING_PUNCTUATION = new Set([...',;:.…“”"-–—'].map((mark) => mark.charCodeAt(0)))

/** Drops trailing spaces and punctuation (a loop: an end-anchored class regex rescans every space run). */
function trimTrailingPunctuation(text: string): string {
  let end = text.length
  while (end > 0) {
    const code = text.charCodeAt(end - 1)
    if (!TRAILING_PUNCTUATION.has(code) && !isWhitespace(code)) break
    end--
  }
  return end === text.length ? text : text.slice(0, end)
}

/** True when the text holds a verb of action (not just 'có' or 'không'). */
function hasActionVerb(text: string): boolean {
  for (const match of matchWordPattern(ACTION_WORD, text)) if (!RE_STATIVE_WORD.test(match[0])) return true
  return false
}

/** Strips the openings that frame an instruction ('Đồng thời, ', 'Về điều trị, ', 'Từ năm 2017 '). */
export function stripFrames(sentence: string): string {
  let text = sentence.replace(/^[\s“”"'\-–•*+]+/u, '')
  for (let i = 0; i < 3; i++) {
    let next = text.replace(RE_CONNECTOR_FRAME, '').replace(RE_TIME_FRAME, '')
    const frame = RE_CLAUSE_FRAME.exec(next)
    // 'Từ năm 2017 các địa phương bố trí ngân sách,' is a clause, not a frame: frames hold no verb.
    if (frame !== null && (RE_VERBAL_FRAME.test(frame[0]) || !hasActionVerb(frame[0].replace(/^\S+/u, '')))) {
      next = next.slice(frame[0].length)
    }
    if (next === text) break
    text = next
  }
  return text
}

/**
 * The instruction as a bullet shows it: only connectors ('Đồng thời, ') are dropped. Frames that say what or
 * when it applies to ('Đối với thôn A, …', 'Khi có ca bệnh, …') stay, since without them the bullet would
 * say something else.
 */
function stripConnectors(sentence: string): string {
  let text = sentence.replace(/^[\s“”"'\-–•*+]+/u, '')
  for (let i = 0; i < 3; i++) {
    const next = text.replace(RE_CONNECTOR_FRAME, '')
    if (next === text) break
    text = next
  }
  return text
}

/**
 * True when the clause reports what was done ('Mặt trận … đã phổ biến …'): a past marker before any modal or
 * verb of action. One after them ('… như thời gian qua đã làm') compares, it does not report.
 */
function reportsPast(body: string): boolean {
  const modal = execWordPattern(MODAL, body)
  const action = execWordPattern(ACTION_WORD, body)
  const end = Math.min(modal?.index ?? body.length, action?.index ?? body.length)
  return RE_PAST_WORD.test(body.slice(0, end))
}

/** The addressees written at the start of an instruction ('các bộ, ngành, địa phương nhìn nhận …'). */
function parseAddressees(text: string): string[] {
  // 'Từ năm 2017 các địa phương bố trí …': the addressee follows the frame. Frames open with a capital.
  const stripped = (RE_CAPITAL_START.test(text) ? stripFrames(text) : text).replace(/^cho\s+/u, '')
  const action = execWordPattern(ACTION_WORD, stripped)
  if (action === null || action.index === 0) return []
  const phrase = stripped.slice(0, action.index).trim().replace(/[,:]$/, '')
  if (phrase === '' || countWords(phrase) > MAX_ADDRESSEE_WORDS) return []
  // A name-led addressee is a run of capitalised words ('Hưng Yên', 'ACV và Cảng HKQT Tân Sơn Nhất').
  const named = phrase.split(/\s+/).every((word) => /^(?:\p{Lu}|và$|&)/u.test(word))
  if (!RE_ADDRESSEE_START.test(stripped) && !RE_ORGANIZATION_HEAD.test(stripped) && !named) return []
  // 'Nếu phát hiện …', 'Phải có …', 'Trong PCTT cần …': a clause or a modal, not someone to act.
  if (RE_NOT_ADDRESSEE_START.test(phrase)) return []
  const parts: string[] = []
  for (const raw of phrase.split(/\s*,\s*|\s+và\s+(?=\p{Lu}|các\s)/u)) {
    // 'Tỉnh ủy Đắc Lắc cũng', 'Bộ GD&ĐT chủ trì', 'TP sẽ': the addressee ends where its predicate starts.
    const part = raw.replace(RE_ADDRESSEE_TAIL, '').trim()
    if (part === '' || RE_NOT_ADDRESSEE_START.test(part)) continue
    // 'Hà Nam với hơn 1.000 dân': a place described by a figure is what the order is about, not who acts.
    if (RE_DIGIT.test(part)) return []
    parts.push(part)
  }
  return parts
}

function issuerFromMention(people: PeopleIndex, mention: Mention): Issuer | null {
  const person = people.people[mention.person]
  if (person === undefined) {
    if (mention.title === null || rankTitle(mention.title) < MIN_ISSUER_RANK) return null
    return { text: mention.title, person: -1 }
  }
  if (Math.max(person.rank, rankTitle(mention.title)) < MIN_ISSUER_RANK && mention.kind !== 'full')
    return null
  // A short or title-only mention ('Bí thư Thăng', 'người đứng đầu Chính phủ') is shown with the full title.
  return {
    text: describePerson(person, mention.kind === 'full' ? mention.title : null),
    person: mention.person,
  }
}

/** An organisation written just before a verb ('BHXH Việt Nam', 'Bộ Y tế'), as the issuer. */
function issuerFromOrganization(clause: string): Issuer | null {
  const words = clause.trim().split(/\s+/)
  // Shortest first: in 'UBND TP.HCM chỉ đạo UBND TP.HCM chỉ đạo …' the issuer is the nearest 'UBND TP.HCM'.
  for (let i = words.length - 1; i >= Math.max(0, words.length - 8); i--) {
    // Every organisation head is capitalised: skip building candidates that cannot match.
    if (!RE_CAPITAL_START.test(words[i] ?? '')) continue
    const candidate = words.slice(i).join(' ')
    if (RE_ORGANIZATION_HEAD.test(candidate) && !/\s\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u.test(candidate)) {
      return { text: candidate.replace(/^[“"]/u, ''), person: -1 }
    }
  }
  return null
}

// End-anchored patterns are tried from every position of their input; run on a tail, they cost the same
// whatever the clause length. A tail longer than any chain they match, plus a margin, keeps results exact.
const END_TAIL = 160
const END_MARGIN = 40

/**
 * The match of an end-anchored pattern (`…$`, no `g` flag) in `text`, with its index in `text`. A match that
 * starts near the tail's cut may continue before it, so then the whole text is searched.
 */
function execAtEnd(pattern: RegExp, text: string): RegExpExecArray | null {
  const cut = Math.max(0, text.length - END_TAIL)
  if (cut === 0) return pattern.exec(text)
  const match = pattern.exec(text.slice(cut))
  if (match === null) return null
  if (match.index < END_MARGIN) return pattern.exec(text)
  match.index += cut
  return match
}

/** ',;:“”"(' by code: compared inline, this backward scan runs for every directive verb. */
function isClauseMark(code: number): boolean {
  return (
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 34 ||
    code === 40
  )
}

/** Position of the last clause mark at or before `from`, or -1. */
function lastClauseMark(text: string, from: number): number {
  let at = Math.min(from, text.length - 1)
  while (at >= 0 && !isClauseMark(text.charCodeAt(at))) at--
  return at
}

type SubjectFinding = { kind: 'issuer'; issuer: Issuer } | { kind: 'none' } | { kind: 'other' }

/** Who gives the instruction at `verbIndex`: the official or organisation right before it, if any. */
function findSubject(input: SentenceInput, verbIndex: number, people: PeopleIndex): SubjectFinding {
  const { folded, mentions } = input
  let clauseStart = 0
  // The nearest clause mark before the verb that is not inside a mention ('Phó Thủ tướng, Bộ trưởng …').
  for (let i = lastClauseMark(folded, verbIndex - 1); i >= 0; i = lastClauseMark(folded, i - 1)) {
    if (!mentions.some((m) => m.start < i && m.end > i)) {
      clauseStart = i + 1
      break
    }
  }
  const clause = folded.slice(clauseStart, verbIndex)
  if (execAtEnd(RE_PAST_MARKER, clause) !== null) return { kind: 'other' }
  const core = clause
    .slice(0, execAtEnd(RE_TRAILING_ADVERBS, clause)?.index ?? clause.length)
    .replace(/^[\s“”"]+/u, '')
    .trimEnd()
  if (core === '') return { kind: 'none' }
  // 'Việc Chủ tịch tỉnh đồng ý hỗ trợ … đã giúp …': a verb made a noun by 'việc' is the subject of a report.
  if (RE_NOMINALISED.test(core)) return { kind: 'other' }
  // 'Chúng tôi đề nghị …' inside a quotation: the speaker of the quotation gives the instruction.
  if (/^(?:chúng tôi|tôi|chúng ta)$/iu.test(core)) {
    const speaker = findSpeaker(input, people)
    return speaker === null ? { kind: 'none' } : { kind: 'issuer', issuer: speaker }
  }
  const coreEnd = clauseStart + (clause.length - clause.trimStart().length) + core.length
  const mention = mentions.findLast(
    (m) => m.end <= verbIndex && m.end >= coreEnd - 1 && m.start >= clauseStart,
  )
  if (mention !== undefined) {
    const issuer = issuerFromMention(people, mention)
    return issuer === null ? { kind: 'other' } : { kind: 'issuer', issuer }
  }
  const organization = issuerFromOrganization(core)
  if (organization !== null) return { kind: 'issuer', issuer: organization }
  return { kind: 'other' }
}

/** The quotation just before an attribution verb, or the text before the attribution when it closes one. */
function findQuotedContent(folded: string, text: string, subjectStart: number): string | null {
  const before = text.slice(0, subjectStart)
  const close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'))
  if (close < 0) return null
  // '"… của "mẹ thiên nhiên" … nổi giận", ông nói': a sentence that opens with a straight mark is quoted whole;
  // the straight marks inside it nest.
  const opensQuoted = before[close] === '"' && before.trimStart().startsWith('"')
  const open = opensQuoted
    ? before.indexOf('"')
    : Math.max(before.lastIndexOf('“', close - 1), before.lastIndexOf('"', close - 1))
  void folded
  return trimItem(before.slice(open < 0 ? 0 : open + 1, close))
}

function hasModal(text: string): boolean {
  return testWordPattern(MODAL, text)
}

/** Splits an instruction into its distinct items and cleans each for a bullet. */
function splitItems(content: string): string[] {
  const parts: string[] = []
  // The separators are captured so that a part merged back keeps the text exactly as written.
  const pieces = isFormulaList(content) ? [content] : content.split(RE_SPLIT_ITEMS_CAPTURED)
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i] ?? ''
    const separator = pieces[i - 1] ?? ''
    // '…; các kỳ thi, lễ hội…' continues a list of things, not a new instruction: keep it with the one before.
    if (parts.length > 0 && !testWordPattern(ACTION_WORD, part) && !hasModal(part))
      parts[parts.length - 1] += separator + part
    else parts.push(part)
  }
  return parts
    .map((part) => trimItem(part.replace(RE_QUOTE_MARKS, '')))
    .map((part) => {
      const cut = part.replace(RE_REASON, '')
      return countWords(cut) >= 3 ? cut : part
    })
    .filter((part) => countWords(part) >= 2)
}

/**
 * 'nghĩ phải chín, phải kỹ; tư tưởng phải thông; quyết tâm phải cao; nỗ lực phải lớn': a run of short
 * ';'-separated phrases is one formula whose parts mean nothing alone, not a list of separate instructions.
 */
function isFormulaList(content: string): boolean {
  if (!content.includes(';')) return false
  const items = content.split(';').map((item) => countWords(item))
  if (items.length < 3) return false
  const short = items.slice(1).filter((words) => words <= MAX_FORMULA_ITEM_WORDS).length
  return short >= (items.length - 1) * 0.75
}

interface VerbHit {
  readonly index: number
  readonly verb: string
  readonly end: number
}

function findVerbs(folded: string): VerbHit[] {
  const hits: VerbHit[] = []
  for (const match of matchWordPattern(DIRECTIVE_VERB, folded)) {
    const verb = match[1]?.toLowerCase() ?? ''
    const before = folded.slice(Math.max(0, match.index - 24), match.index)
    const after = folded.slice(match.index + match[0].length, match.index + match[0].length + 40)
    if (RE_NOT_DIRECTIVE_BEFORE.test(before) || RE_NOT_DIRECTIVE_AFTER.test(after)) continue
    // 'Ban Chỉ đạo': capitalised mid-sentence it is part of a name.
    if (/^\p{Lu}/u.test(match[0]) && match.index > 0 && !/[.:;“"]\s*$/u.test(before)) continue
    if (verb === 'giao' && !RE_GIVEN_TASK.test(after)) continue
    hits.push({ index: match.index, verb: match[0], end: match.index + match[0].length })
  }
  return hits
}

// 'đề xuất với Quốc hội về việc điều chỉnh vốn': the verb's recipient, then the matter put to them.
const RE_RECIPIENT_WITH_MATTER = /^\s*với\s+(\p{Lu}[^,;:.“”"]{1,50}?)\s+về\s+(?:việc\s+)?/u
// 'kiến nghị với Bộ Tài chính cho phép …': the recipient opens the instruction.
const RE_RECIPIENT_OPENING = /^\s*với\s+(?=\p{Lu})/u

/**
 * A verb followed by 'với' and a name addresses that body: a bullet opening with 'với Quốc hội …' reads as
 * a broken cut, so the recipient becomes the addressee and the bullet shows the matter or opens with them.
 */
function readRecipient(content: string): { name: string; matter: string } | null {
  const withMatter = RE_RECIPIENT_WITH_MATTER.exec(content)
  if (withMatter?.[1] !== undefined)
    return { name: withMatter[1].trim(), matter: content.slice(withMatter[0].length) }
  const opening = RE_RECIPIENT_OPENING.exec(content)
  if (opening === null) return null
  const matter = content.slice(opening[0].length)
  const addressees = parseAddressees(matter)
  return addressees[0] === undefined ? null : { name: addressees[0], matter }
}

/** Directives stated with a directive verb in one sentence. */
function readVerbDirectives(
  input: SentenceInput,
  people: PeopleIndex,
  inherited: Issuer | null,
): Directive[] {
  const { text, folded, source } = input
  const hits: Array<VerbHit & { subject: SubjectFinding }> = []
  for (const hit of findVerbs(folded)) {
    const subject = findSubject(input, hit.index, people)
    if (subject.kind === 'other') continue
    // 'nghiên cứu, đề xuất …': a verb in a series continues the instruction before it.
    if (
      subject.kind === 'none' &&
      hits.length > 0 &&
      RE_SERIAL_VERB_BEFORE.test(folded.slice(Math.max(0, hit.index - SERIAL_VERB_TAIL), hit.index))
    )
      continue
    hits.push({ ...hit, subject })
  }
  const directives: Directive[] = []
  let carried: Issuer | null = null
  let pendingAddressee: string[] = []
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]
    if (hit === undefined) continue
    const subject = hit.subject
    // Without a subject the verb continues someone's instruction only when it opens the sentence ('Trước mắt,
    // yêu cầu …') or follows a directive of this sentence; '…, tỉnh đã triển khai …, chỉ đạo …' is a report.
    const opensSentence = stripFrames(text.slice(0, hit.index)).trim() === ''
    const issuer: Issuer | null =
      subject.kind === 'issuer' ? subject.issuer : (carried ?? (opensSentence ? inherited : null))
    if (issuer === null) continue
    carried = issuer
    const next = hits[h + 1]
    let content = text.slice(hit.end, next?.index ?? text.length)
    let soft = SOFT_DIRECTIVE_VERBS.includes(hit.verb.toLowerCase())
    if (/^\s*:\s*[“"]/u.test(content)) content = content.replace(/^\s*:\s*/u, '')
    if (trimItem(content) === '' || /^\s*(?:và|[.,])?\s*$/u.test(content)) {
      // Attribution after a quotation: '“…” Thứ trưởng chỉ đạo.'
      const mentionStart = input.mentions.filter((m) => m.end <= hit.index).pop()?.start ?? hit.index
      const quoted = findQuotedContent(folded, text, mentionStart)
      if (quoted === null || quoted === '') continue
      content = quoted
      // '"… sẽ còn nổi giận hơn nữa", ông lưu ý': after a quotation 'lưu ý' says the speaker remarked it; only
      // what the quotation itself says must be done is an instruction.
      if (hit.verb.toLowerCase() === 'lưu ý') soft = true
    }
    const recipient = readRecipient(content)
    if (recipient !== null) {
      content = recipient.matter
      pendingAddressee = [recipient.name]
    }
    // '… yêu cầu lãnh đạo các tỉnh, thành phố, yêu cầu đưa …': an addressee-only stretch before a repeated verb.
    const trimmed = trimItem(content)
    if (
      next !== undefined &&
      execWordPattern(ACTION_WORD, trimmed) === null &&
      countWords(trimmed) <= MAX_ADDRESSEE_WORDS
    ) {
      pendingAddressee = [trimmed]
      continue
    }
    for (const [index, item] of splitItems(content).entries()) {
      if (soft && !hasModal(item)) continue
      // '… yêu cầu các sở rà soát …; tỉnh đã huy động …': a later part that reports what was done is news, not
      // part of the instruction. The first part is the verb's own object and is kept.
      if (index > 0 && RE_PAST_OPENING.test(item) && reportsPast(item)) continue
      const addressees = parseAddressees(item)
      directives.push({
        text: item,
        issuer: issuer.text,
        verb: hit.verb.toLowerCase(),
        addressees: addressees.length > 0 ? addressees : pendingAddressee,
        source,
      })
    }
    pendingAddressee = []
  }
  return directives
}

/** The official a sentence attributes its words to ('Theo Thứ trưởng, …', 'ông Hùng cho biết, …'). */
function findSpeaker(input: SentenceInput, people: PeopleIndex): Issuer | null {
  const { folded, mentions } = input
  for (const mention of mentions) {
    const after = folded.slice(mention.end, mention.end + 24)
    const before = folded.slice(Math.max(0, mention.start - 12), mention.start)
    const speaks = RE_SPEECH_VERB.test(
      after.replace(/^\s*(?:cũng|còn|thì|đã|tiếp tục)?\s*/u, '').slice(0, 16),
    )
    const according = /(?:^|\s)[Tt]heo\s*$/u.test(before)
    if (!speaks && !according) continue
    const speechAt = after.search(RE_SPEECH_VERB)
    if (speaks && speechAt > 12) continue
    const issuer = issuerFromMention(people, mention)
    if (issuer !== null) return issuer
  }
  return null
}

function isSameIssuer(a: Issuer | null, b: Issuer | null): boolean {
  if (a === null || b === null) return false
  if (a.person >= 0 || b.person >= 0) return a.person === b.person
  return a.text !== null && b.text !== null && toMatchKey(a.text) === toMatchKey(b.text)
}

/** An instruction without a directive verb: modal, imperative or addressee-led. */
function readContinuation(input: SentenceInput, context: Context): string[] | null {
  const strength = context.strength
  const body = stripFrames(input.text)
  if (body === '' || /\?\s*$/.test(body)) return null
  // 'Vì khi thực hiện dự án phải di dời …': a sentence giving the reason for an instruction is not one itself.
  if (RE_REASON_OPENING.test(body)) return null
  // 'BHXH Việt Nam cũng nêu …': the issuer speaking again is no instruction to anyone.
  const issuer = context.issuer.text
  if (issuer !== null && context.issuer.person < 0 && toMatchKey(body).startsWith(toMatchKey(issuer)))
    return null
  const modal = body
    .split(/[,;:]/)
    .some((clause) => hasModal(clause.trim().split(/\s+/).slice(0, 10).join(' ')))
  const imperative = RE_IMPERATIVE_START.test(body)
  let firstAction = execWordPattern(ACTION_WORD, body)
  // 'huyện cần Thạnh': a modal that the modal rules reject is the start of a name, not an action.
  if (
    firstAction !== null &&
    RE_MODAL_WORD.test(firstAction[0]) &&
    execWordPattern(MODAL, body, firstAction.index)?.index !== firstAction.index
  )
    firstAction = null
  // 'Xã đảo … cách bờ 20 km', 'Các nhà báo đặt câu hỏi …' open with a place or a group but ask nothing: unless
  // an organisation leads, an addressee needs a verb of action.
  const addressed =
    RE_ADDRESSEE_START.test(body) &&
    !RE_PAST_IN_CLAUSE.test(body) &&
    (firstAction === null ? RE_ORGANIZATION_HEAD.test(body) : !RE_STATIVE_WORD.test(firstAction[0]))
  if (RE_PAST_IN_CLAUSE.test(body) && !modal) return null
  // 'TP sẽ bố trí đủ kinh phí': a body saying what it will do announces a plan, it orders no one.
  if (RE_FUTURE_IN_CLAUSE.test(body) && !modal) return null
  // 'Chính phủ ban hành Nghị quyết 42': a document known by its number exists already, so its issue is news.
  if (RE_NUMBERED_DOCUMENT_ISSUED.test(body) && !modal) return null
  // 'Trước đó, … đã tuyên …, buộc HSU phải trả …' reports the past, whatever its modal says.
  if (RE_PAST_FRAME.test(input.text) || RE_PAST_BEFORE_MODAL.test(body) || reportsPast(body)) return null
  if (RE_PAST_SPAN_FRAME.test(input.text)) return null
  if (
    !modal &&
    firstAction !== null &&
    RE_ACHIEVED_AFTER.test(body.slice(firstAction.index + firstAction[0].length, firstAction.index + 40))
  )
    return null
  if (!modal && !(strength === 'directive' && (imperative || addressed))) return null
  const items = splitItems(stripConnectors(input.text))
  return items.length > 0 ? items : null
}

/** Connector-led or modal paragraphs continue the instruction of the paragraph before. */
function continuesAcrossParagraph(text: string): boolean {
  const body = stripFrames(text)
  return (
    RE_CONNECTOR_FRAME.test(text.replace(/^[\s“”"]+/u, '')) ||
    RE_CLAUSE_FRAME.test(text) ||
    RE_IMPERATIVE_START.test(body) ||
    hasModal(body.split(/\s+/).slice(0, 10).join(' '))
  )
}

/** True when most paragraphs hold one sentence: the text was laid out one sentence per line. */
function isSentencePerLine(article: Article): boolean {
  const counts = article.sentences.map((paragraph) => paragraph.length)
  if (counts.length < 4) return false
  return counts.filter((count) => count === 1).length / counts.length >= 0.8
}

/** The directives of an article, in article order, each once. */
export function extractDirectives(article: Article, people: PeopleIndex): Directive[] {
  const directives: Directive[] = []
  const seen = new Set<string>()
  const sentencePerLine = isSentencePerLine(article)
  const folded = foldedSentences(article)
  let context: Context | null = null
  const push = (found: Directive[]): void => {
    for (const directive of found) {
      const key = toMatchKey(directive.text)
      if (seen.has(key)) continue
      seen.add(key)
      directives.push(directive)
    }
  }
  article.sentences.forEach((paragraph, p) => {
    paragraph.forEach((text, s) => {
      const input: SentenceInput = {
        text,
        folded: folded[p]?.[s] ?? '',
        mentions: people.mentions[p]?.[s] ?? [],
        source: { paragraph: p, sentence: s },
      }
      if (s === 0 && !sentencePerLine && context !== null && !continuesAcrossParagraph(text)) context = null
      const verbDirectives = readVerbDirectives(input, people, context?.issuer ?? null)
      if (verbDirectives.length > 0) {
        push(verbDirectives)
        const last = verbDirectives[verbDirectives.length - 1]
        const issuer =
          verbDirectives.length > 0 && last !== undefined ? findIssuer(last, people, context) : null
        context = issuer === null ? context : { issuer, strength: 'directive', idle: 0 }
        return
      }
      const speaker = findSpeaker(input, people)
      if (speaker !== null) {
        const modalText = stripFrames(input.text.replace(RE_QUOTE_MARKS, ''))
        if (hasModal(modalText) && !RE_PAST_IN_CLAUSE.test(stripFrames(text))) {
          const items = attributedItems(input).filter(hasModal)
          push(
            items.map((item) => ({
              text: item,
              issuer: speaker.text,
              verb: null,
              addressees: parseAddressees(item),
              source: input.source,
            })),
          )
          context = { issuer: speaker, strength: 'directive', idle: 0 }
          return
        }
        const sameSpeaker: boolean = context !== null && isSameIssuer(context.issuer, speaker)
        context =
          sameSpeaker && context !== null
            ? { ...context, idle: 0 }
            : { issuer: speaker, strength: 'speech', idle: 0 }
        return
      }
      if (context === null) return
      const items = readContinuation(input, context)
      if (items === null) {
        context.idle++
        if (context.idle >= 2) context = null
        return
      }
      const issuer = context.issuer
      push(
        items.map((item) => ({
          text: item,
          issuer: issuer.text,
          verb: null,
          addressees: parseAddressees(item),
          source: input.source,
        })),
      )
      context.idle = 0
    })
  })
  return dropRepeatedDirectives(directives)
}

// A shorter text inside a longer one is a repeat only when it says a whole instruction, not a stock phrase.
const MIN_REPEAT_WORDS = 6

/** How much a bullet tells beyond its text: the verb that gave it and who must act. */
function richness(directive: Directive): number {
  return (directive.verb === null ? 0 : 1) + (directive.addressees.length > 0 ? 1 : 0)
}

function isSameSentence(a: SourceRef, b: SourceRef): boolean {
  return a.paragraph === b.paragraph && a.sentence === b.sentence
}

/** True when `inner` occurs in `outer` as whole words. */
function containsWords(outer: string, inner: string): boolean {
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    const before = outer.charAt(at - 1)
    const after = outer.charAt(at + inner.length)
    if (
      (before === '' || !/[\p{L}\p{M}\d]/u.test(before)) &&
      (after === '' || !/[\p{L}\p{M}\d]/u.test(after))
    )
      return true
  }
  return false
}

/**
 * Articles often restate a demand in a later paragraph, again after a frame ('Về lâu dài, …'). When one
 * directive's text holds another's from a different sentence, the deck would show it twice: one is kept, the
 * one that names more of its verb and addressees, or else the shorter one: what the longer adds around the
 * repeat is often a frame or text run on from a caption.
 */
function dropRepeatedDirectives(directives: readonly Directive[]): Directive[] {
  const keys = directives.map((directive) => toMatchKey(directive.text))
  const dropped = new Set<number>()
  for (let inner = 0; inner < directives.length; inner++) {
    const shorter = directives[inner]
    const innerKey = keys[inner] ?? ''
    if (shorter === undefined || countWords(innerKey) < MIN_REPEAT_WORDS) continue
    for (let outer = 0; outer < directives.length; outer++) {
      const longer = directives[outer]
      const outerKey = keys[outer] ?? ''
      if (longer === undefined || outer === inner || dropped.has(outer) || outerKey.length <= innerKey.length)
        continue
      if (isSameSentence(shorter.source, longer.source) || !containsWords(outerKey, innerKey)) continue
      dropped.add(richness(longer) > richness(shorter) ? inner : outer)
      break
    }
  }
  return directives.filter((_, index) => !dropped.has(index))
}

// The verb right after a speaker's mention that introduces their words ('cho rằng', 'nói rằng:'). Verbs
// that take a noun ('nêu các vướng mắc', 'báo cáo kết quả') introduce no words and are left out.
const WORDS_INTRODUCING_VERBS =
  'cho rằng|cho biết|cho hay|nói|nhấn mạnh|khẳng định|nêu rõ|đề nghị|yêu cầu|chỉ đạo|lưu ý|kêu gọi|kết luận|căn dặn|dặn'
const RE_SPEECH_LEAD = new RegExp(
  `^[\\s,]*(?:(?:cũng|còn|thì|đã|tiếp tục)\\s+)?(?:${WORDS_INTRODUCING_VERBS})(?![\\p{L}\\p{M}])(?:\\s+(?:thêm|rõ))?(?:\\s+(?:là|rằng))?\\s*[,:]?\\s*`,
  'u',
)
const MIN_SPOKEN_WORDS = 3

/**
 * Where the words start when a sentence opens with who says them ('Trả lời ý kiến về …, Phó Chủ tịch … cho
 * rằng …'): the frame before the speaker may be of any length, so the speaker's mention, not a character
 * count, marks the cut. Null when the speaker speaks inside a quotation or leaves too little after the verb.
 */
function speakerOpeningEnd(input: SentenceInput, length: number): number | null {
  for (const mention of input.mentions) {
    if (mention.end >= length || /[“"]/u.test(input.folded.slice(0, mention.start))) continue
    const lead = RE_SPEECH_LEAD.exec(input.folded.slice(mention.end, mention.end + 60))
    if (lead === null) continue
    // 'nói tại buổi họp báo: “…”': the place of the speech runs to its colon.
    const place = /^[^“”":]{0,60}:\s*/u.exec(input.folded.slice(mention.end + lead[0].length, length))
    const end = mention.end + lead[0].length + (place?.[0].length ?? 0)
    return countWords(input.folded.slice(end, length)) >= MIN_SPOKEN_WORDS ? end : null
  }
  return null
}

/** The text of an attributed modal sentence, without the attribution ('…, Thủ tướng nhấn mạnh'). */
function attributedItems(input: SentenceInput): string[] {
  let text = input.text
  const lastMention = input.mentions[input.mentions.length - 1]
  if (
    lastMention !== undefined &&
    RE_SPEECH_VERB.test(input.folded.slice(lastMention.end, lastMention.end + 20))
  ) {
    const tail = input.folded
      .slice(lastMention.end)
      .replace(RE_SPEECH_VERB, '')
      .replace(/[\s.,]/g, '')
    if (tail === '' || tail.length < 6) text = text.slice(0, lastMention.start)
  }
  const opened = speakerOpeningEnd(input, text.length)
  if (opened !== null) return splitItems(text.slice(opened)).filter((item) => !reportsPast(item))
  const theo = /^(?:Cũng\s+)?[Tt]heo\s+[^,]{2,80},\s*/u.exec(text)
  if (theo !== null) text = text.slice(theo[0].length)
  // 'Từ thực tế đó, Thủ tướng Nguyễn Xuân Phúc, chỉ đạo: …': the frame and the speaker go together.
  const framed = stripFrames(text)
  const spoke =
    /^[^“"]{2,80}?(?:cho biết|cho rằng|cho hay|nhấn mạnh|khẳng định|nêu rõ|nói|chỉ đạo)(?:\s+(?:là|rằng))?\s*[,:]\s*/u.exec(
      framed,
    )
  text = spoke !== null ? framed.slice(spoke[0].length) : stripConnectors(text)
  return splitItems(text).filter((item) => !reportsPast(item))
}

function findIssuer(directive: Directive, people: PeopleIndex, context: Context | null): Issuer | null {
  if (directive.issuer === null) return context?.issuer ?? null
  const index = people.people.findIndex((person) => directive.issuer?.endsWith(person.name) === true)
  return { text: directive.issuer, person: index }
}
