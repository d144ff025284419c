import { toMatchKey } from './fold-text'

/**
 * Some pages print the lead twice: a teaser cut with '...' and the full lead (the seed), or a '* ' summary
 * line that the body then repeats. Among the first lines, a line whose words are almost all contained in a
 * longer neighbour is that neighbour's duplicate.
 */

const LEAD_WINDOW = 4
const MIN_WORDS = 6
const CONTAINMENT = 0.8

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
      if (shared / words.size >= CONTAINMENT) {
        dropped.add(i)
        break
      }
    }
  }
  return dropped
}
