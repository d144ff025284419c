import { toMatchKey } from './fold-text'

/**
 * Some pages print the lead twice: a teaser cut with '...' and the full lead (the seed), or a '* ' summary
 * line that the body then repeats. Among the first lines, a line whose words are almost all contained in a
 * longer neighbour, and whose every number is in it too, is that neighbour's duplicate: a line stating a figure
 * the other does not is news of its own, however alike the wording.
 */

const LEAD_WINDOW = 4
const MIN_WORDS = 6
const CONTAINMENT = 0.8
// Figures, not numbers that are part of a name ('Covid-19', 'F0').
const RE_FIGURE = /(?<![\p{L}\p{N}-])\d(?:[\d.,]*\d)?/gu

function toWordSet(text: string): Set<string> {
  return new Set(
    toMatchKey(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== ''),
  )
}

/** Indexes (into `lines`) of lead lines that duplicate a longer line among the first few. */
export function findDuplicateLeads(lines: readonly string[]): Set<number> {
  const leadWords = lines.slice(0, LEAD_WINDOW).map(toWordSet)
  const figures = lines.slice(0, LEAD_WINDOW).map((line) => new Set(line.match(RE_FIGURE) ?? []))
  const dropped = new Set<number>()
  for (let i = 0; i < leadWords.length; i++) {
    const words = leadWords[i]
    if (words === undefined || words.size < MIN_WORDS) continue
    for (let j = 0; j < leadWords.length; j++) {
      const other = leadWords[j]
      if (i === j || other === undefined || dropped.has(j) || other.size < words.size) continue
      if (other.size === words.size && j > i) continue
      let shared = 0
      for (const word of words) if (other.has(word)) shared++
      const otherFigures = figures[j] ?? new Set<string>()
      const figuresShared = [...(figures[i] ?? [])].every((figure) => otherFigures.has(figure))
      if (figuresShared && shared / words.size >= CONTAINMENT) {
        dropped.add(i)
        break
      }
    }
  }
  return dropped
}
