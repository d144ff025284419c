#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources, so `npx briefdeck` works right after `npm ci`.
const { join } = require('node:path')

// The Node-side compiler settings (automatic JSX runtime for the exporters) rather than the root references.
process.env.TSX_TSCONFIG_PATH = join(__dirname, '..', 'tsconfig.node.json')
require('tsx/cjs/api').register()
require('../src/cli/main.ts')
