import type { ExportAssets } from '../export/html-document'
// The page cannot read files from disk, so the build bundles what a standalone HTML deck inlines. This module
// is loaded only when the user exports HTML from the browser host; the editor's own bundle stays as it was.
import resetStyle from '../../../../node_modules/reveal.js/dist/reset.css?raw'
import revealStyle from '../../../../node_modules/reveal.js/dist/reveal.css?raw'
import revealScript from '../../../../node_modules/reveal.js/dist/reveal.js?raw'
import notesScript from '../../../../node_modules/reveal.js/dist/plugin/notes.js?raw'
import deckStyle from '../styles/deck.css?raw'

const FONT_CSS = import.meta.glob<string>(
  '../../../../node_modules/@fontsource/be-vietnam-pro/{400,600,700}.css',
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
)
const FONT_FILES = import.meta.glob<string>(
  '../../../../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-*-{400,600,700}-normal.woff2',
  { query: '?inline', import: 'default', eager: true },
)

/** Fontsource's CSS with each font file as a data: URI, as the CLI inlines them (src/cli/export/export-assets.ts). */
function inlineFontCss(css: string): string {
  const dataUris = new Map(
    Object.entries(FONT_FILES).map(([path, uri]) => [path.slice(path.lastIndexOf('/') + 1), uri] as const),
  )
  return css
    .replace(/url\(\.\/files\/([^)]+\.woff2)\)/g, (whole, file: string) => {
      const uri = dataUris.get(file)
      return uri ? `url(${uri})` : whole
    })
    .replace(/,\s*url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, '')
}

/** What the standalone HTML deck inlines, from the bundle (the desktop and the CLI read the same files). */
export function readBrowserExportAssets(): ExportAssets {
  const fontStyles = Object.keys(FONT_CSS)
    .sort()
    .map((path) => inlineFontCss(FONT_CSS[path] ?? ''))
  return {
    resetStyle,
    revealStyle,
    fontStyles,
    deckStyle,
    scripts: [revealScript, notesScript],
  }
}
