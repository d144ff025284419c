import type { Article } from '../article/article'
import { isVietnameseSyllable } from '../article/vietnamese-syllable'
import type { Statistic, StatisticChange } from './facts'
import { foldedSentences } from './folded-sentences'
import { findFigureLabel } from './figure-label'
import { parseVietnameseNumber } from './parse-number'
import { compileWordPattern, execWordPattern, matchWordPattern } from './word-pattern'

/**
 * Key figures: numbers with what they count ('1.200 tỷ đồng', '86,5%', 'tăng 9 lần'), with the qualifier and
 * change written around them ('từ 4,5% lên hơn 10%' is one figure). Dates, years, clock times, levels
 * ('mức độ 4'), ranks, document and flight numbers, ages and durations used as time references are not.
 */

// A run of digits and separators ending in a digit: '1.200', '4,5', '12-2', '29/4/2021', '8-10'.
const NUMERIC_TOKEN = compileWordPattern('\\d(?:[\\d.,/\\-–]*\\d)?', 'u', /^[\p{L}\p{M}\d.,/]/u)
const RE_DAY_MONTH = /^(\d{1,2})[/\-.](\d{1,2})(?:[/\-.](\d{2}|\d{4}))?$/
const RE_MONTH_YEAR = /^(\d{1,2})[/\-.](\d{4})$/
const RE_RANGE = /^(\d[\d.,]*)[-–](\d[\d.,]*)$/
const RE_FRACTION = /^(\d[\d.,]*)\/(\d[\d.,]*)$/
const RE_YEAR = /^(19|20)\d{2}$/
const RE_YEAR_RANGE_BEFORE = /(?:19|20)\d{2}\s*[-–]\s*$/
const RE_DOT_DATE = /^\d{1,2}\.\d{1,2}(?:\.\d{4})?$/
const RE_SCALE = /^\s+(nghìn|ngàn|triệu|tỷ|tỉ|trăm)(?![\p{L}\p{M}])/u
const RE_CURRENCY = /^\s+(đồng|USD|usd|euro|Euro|EUR|yên|NDT|bảng|won|lượt|người)(?![\p{L}\p{M}])/u
const RE_GLUED_UNIT = /^(%|[\p{Ll}][\p{Ll}\p{M}]*(?:\/[\p{Ll}\p{M}]+)?)/u
const RE_GLUED_SYLLABLE_OF_NOUN = /^[\p{Ll}][\p{Ll}\p{M}]*\s+[\p{Ll}\p{M}]/u
const RE_PERCENT = /^\s*(%|phần trăm)/u
const RE_NEXT_WORD = /^\s+([\p{L}\p{M}][\p{L}\p{M}\d]*(?:\/[\p{L}\p{M}]+)?)/u
const RE_CODE_UNIT = /^(?:\p{Lu}{1,4}\d?|\p{Lu}\d|[\p{Lu}][\p{Ll}]?\d)$/u
const RE_QUALIFIER =
  /(?:^|\s)(hơn|trên|gần|khoảng|ước tính|ước|chưa đến|chưa tới|dưới|xấp xỉ|ít nhất|tối thiểu|tối đa|lên tới|tới|gần như|chỉ còn|còn)\s*$/u

const NOT_UNITS = new Set([
  'và',
  'của',
  'là',
  'tại',
  'trong',
  'có',
  'được',
  'đã',
  'sẽ',
  'với',
  'cho',
  'để',
  'từ',
  'đến',
  'lên',
  'xuống',
  'so',
  'này',
  'đó',
  'thì',
  'mà',
  'nhưng',
  'hay',
  'hoặc',
  'nên',
  'vì',
  'do',
  'bị',
  'theo',
  'trên',
  'dưới',
  'về',
  'ra',
  'vào',
  'khi',
  'nếu',
  'đang',
  'cũng',
  'còn',
  'rồi',
  'hơn',
  'gần',
  'khoảng',
  'như',
  'các',
  'những',
  'một',
  'mỗi',
  'tới',
  'qua',
  'sau',
  'trước',
  'nay',
  'không',
  'chưa',
  'đều',
  'vẫn',
  'tăng',
  'giảm',
  'đạt',
  'chiếm',
  'bằng',
  'nữa',
  'thôi',
  'hết',
  'rưỡi',
])
// Time units: always a time reference or duration ('năm 2020', '9 tháng', 'quý 1').
const TIME_UNITS = new Set(['năm', 'tháng', 'quý', 'tuần', 'thế', 'giờ', 'h', 'g', 'tiếng', 'tuổi'])
// Short durations count only when they are no time reference ('chậm nhất 45 giây', not 'trong 3 ngày').
const SHORT_DURATIONS = new Set(['ngày', 'phút', 'giây', 'đêm'])
const RE_TIME_REFERENCE_BEFORE =
  /(?:^|\s)(?:trong|sau|trước|từ|mỗi|hàng|vào|lúc|đến|tới|suốt|cách đây|những|các|vòng)\s*$/iu
const RE_NOT_FIGURE_BEFORE =
  /(?:^|[\s(])(?:mức độ|cấp độ|mức|cấp|thứ|số|khóa|khoá|tầng|phòng|đường|quận|phường|Q\.|P\.|ấp|lô|nhóm|loại|hạng|top|điều|khoản|chương|mục|giai đoạn|đợt|phiên|kỳ|vòng|quốc lộ|tỉnh lộ|QL|lúc|năm|tháng|ngày|quý|tuần|thế kỷ|mã|chuyến bay|hiệu|sinh năm|SN|tuổi|phương châm|Điều|Khoản|Nghị định|Quyết định|Thông tư|Chỉ thị|Nghị quyết|Công điện|Luật|Kết luận|Thông báo|Chương|Phần|bệnh nhân|BN|Tổ|tổ|lớp|nhiệm kỳ)\s*$/u
const COMPOUND_UNITS = new Set([
  'cơ sở',
  'trường hợp',
  'đối tượng',
  'dự án',
  'hồ sơ',
  'địa phương',
  'doanh nghiệp',
  'nhân khẩu',
  'bệnh nhân',
  'học sinh',
  'sinh viên',
  'cán bộ',
  'phương tiện',
  'công trình',
  'thí sinh',
  'giáo viên',
  'cửa khẩu',
  'đơn vị',
  'văn bản',
  'tỉnh thành',
  'hộ dân',
  'chiến sĩ',
  'lao động',
  'tấn hàng',
  'căn hộ',
])

// 'nhà' counts houses on its own, but opens the nouns for people and firms ('1.200 nhà khoa học', '20 nhà
// đầu tư', '3 nhà máy'): there the whole noun is the unit.
const RE_AGENT_NOUN =
  /^\s+(nhà\s+(?:khoa học|nghiên cứu|đầu tư|quản lý|sản xuất|cung cấp|tài trợ|hảo tâm|báo|giáo|văn|thơ|thầu|máy|xưởng|hàng|ga|mạng|vườn|chức trách|lãnh đạo|ngoại giao|chuyên môn|tuyển dụng|phân phối|xuất khẩu|nhập khẩu|bán lẻ))(?![\p{L}\p{M}])/iu
// Nouns that count things on their own; any other one-syllable word after a number starts a compound noun.
const STANDALONE_UNITS = new Set(
  (
    'người ca hộ ha km kg tấn đồng lần trường em xã phường quận huyện tỉnh điểm mẫu liều giường xe chuyến lượt ' +
    'cuốn tập bộ con căn nhà mét lít khách dân tàu máy phòng cây lô thôn ấp tuyến cầu trạm chốt đoàn vụ đợt tổ ' +
    'nhóm khoa lớp suất phần chiếc cái bài câu trang ý hồ ô nước chữ chỗ ngày giờ giây phút đêm tuần tháng năm'
  ).split(' '),
)
const RE_LOWER_WORD = /^[\p{Ll}\p{M}]+(?:\/[\p{Ll}\p{M}]+)?$/u
// Words that follow a noun without being part of it: modals and verbs of state.
const NOT_UNIT_TAILS = new Set([
  'phải',
  'cần',
  'bị',
  'mới',
  'nữa',
  'thì',
  'đều',
  'vẫn',
  'chưa',
  'không',
  'cũng',
])
// readUnit's answer for a unit that makes the number unusable ('5k').
const AMBIGUOUS_UNIT = '\u0000'

interface RawFigure {
  readonly start: number
  readonly end: number
  readonly value: number
  readonly unit: string | null
  readonly qualifier: string | null
}

function isValidDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

/** The unit written after a number: glued ('18.611ha'), percent, scale words, a noun or a code ('F1'). */
function readUnit(after: string): { unit: string | null; length: number } {
  const glued = RE_GLUED_UNIT.exec(after)
  if (glued?.[1] !== undefined) {
    // '5k' may be 5 thousand or the '5K' slogan: a figure nobody can vouch for.
    if (glued[1] === 'k') return { unit: AMBIGUOUS_UNIT, length: 0 }
    // '215công trình': a lost space glued the first syllable of a noun to the number; read it as if spaced.
    if (RE_GLUED_SYLLABLE_OF_NOUN.test(after)) {
      const spaced = readUnit(` ${after}`)
      return { unit: spaced.unit, length: Math.max(0, spaced.length - 1) }
    }
    return { unit: glued[1], length: glued[0].length }
  }
  const percent = RE_PERCENT.exec(after)
  if (percent !== null) return { unit: '%', length: percent[0].length }
  let length = 0
  const parts: string[] = []
  for (
    let scale = RE_SCALE.exec(after);
    scale?.[1] !== undefined;
    scale = RE_SCALE.exec(after.slice(length))
  ) {
    parts.push(scale[1])
    length += scale[0].length
  }
  if (parts.length > 0) {
    const currency = RE_CURRENCY.exec(after.slice(length))
    if (currency?.[1] !== undefined) {
      parts.push(currency[1])
      length += currency[0].length
    }
    return { unit: parts.join(' '), length }
  }
  const next = RE_NEXT_WORD.exec(after)
  const word = next?.[1]
  if (next === null || word === undefined) return { unit: null, length: 0 }
  const lower = word.toLowerCase()
  if (NOT_UNITS.has(lower)) return { unit: null, length: 0 }
  if (/^\p{Lu}/u.test(word) && !RE_CODE_UNIT.test(word)) return { unit: null, length: 0 }
  const agent = RE_AGENT_NOUN.exec(after)
  if (agent?.[1] !== undefined) return { unit: agent[1], length: agent[0].length }
  const second = RE_NEXT_WORD.exec(after.slice(next[0].length))?.[1]
  // Most Vietnamese nouns have two syllables: a first syllable that is no unit on its own ('du' of 'du khách',
  // 'quy' of 'quy hoạch') would cut the word in half, so the unit takes the second syllable too.
  const compound =
    second !== undefined &&
    (COMPOUND_UNITS.has(`${lower} ${second.toLowerCase()}`) ||
      (!STANDALONE_UNITS.has(lower) &&
        (isVietnameseSyllable(lower) || !/^[a-z]+$/.test(lower)) &&
        RE_LOWER_WORD.test(second) &&
        !NOT_UNITS.has(second) &&
        !NOT_UNIT_TAILS.has(second) &&
        !TIME_UNITS.has(second) &&
        !SHORT_DURATIONS.has(second)))
  if (compound) {
    const unit = after.slice(0, next[0].length + 1 + second.length).trim()
    return { unit, length: next[0].length + 1 + second.length }
  }
  return { unit: word, length: next[0].length }
}

/** Numbers in one sentence that are figures, with their units. */
function findFigures(sentence: string): RawFigure[] {
  const figures: RawFigure[] = []
  for (const match of matchWordPattern(NUMERIC_TOKEN, sentence)) {
    const token = match[0]
    const start = match.index
    const end = start + token.length
    const before = sentence.slice(Math.max(0, start - 40), start)
    const charBefore = sentence[start - 1] ?? ''
    // 'Covid-19', 'SARS-CoV-2', 'BN2912'.
    if ((charBefore === '-' || charBefore === '–') && /[\p{L}\p{M}]/u.test(sentence[start - 2] ?? ''))
      continue
    const after = sentence.slice(end)
    // Document numbers '339/QĐ-TTg', clock times '10:30', '6-7h', '8h30', '5K'.
    if (/^[/\-–][\p{L}]/u.test(after) || /^:\d/.test(after)) continue
    if (/^(?:h\d*|g\d*|giờ|\p{Lu})(?![\p{Ll}])/u.test(after)) continue
    if (RE_NOT_FIGURE_BEFORE.test(before)) continue
    const { unit, length } = readUnit(after)
    if (unit === AMBIGUOUS_UNIT) continue
    // '2016 - 2021': the second year of a term written with spaces around the dash.
    if (RE_YEAR.test(token) && RE_YEAR_RANGE_BEFORE.test(before)) continue
    const unitWord = unit?.split(' ')[0]?.toLowerCase() ?? null
    if (unitWord !== null && TIME_UNITS.has(unitWord)) continue
    if (unitWord !== null && SHORT_DURATIONS.has(unitWord) && RE_TIME_REFERENCE_BEFORE.test(before)) continue
    const hasScaleOrPercent = unit !== null && (unit === '%' || RE_SCALE.test(` ${unit}`))
    // A capitalised word before a bare number is a name: 'Nghi Sơn 1', 'Điều 5'.
    if (unit === null && /\p{Lu}[\p{Ll}\p{M}]*\s$/u.test(before)) continue
    const qualifier = RE_QUALIFIER.exec(before)?.[1] ?? null
    const push = (value: number | null, figureUnit: string | null = unit): void => {
      if (value === null) return
      figures.push({ start, end: end + length, value, unit: figureUnit, qualifier })
    }

    if (token.includes('/')) {
      const date = RE_DAY_MONTH.exec(token)
      if (date !== null && isValidDayMonth(Number(date[1]), Number(date[2]))) continue
      if (RE_MONTH_YEAR.test(token)) continue
      const fraction = RE_FRACTION.exec(token)
      if (fraction === null) continue
      const top = parseVietnameseNumber(fraction[1] ?? '')
      const bottom = parseVietnameseNumber(fraction[2] ?? '')
      // 'tỷ lệ 1/500': a map scale, not two figures.
      if (top === null || bottom === null || top === bottom || top === 1) continue
      if (unit === null && top < 1000 && bottom < 1000) continue
      push(top)
      push(bottom)
      continue
    }
    if (/[-–]/.test(token)) {
      const range = RE_RANGE.exec(token)
      if (range === null) continue
      const low = range[1] ?? ''
      const high = range[2] ?? ''
      if (RE_YEAR.test(low) && RE_YEAR.test(high)) continue
      const date = RE_DAY_MONTH.exec(token)
      if (date !== null && isValidDayMonth(Number(date[1]), Number(date[2])) && !hasScaleOrPercent) continue
      if (unit === null) continue
      // A range counts once, by its upper end: '8-10 triệu' → 10 triệu.
      push(parseVietnameseNumber(high))
      continue
    }
    if (RE_DOT_DATE.test(token) && !hasScaleOrPercent) continue
    const value = parseVietnameseNumber(token)
    if (value === null) continue
    if (RE_YEAR.test(token) && (unit === null || /(?:năm|từ|đến|tới|cuối|đầu|giữa)\s*$/u.test(before)))
      continue
    if (unit === null && !/[.,]/.test(token)) continue
    if (value <= 1 && !hasScaleOrPercent) continue
    push(value)
  }
  return figures
}

const FACTOR = compileWordPattern(
  /(tăng|giảm)?\s*(?:gấp\s+(đôi|ba|rưỡi)|gấp\s+(\d+(?:,\d+)?)\s+lần|(\d+(?:,\d+)?)\s+lần)(?![\p{L}\p{M}])/u
    .source,
)
const RE_COMPARED_AFTER = /^\s*(?:so với|so cùng kỳ)/u
const FACTOR_WORDS: Readonly<Record<string, number>> = { đôi: 2, ba: 3, rưỡi: 1.5 }

function directionOf(word: string | undefined): 'up' | 'down' | null {
  if (word === 'tăng' || word === 'lên') return 'up'
  if (word === 'giảm' || word === 'xuống') return 'down'
  return null
}

/** The statistics of one sentence, in text order. */
/** A statistic before its label is written: the label is read only for figures not seen before. */
type Candidate = Omit<Statistic, 'label'> & { readonly labelSpan: readonly [number, number] }

function extractSentenceStatistics(
  sentence: string,
  folded: string,
  paragraph: number,
  index: number,
): Candidate[] {
  const source = { paragraph, sentence: index }
  const figures = findFigures(folded)
  const results: Candidate[] = []
  const factor = folded.includes('lần') || folded.includes('gấp') ? execWordPattern(FACTOR, folded) : null
  const factorValue =
    factor === null
      ? null
      : (FACTOR_WORDS[factor[2] ?? ''] ?? parseVietnameseNumber(factor[3] ?? factor[4] ?? '') ?? null)
  let factorUsed = false
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i]
    if (figure === undefined) continue
    const before = folded.slice(Math.max(0, figure.start - 30), figure.start)
    const next = figures[i + 1]
    // 'từ 4,5% lên hơn 10%': one figure with its change.
    const from = /(?:^|[\s(])(từ\s+(?:mức\s+)?)$/u.exec(before)
    if (from !== null && next !== undefined) {
      const between = folded.slice(figure.end, next.start)
      const move = /^\s*(lên|xuống|tăng lên|giảm xuống)\s+(?:mức\s+)?(?:\S+\s+)?$/u.exec(between)
      if (move !== null) {
        const nearFactor = factor !== null && factor.index < figure.start && figure.start - factor.index < 60
        const change: StatisticChange = {
          from: figure.value,
          to: next.value,
          factor: nearFactor ? factorValue : null,
          direction: directionOf(move[1]?.split(' ').pop()),
        }
        if (nearFactor) factorUsed = true
        const changeStart = figure.start - (from[1]?.length ?? 0)
        const labelAt = nearFactor && factor !== null ? factor.index : changeStart
        results.push({
          text: sentence.slice(changeStart, next.end).replace(/\s+/g, ' ').trim(),
          value: next.value,
          unit: next.unit ?? figure.unit,
          qualifier: next.qualifier,
          labelSpan: [labelAt, next.end],
          change,
          source,
        })
        i++
        continue
      }
    }
    const direction = /(?:^|\s)(tăng|giảm)(?:\s+\S+){0,2}\s*$/u.exec(before)?.[1]
    const isFactor = figure.unit === 'lần'
    if (isFactor) factorUsed = true
    // 'lấy mẫu 3 lần', '14 ca đã 3 lần âm tính': a count of times compared with nothing is no key figure.
    if (
      isFactor &&
      direction === undefined &&
      !RE_COMPARED_AFTER.test(folded.slice(figure.end, figure.end + 12))
    )
      continue
    results.push({
      text: sentence.slice(figure.start, figure.end).trim(),
      value: figure.value,
      unit: figure.unit,
      qualifier: figure.qualifier,
      labelSpan: [figure.start, figure.end],
      change:
        direction !== undefined || isFactor
          ? {
              from: null,
              to: null,
              factor: isFactor ? figure.value : null,
              direction: directionOf(direction),
            }
          : null,
      source,
    })
  }
  if (factor !== null && factorValue !== null && !factorUsed && factor[2] !== undefined) {
    results.push({
      text: sentence.slice(factor.index, factor.index + factor[0].length).trim(),
      value: factorValue,
      unit: 'lần',
      qualifier: null,
      labelSpan: [factor.index, factor.index + factor[0].length],
      change: { from: null, to: null, factor: factorValue, direction: directionOf(factor[1]) },
      source,
    })
  }
  return results
}

function statisticKey(statistic: Candidate): string {
  const unit = statistic.unit?.split(' ')[0]?.toLowerCase() ?? ''
  return `${statistic.value}|${unit}|${statistic.change?.from ?? ''}|${statistic.change?.to ?? ''}`
}

/** All figures of an article, each once (the first time it is written), in article order. */
export function extractStatistics(article: Article): Statistic[] {
  const seen = new Set<string>()
  const statistics: Statistic[] = []
  const folded = foldedSentences(article)
  article.sentences.forEach((paragraph, p) =>
    paragraph.forEach((sentence, s) => {
      const foldedSentence = folded[p]?.[s] ?? ''
      for (const candidate of extractSentenceStatistics(sentence, foldedSentence, p, s)) {
        const key = statisticKey(candidate)
        if (seen.has(key)) continue
        seen.add(key)
        const { text, value, unit, qualifier, change, labelSpan } = candidate
        const label = findFigureLabel(foldedSentence, labelSpan[0], labelSpan[1])
        statistics.push({ text, value, unit, qualifier, label, change, source: candidate.source })
      }
    }),
  )
  return statistics
}
