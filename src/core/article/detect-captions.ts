/**
 * Photo captions. Three shapes reach us: a line ending in ' |' (the seed's layout), a line or sentence that
 * ends in a photo credit '(Ảnh: …)', and, in one-line bodies, a caption sentence followed by its credit and
 * then the running text with no break at all.
 */

import { countWords } from './count-words'

const RE_PIPE_CAPTION = /\s*\|\s*$/
// '(Ảnh: VGP/Nhật Bắc)', '(Ảnh minh họa)', '(Nguồn: TTXVN)'
const RE_PHOTO_CREDIT = /\(\s*(?:Ảnh|Ảnh minh h[oọ]a|Nguồn ảnh|Nguồn|Photo)\b[^()]{0,80}\)\.?/u
const MAX_CAPTION_WORDS = 45

/** 'Thủ tướng chủ trì hội nghị |' → 'Thủ tướng chủ trì hội nghị'; null when the line is no pipe caption. */
export function parsePipeCaption(line: string): string | null {
  if (!line.trimEnd().endsWith('|') || !RE_PIPE_CAPTION.test(line)) return null
  const caption = line.replace(RE_PIPE_CAPTION, '').trim()
  return caption === '' ? null : caption
}

/**
 * Finds a photo credit in a paragraph and separates the caption it belongs to (the sentence just before it)
 * from the running text. Returns null when the paragraph holds no credit.
 */
export function extractCreditCaption(
  paragraph: string,
  sentences: readonly string[],
): { caption: string; sentences: string[] } | null {
  if (!paragraph.includes('(') || !RE_PHOTO_CREDIT.test(paragraph)) return null
  const kept: string[] = []
  let caption: string | null = null
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] ?? ''
    const match = RE_PHOTO_CREDIT.exec(sentence)
    if (match === null || caption !== null) {
      kept.push(sentence)
      continue
    }
    const before = sentence.slice(0, match.index).trim()
    const after = sentence.slice(match.index + match[0].length).trim()
    if (before !== '' && countWords(before) <= MAX_CAPTION_WORDS) {
      // 'Caption text (Ảnh: X). Running text…' or a caption sentence that is all there is.
      caption = before
      if (after !== '') kept.push(after)
    } else if (before === '' && kept.length > 0) {
      // 'Caption text. (Ảnh: X) Running text…': the caption is the sentence before the credit.
      const previous = kept.pop() ?? ''
      if (countWords(previous) <= MAX_CAPTION_WORDS) caption = previous
      else kept.push(previous)
      if (after !== '') kept.push(after)
    } else {
      kept.push(sentence.replace(match[0], '').trim())
    }
  }
  if (caption === null) return null
  return { caption: caption.replace(/[.\s]+$/, ''), sentences: kept.filter((s) => s !== '') }
}
