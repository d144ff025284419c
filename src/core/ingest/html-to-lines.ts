import { ELEMENT_NODE, TEXT_NODE, type MiniElement, type MiniNode } from './mini-dom'

/**
 * A DOM tree → text with one paragraph per line. Block elements end a line, `figcaption` becomes a caption
 * line ending in ' |' (the layout parseArticle reads as a caption), and page furniture is skipped: scripts,
 * navigation, asides, footers, forms and anything whose class or id says menu, share, related, ads ….
 */

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'IFRAME',
  'SVG',
  'TEMPLATE',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IMG',
  'PICTURE',
  'MENU',
  'DIALOG',
])
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'DL',
  'DT',
  'DD',
  'ADDRESS',
  'HR',
  'BODY',
  'CENTER',
])
/** Class or id words that mark page furniture rather than the article. */
export const RE_FURNITURE =
  /(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|side-bar|related|relate|share|sharing|social|comments?|advert|advertisement|ads?|banner|promo|breadcrumbs?|tags?|subscribe|newsletter|popup|cookie|widget|sponsor|recommend|most-read|trending|tin-lien-quan|lienquan)(?:$|[\s_-])/i

function isFurniture(element: MiniElement): boolean {
  const marker = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('role') ?? ''}`
  if (/\b(?:navigation|banner|contentinfo|complementary)\b/i.test(element.getAttribute('role') ?? ''))
    return true
  return RE_FURNITURE.test(marker)
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

type Step = { node: MiniNode; exit: false } | { node: MiniElement; exit: true }

/** Lines of text from a DOM subtree; iterative so deeply nested pages cannot exhaust the stack. */
export function collectLines(root: MiniNode): string[] {
  const lines: string[] = []
  let buffer = ''
  const flush = (): void => {
    const line = clean(buffer)
    if (line !== '') lines.push(line)
    buffer = ''
  }
  const stack: Step[] = [{ node: root, exit: false }]
  while (stack.length > 0) {
    const step = stack.pop()
    if (step === undefined) break
    if (step.exit) {
      flush()
      continue
    }
    const node = step.node
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? ''
      continue
    }
    if (node.nodeType !== ELEMENT_NODE) continue
    const element = node as MiniElement
    const tag = element.tagName.toUpperCase()
    if (SKIPPED_TAGS.has(tag) || (tag !== 'BODY' && isFurniture(element))) continue
    if (tag === 'BR') {
      flush()
      continue
    }
    if (tag === 'FIGCAPTION') {
      flush()
      const caption = clean(element.textContent ?? '')
      if (caption !== '') lines.push(`${caption.replace(/\s*\|+$/, '')} |`)
      continue
    }
    const block = BLOCK_TAGS.has(tag)
    if (block) {
      flush()
      stack.push({ node: element, exit: true })
    }
    const children = element.childNodes
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]
      if (child !== undefined) stack.push({ node: child, exit: false })
    }
  }
  flush()
  return lines
}
