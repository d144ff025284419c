import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ExportAssets } from '../../renderer/src/export/html-document'

const FONT_WEIGHTS = [400, 600, 700] as const
const DECK_CSS = 'src/renderer/src/styles/deck.css'

/**
 * The app's deck styles, found upwards from this module: it runs from src/cli/export under tsx and from
 * node_modules/.cache/briefdeck when bundled (bin/briefdeck.js).
 */
function deckCssPath(): string {
  let dir = __dirname
  while (!existsSync(join(dir, DECK_CSS)) && dirname(dir) !== dir) dir = dirname(dir)
  return join(dir, DECK_CSS)
}

/** A package's folder, found from its main entry (reveal.js does not export its package.json). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name))
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir)
  return dir
}

/** Fontsource's CSS with every font file inlined as a data: URI, so the deck needs no font on the machine. */
async function inlineFontCss(weight: number): Promise<string> {
  const dir = packageDir('@fontsource/be-vietnam-pro')
  const css = await readFile(join(dir, `${weight}.css`), 'utf8')
  const files = [...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)].map((match) => match[1] ?? '')
  let inlined = css
  for (const file of new Set(files)) {
    const data = (await readFile(join(dir, 'files', file))).toString('base64')
    inlined = inlined.replaceAll(`url(./files/${file})`, `url(data:font/woff2;base64,${data})`)
  }
  // The woff fallbacks are for browsers older than anything that runs reveal.js 6.
  return inlined.replace(/,\s*url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, '')
}

/** Everything an exported document inlines, read from the installed packages and the app's own styles. */
export async function readExportAssets(): Promise<ExportAssets> {
  const reveal = packageDir('reveal.js')
  const [resetStyle, revealStyle, deckStyle, fontStyles, scripts] = await Promise.all([
    readFile(join(reveal, 'dist/reset.css'), 'utf8'),
    readFile(join(reveal, 'dist/reveal.css'), 'utf8'),
    readFile(deckCssPath(), 'utf8'),
    Promise.all(FONT_WEIGHTS.map(inlineFontCss)),
    Promise.all([
      readFile(join(reveal, 'dist/reveal.js'), 'utf8'),
      readFile(join(reveal, 'dist/plugin/notes.js'), 'utf8'),
    ]),
  ])
  return { resetStyle, revealStyle, fontStyles, deckStyle, scripts }
}
