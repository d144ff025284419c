import { z } from 'zod'

// zod probes for eval once to speed up parsing; our CSP forbids eval, and the refused probe shows up as a
// violation report. Imported first by the entry so it runs before any module builds a schema.
z.config({ jitless: true })
