#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources, so `npx briefdeck` works right after `npm ci`.
require('tsx/cjs/api').register()
require('../src/cli/main.ts')
