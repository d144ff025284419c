import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** The read-only material beside the checkout (seed labels, corpus, contracts). */
export const SHARED_DIR = resolve(__dirname, '../../shared')
export const HAS_SHARED = existsSync(resolve(SHARED_DIR, 'contracts'))

if (!HAS_SHARED) console.warn(`[tests] ${SHARED_DIR} is absent: tests that read ../shared did not run`)

export const SEED_PATH = resolve(__dirname, '../resources/seed/dong-nai-e-government-2020-02-12.txt')
