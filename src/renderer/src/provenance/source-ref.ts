import type { SourceRef } from '../../../core/index'

/** Reads the `data-source="paragraph:sentence"` address that slide bullets and figure cards carry. */
export function parseSourceAttribute(value: string | null | undefined): SourceRef | null {
  const match = /^(\d+):(\d+)$/.exec(value ?? '')
  if (!match) return null
  return { paragraph: Number(match[1]), sentence: Number(match[2]) }
}

/** The source of the bullet or figure under a click, if any. */
export function findClickedSource(target: EventTarget | null): SourceRef | null {
  if (!(target instanceof Element)) return null
  return parseSourceAttribute(target.closest('[data-source]')?.getAttribute('data-source'))
}

export function isSameSource(a: SourceRef | null, b: SourceRef | null): boolean {
  return a !== null && b !== null && a.paragraph === b.paragraph && a.sentence === b.sentence
}
