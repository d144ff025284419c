/**
 * What a figure measures, in the article's words. Officials read the label beside the number without the
 * article, so a label is either a clean phrase of the figure's own clause or nothing: never a cut-off phrase
 * ('… đã kết nối với'), never a phrase that holds another figure, never a bare verb ('đi cùng').
 *
 * Two places say what a number counts:
 *  - the subject before it, when the number completes a change or state ('mầm non giảm 4,25%', and across a
 *    list: 'nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh tăng 9 lần');
 *  - the words after it, when the number opens its clause ('100% bộ, ngành … đã kết nối với trục …') or
 *    follows a comparison ('tương đương 6,06% tổng số trường').
 */
import { countWords } from '../article/count-words'
import { ACTION_WORD } from './directive-words'
import { execWordPattern } from './word-pattern'

const MAX_LABEL_WORDS = 16
const MAX_SUBJECT_WORDS = 16
// Ends a clause for good: the label never reaches across these.
const RE_HARD_BREAK = /[;:()“”"…]|\.(?=\s|$)|\s[-–]\s/gu
// Words that link a clause to its figure; a clause may also end at a comma.
const RE_SOFT_BREAK = /,(?!\d)|\s(?:là|đạt|có|với|và|nhưng|trong đó|khi|thì|mà)\s/gu
const RE_CHANGE_BEFORE = /(?:^|\s)(?:tăng|giảm)(?:\s+(?:thêm|lên|xuống|gấp|hơn|khoảng|gần|trên|còn))*\s*$/u
const RE_LINK_BEFORE = /\s(?:đạt|là)\s*$/u
// The figure is a complement ('tương đương 6,06% tổng số trường'): what it counts comes after it.
const RE_COMPLEMENT_BEFORE = /(?:^|\s)(?:tương đương|bằng|chiếm|gồm|với|cho|của|tại|trong|đến|toàn bộ)\s*$/u
// Function words, and the change and qualifier words written next to a number ('hiện đã tăng gấp đôi'),
// that can neither open nor close a label.
const EDGE_WORDS = new Set(
  (
    'và của với tại cho để từ đến tới lên xuống trong trên dưới về ra vào theo là có được bị đã đang sẽ cũng còn thì ' +
    'mà nhưng hoặc hay so như khi nếu vì bởi do các những này đó nay mỗi mới rồi bằng chiếm đạt gồm khoảng hơn gần ' +
    'hiện chỉ nữa thêm ước cần phải'
  ).split(' '),
)
// Change words close a label ('… hiện đã tăng gấp đôi') but may open one ('tăng trưởng kinh tế').
const TRAILING_WORDS = new Set(['tăng', 'giảm', 'gấp', 'đôi'])
// Words that open a sentence frame ('Trong năm, …'): a list subject does not run back into them.
const RE_FRAME_START =
  /^\s*(?:trong|tại|đến|từ|theo|về|với|sau|trước|năm|hiện nay|tính đến|riêng|ngoài ra)(?![\p{L}\p{M}])/iu
const RE_SPEECH_IN_LABEL =
  /^.*(?:cho biết|cho hay|cho rằng|nói|nhấn mạnh|khẳng định|báo cáo)(?:\s+(?:là|rằng))?[\s,:]+/u
// Two-word function phrases at the edges ('tương đương', 'trong đó').
const RE_EDGE_PHRASE_START = /^(?:tương đương|toàn bộ|trong đó|so với)(?:\s+|$)/u
const RE_EDGE_PHRASE_END = /(?:^|\s+)(?:tương đương|toàn bộ|trong đó|so với)$/u
// An object that opens with a modal or tense word is the figure's predicate, not what it counts.
const RE_PREDICATE_START = /^\s*(?:cần|phải|sẽ|đã|đang|được|bị|không|chưa|vẫn|đều|cũng)(?![\p{L}\p{M}])/u
const RE_DIGIT = /\d/
const RE_OBJECT_CONNECTOR =
  /(?:,\s*|\s)(?:thế nhưng|để|nhằm|nhờ|khi|nếu|nhưng|thì|mà|so với|và\s+(?:vẫn|đang|đã|sẽ|cũng|còn))(?![\p{L}\p{M}])/u
// Words after a figure that open no noun phrase: comparisons, causes, time and tense words.
const NOT_NOUN_OPENINGS = new Set(['nhờ', 'so', 'nhằm', 'trở', 'năm', 'tháng', 'ngày', 'mỗi', 'một', 'nữa'])
// Where, not what: 'Cả nước giảm 1.450 trường' says the scope of the figure, not what it measures.
const RE_SCOPE_ONLY =
  /^(?:cả nước|toàn quốc|cả tỉnh|toàn tỉnh|cả thành phố|toàn thành phố|cả huyện|toàn huyện|toàn ngành|toàn xã hội)$/iu
// A number inside a label is another figure unless it names a level, grade or disease ('mức độ 4', 'Covid-19').
const RE_NUMBER_IN_LABEL = /\d[\d.,]*/gu
const RE_NAMING_NUMBER_BEFORE = /(?:mức độ|cấp độ|mức|cấp|lớp|số|khóa|giai đoạn|năm|quý|[-–])\s*$/u
const RE_QUALIFIERS_BEFORE =
  /(?:\s+(?:hơn|trên|gần|khoảng|ước tính|ước|chưa đến|chưa tới|dưới|xấp xỉ|ít nhất|tối thiểu|tối đa|lên tới|tới|gần như|chỉ còn|còn))+\s*$/u
const RE_ACRONYM = /^\p{Lu}{2,}$/u
const RE_CLAUSE_END_AFTER = /^\s*,/u
// 'Lũ quét đã làm 7 người chết', 'Sở đã tổ chức 12 đoàn kiểm tra': a verb just after a tense or modal word
// takes the figure as its object, so the clause before says who acted, not what the figure counts.
const RE_VERB_BEFORE_OBJECT = /(?:^|\s)(?:đã|đang|sẽ|vừa|phải|cần)(?:\s+[\p{L}\p{M}]+){1,3}\s*$/u

/** Strips punctuation and function words from both ends of a phrase. */
function trimPhrase(phrase: string): string {
  const words = phrase
    .replace(/[,;:.…]+/gu, (mark) => (mark === ',' ? ',' : ' '))
    .split(/\s+/)
    .filter((word) => word !== '')
  const bare = (word: string | undefined): string => (word ?? '').replace(/^[,]+|[,]+$/g, '').toLowerCase()
  let phrase2 = ''
  for (let pass = 0; pass < 4 && phrase2 !== words.join(' '); pass++) {
    phrase2 = words.join(' ')
    while (words.length > 0 && (EDGE_WORDS.has(bare(words[0])) || bare(words[0]) === '')) words.shift()
    while (words.length > 0) {
      const last = bare(words[words.length - 1])
      if (!EDGE_WORDS.has(last) && !TRAILING_WORDS.has(last) && last !== '') break
      words.pop()
    }
    const joined = words.join(' ').replace(RE_EDGE_PHRASE_START, '').replace(RE_EDGE_PHRASE_END, '')
    words.splice(0, words.length, ...joined.split(' ').filter((word) => word !== ''))
  }
  return words.join(' ').replace(/^[,\s]+|[,\s]+$/g, '')
}

/** A phrase fit to stand beside a figure. */
function isUsable(label: string, minWords: number): boolean {
  if (label === '' || holdsAnotherFigure(label)) return false
  const words = countWords(label)
  if (words > MAX_LABEL_WORDS) return false
  return words >= minWords || (words === 1 && RE_ACRONYM.test(label))
}

function holdsAnotherFigure(label: string): boolean {
  if (!RE_DIGIT.test(label)) return false
  for (const match of label.matchAll(RE_NUMBER_IN_LABEL))
    if (!RE_NAMING_NUMBER_BEFORE.test(label.slice(Math.max(0, match.index - 12), match.index))) return true
  return false
}

/** Start of the text after the last match of `pattern` in `text` (0 when none). */
function afterLastMatch(text: string, pattern: RegExp): number {
  let at = 0
  pattern.lastIndex = 0
  for (const match of text.matchAll(pattern)) at = match.index + match[0].length
  return at
}

/** The subject written before a figure, extended over a list when the figure is its change. */
function readSubject(sentence: string, start: number): string {
  const hardStart = afterLastMatch(sentence.slice(0, start), RE_HARD_BREAK)
  // 'Tỷ lệ hồ sơ … đạt 40%': the linking verb right before the figure joins it to its subject.
  const clause = sentence.slice(hardStart, start).replace(RE_LINK_BEFORE, ' ')
  let subjectStart = afterLastMatch(clause, RE_SOFT_BREAK)
  // 'nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh tăng 9 lần': a list subject runs back over commas
  // as long as its items hold no figure and no verb of their own.
  if (RE_CHANGE_BEFORE.test(clause)) {
    while (subjectStart > 0 && clause[subjectStart - 1] === ',') {
      const previous = clause.slice(0, subjectStart - 1)
      const itemStart = afterLastMatch(previous, RE_SOFT_BREAK)
      const item = previous.slice(itemStart)
      if (
        holdsAnotherFigure(item) ||
        RE_FRAME_START.test(item) ||
        countWords(clause.slice(itemStart)) > MAX_SUBJECT_WORDS
      )
        break
      if (itemStart > 0 && previous[itemStart - 1] !== ',') break
      subjectStart = itemStart
    }
  }
  // '… ông Long cho biết lương của ông …': what was said is the subject, not who said it.
  return trimPhrase(clause.slice(subjectStart).replace(RE_SPEECH_IN_LABEL, ''))
}

/** The words after a figure, up to the end of its clause or the next figure. */
function readObject(sentence: string, end: number): string {
  const rest = sentence.slice(end)
  // 'Huyện đã chi 12 tỷ đồng, Sở Tài chính đề nghị …': a figure followed by a comma closes its clause; what
  // comes next is another clause, not what the figure counts.
  if (RE_CLAUSE_END_AFTER.test(rest)) return ''
  RE_HARD_BREAK.lastIndex = 0
  const hard = RE_HARD_BREAK.exec(rest)
  let clause = hard === null ? rest : rest.slice(0, hard.index)
  if (RE_PREDICATE_START.test(clause)) return ''
  // A comma closes the phrase once it has a few words ('86,5% văn bản … qua mạng, nền tảng …'); before that it
  // only separates the items of a list ('100% bộ, ngành và địa phương …').
  let from = 0
  for (let comma = clause.indexOf(', '); comma >= 0; comma = clause.indexOf(', ', comma + 1)) {
    if (countWords(clause.slice(from, comma)) >= 3) {
      clause = clause.slice(0, comma)
      break
    }
    from = comma + 1
  }
  // '50% tiếng ồn của xe … để không ảnh hưởng …': a purpose or condition ends what the figure counts. A
  // phrase still too long is left whole, so isUsable refuses it rather than show it cut off.
  const connector = RE_OBJECT_CONNECTOR.exec(clause)
  if (connector !== null) clause = clause.slice(0, connector.index)
  return trimPhrase(clause)
}

/**
 * 'hạn chế 50% tiếng ồn …', 'mục tiêu giảm 10% biên chế …': a figure followed straight by
 * a noun counts that noun, and the words before it are the verb that takes it, not what it counts.
 */
function opensWithNoun(sentence: string, end: number): boolean {
  // A capitalised word is a base ('38,2% GDP') or a name, not the noun counted.
  const first = /^\s+(\p{Ll}[\p{L}\p{M}]*)/u.exec(sentence.slice(end))?.[1]
  return first !== undefined && !EDGE_WORDS.has(first) && !NOT_NOUN_OPENINGS.has(first)
}

/** 'Kiểm tra 640 cơ sở', 'truy vết 30 người': a label that is one verb says what was done, not what is counted. */
function isBareVerb(label: string): boolean {
  const lower = label.toLowerCase()
  const verb = execWordPattern(ACTION_WORD, lower)
  return verb !== null && verb.index === 0 && verb[0].length === lower.length
}

/** What the figure at [start, end) of the (folded) sentence measures, or null when nothing says it cleanly. */
export function findFigureLabel(sentence: string, start: number, end: number): string | null {
  // 'trên 1.200 tỷ đồng': the qualifier belongs to the number, what comes before it says what is counted.
  const before = sentence.slice(0, start).replace(RE_QUALIFIERS_BEFORE, ' ')
  const object = readObject(sentence, end)
  const objectUsable = isUsable(object, 3)
  if (!RE_COMPLEMENT_BEFORE.test(before)) {
    // The subject says who acted when the figure is the object of its verb: the words after the figure, when
    // there are enough of them, say what it counts.
    const takesObject =
      objectUsable &&
      !RE_LINK_BEFORE.test(before) &&
      ((RE_VERB_BEFORE_OBJECT.test(before.trimEnd()) && !RE_CHANGE_BEFORE.test(before)) ||
        opensWithNoun(sentence, end))
    const subject = readSubject(sentence.slice(0, start).replace(RE_QUALIFIERS_BEFORE, ''), before.length)
    if (!takesObject && isUsable(subject, 2) && !isBareVerb(subject) && !RE_SCOPE_ONLY.test(subject))
      return subject
  }
  return objectUsable ? object : null
}
