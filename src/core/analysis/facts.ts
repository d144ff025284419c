/**
 * What the analysis finds in one article. The shapes follow the `analyze --json` contract; every extracted
 * item carries `source`, the sentence it came from, so no bullet or figure is ever without its origin.
 */

/** Zero-based paragraph index in `Article.paragraphs` and sentence index within that paragraph. */
export interface SourceRef {
  readonly paragraph: number
  readonly sentence: number
}

export interface Person {
  /** Personal name only, e.g. 'Nguyễn Xuân Phúc'. */
  readonly name: string | null
  /** Position as written, e.g. 'Thủ tướng Chính phủ'. */
  readonly title: string | null
}

export interface EventDate {
  /** As written, e.g. 'Sáng 12-2'. */
  readonly text: string
  readonly partOfDay: 'sáng' | 'trưa' | 'chiều' | 'tối' | null
  readonly day: number | null
  readonly month: number | null
  /** Only when written or reliably implied by the text; never taken from today's date. */
  readonly year: number | null
}

export interface MeetingEvent {
  /** One sentence: who held what, when. */
  readonly summary: string
  readonly chair: Person | null
  readonly date: EventDate | null
  readonly location: string | null
  readonly participants: readonly Person[]
  /** Where the chair and the meeting were found. */
  readonly source?: SourceRef | null
}

export interface Directive {
  /** The instruction, condensed for a bullet but faithful to the article. */
  readonly text: string
  /** Who gave it, e.g. 'Thủ tướng Nguyễn Xuân Phúc'. */
  readonly issuer: string | null
  /** The directive verb as written: 'yêu cầu', 'đề nghị', 'giao', … */
  readonly verb: string | null
  /** Who must act. */
  readonly addressees: readonly string[]
  readonly source: SourceRef
}

export interface StatisticChange {
  readonly from: number | null
  readonly to: number | null
  /** 'tăng gấp đôi' → 2, 'tăng 9 lần' → 9. */
  readonly factor: number | null
  readonly direction: 'up' | 'down' | null
}

export interface Statistic {
  /** The figure as written, e.g. '1.200 tỷ đồng'. */
  readonly text: string
  /** Vietnamese separators resolved: '4,5%' → 4.5, '1.200 tỷ đồng' → 1200. */
  readonly value: number
  /** What follows the number, scale word included: '%', 'tỷ đồng', 'lần'. */
  readonly unit: string | null
  /** 'hơn', 'trên', 'gần', 'khoảng', 'ước', … as written. */
  readonly qualifier?: string | null
  /** What the number measures. */
  readonly label: string | null
  readonly change?: StatisticChange | null
  readonly source: SourceRef
}

export interface Quote {
  /** Inside the quotation marks, marks removed. */
  readonly text: string
  readonly speaker: string | null
  readonly source: SourceRef
}

export interface NamedPerson {
  readonly name: string
  /** Every title the article gives this person. */
  readonly titles: readonly string[]
}

export interface Facts {
  readonly event: MeetingEvent
  readonly directives: readonly Directive[]
  readonly statistics: readonly Statistic[]
  readonly quotes: readonly Quote[]
  readonly people: readonly NamedPerson[]
}
