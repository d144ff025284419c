#!/usr/bin/env node
// Runs the TypeScript CLI, so `npx briefdeck` works right after `npm ci`. The sources are bundled into one
// file on first use (and again whenever one of them changes): loading that bundle takes a fraction of the time
// tsx needs to load the sources one by one, and PDF export is timed against plain Chromium (`npm run bench`).
// Where the bundle cannot be built or written, the sources run through tsx as before.
const {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs')
const Module = require('node:module')
const { dirname, join, relative, resolve } = require('node:path')
const { Script } = require('node:vm')

const ROOT = resolve(__dirname, '..')
const ENTRY = join(ROOT, 'src/cli/main.ts')
const CACHE = join(ROOT, 'node_modules/.cache/briefdeck')
const BUNDLE = join(CACHE, 'cli.cjs')
const MANIFEST = join(CACHE, 'cli.json')
const CODE_CACHE = join(CACHE, 'cli.v8cache')
// Loaded at run time from node_modules: large, and only some commands need them.
const EXTERNAL = ['playwright-core', 'pptxgenjs']
// What else decides the bundle's content: the compiler settings and the installed packages.
const EXTRA_INPUTS = [
  'bin/briefdeck.js',
  'tsconfig.node.json',
  'tsconfig.base.json',
  'node_modules/.package-lock.json',
]

function modifiedTimes(files) {
  const times = {}
  for (const file of files) times[file] = statSync(join(ROOT, file)).mtimeMs
  return times
}

function bundleIsFresh() {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'))
    if (!existsSync(BUNDLE)) return false
    const now = modifiedTimes(Object.keys(manifest.inputs))
    return Object.entries(manifest.inputs).every(([file, time]) => now[file] === time)
  } catch {
    return false
  }
}

function buildBundle() {
  const result = require('esbuild').buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    jsx: 'automatic',
    minifySyntax: true,
    minifyWhitespace: true,
    external: EXTERNAL,
    tsconfig: join(ROOT, 'tsconfig.node.json'),
    absWorkingDir: ROOT,
    metafile: true,
    write: false,
    logLevel: 'silent',
    // import() of the external packages becomes require(), which the code-cached loader below provides.
    supported: { 'dynamic-import': false },
  })
  const sources = Object.keys(result.metafile.inputs)
    .map((file) => relative(ROOT, resolve(ROOT, file)))
    .filter((file) => !file.startsWith('node_modules'))
  const inputs = modifiedTimes([...sources, ...EXTRA_INPUTS.filter((file) => existsSync(join(ROOT, file)))])
  mkdirSync(CACHE, { recursive: true })
  // Written beside and renamed, so two runs building at once never load half a bundle.
  const suffix = `${process.pid}.tmp`
  writeFileSync(`${BUNDLE}.${suffix}`, result.outputFiles[0].contents)
  writeFileSync(`${MANIFEST}.${suffix}`, JSON.stringify({ inputs }))
  renameSync(`${BUNDLE}.${suffix}`, BUNDLE)
  renameSync(`${MANIFEST}.${suffix}`, MANIFEST)
  rmSync(CODE_CACHE, { force: true })
}

/**
 * Runs the bundle as CommonJS with V8's code cache: compiling 3 MB of JavaScript costs a couple of hundred
 * milliseconds on every start, reading the cache a few. (Node 22 has module.enableCompileCache; Node 20 not.)
 */
function runBundle() {
  const source = readFileSync(BUNDLE, 'utf8')
  let cachedData
  try {
    cachedData = readFileSync(CODE_CACHE)
  } catch {
    cachedData = undefined
  }
  const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData })
  const bundle = new Module(BUNDLE, module)
  bundle.filename = BUNDLE
  bundle.paths = Module._nodeModulePaths(dirname(BUNDLE))
  const run = script.runInThisContext()
  run.call(bundle.exports, bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, dirname(BUNDLE))
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written once the command has run, so the cache also holds the functions it compiled on the way.
    process.once('beforeExit', () => {
      try {
        const temporary = `${CODE_CACHE}.${process.pid}.tmp`
        writeFileSync(temporary, script.createCachedData())
        renameSync(temporary, CODE_CACHE)
      } catch {
        // Only a slower next start.
      }
    })
  }
}

function runFromSources() {
  // The Node-side compiler settings (automatic JSX runtime for the exporters) rather than the root references.
  process.env.TSX_TSCONFIG_PATH = join(ROOT, 'tsconfig.node.json')
  require('tsx/cjs/api').register()
  require('../src/cli/main.ts')
}

let bundled = false
if (!process.env.BRIEFDECK_FROM_SOURCES) {
  try {
    if (!bundleIsFresh()) buildBundle()
    bundled = true
  } catch {
    for (const file of [BUNDLE, MANIFEST]) rmSync(`${file}.${process.pid}.tmp`, { force: true })
  }
}
if (bundled) runBundle()
else runFromSources()
