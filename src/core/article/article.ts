/** An article after layout clean-up: what `analyze --json` reports as `article`, plus its sentences. */
export interface Article {
  /** Headline when the input has one. */
  readonly title: string | null
  /** Outlet tag such as 'ĐN' from a leading '(ĐN)-'. */
  readonly outlet: string | null
  /** The lead (sapo), once, without the outlet tag. */
  readonly lead: string | null
  /** Author names only, e.g. 'Công Nghĩa' from 'Tin và ảnh: Công Nghĩa'. */
  readonly byline: string | null
  /** Photo captions without their trailing ' |' markers. */
  readonly captions: readonly string[]
  /** Body paragraphs in order; the lead is paragraph 0 when present. */
  readonly paragraphs: readonly string[]
  /** `sentences[p][s]` is sentence s of paragraph p: the address every `source` points at. */
  readonly sentences: readonly (readonly string[])[]
}
