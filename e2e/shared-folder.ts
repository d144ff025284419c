import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** The read-only material beside the checkout; tests that need it say so and do not run without it. */
export const SHARED_DIR = resolve(__dirname, '../../shared')
export const HAS_SHARED = existsSync(resolve(SHARED_DIR, 'corpus'))
export const NO_SHARED_REASON = `../shared is absent (${SHARED_DIR}): corpus tests did not run`
