import type { Configuration } from 'electron-builder'
import { buildKindFrom, flipFusesAfterPack } from './packaging/fuses'

/**
 * Desktop packages (`npm run package`). The app is read from app.asar only (a fuse enforces it), so
 * everything main reads at run time has to be listed here: the built bundles, the seed article, and the deck
 * styles the PDF exporter inlines. The CLI's own tools (esbuild, tsx, Playwright) stay out of the package.
 */
const buildKind = buildKindFrom(process.env)

const config: Configuration = {
  appId: 'vn.briefdeck.app',
  productName: 'Briefdeck',
  directories: { output: buildKind === 'test' ? 'dist/test-build' : 'dist', buildResources: 'packaging' },
  asar: true,
  // No native modules: nothing to rebuild for Electron's Node.
  npmRebuild: false,
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'resources/**',
    'src/renderer/src/styles/deck.css',
    '!node_modules/{esbuild,@esbuild,tsx,playwright-core}/**',
  ],
  afterPack: (context) => flipFusesAfterPack(context, buildKind),
  linux: { target: ['AppImage'], category: 'Office' },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
}

export default config
