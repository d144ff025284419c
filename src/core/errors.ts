/** Stable error codes: the UI maps each to a message in the user's language, the CLI prints it. */
export const ERROR_CODES = [
  'input/empty',
  'input/too-large',
  'input/binary',
  'input/unsupported-type',
  'input/undecodable',
  'input/not-docx',
  'input/unreadable',
  'output/unwritable',
  'project/corrupt',
  'project/not-a-project',
  'project/newer-version',
  'project/invalid',
  'export/no-browser',
  'export/browser-failed',
  'export/timeout',
  'internal',
] as const

export type BriefdeckErrorCode = (typeof ERROR_CODES)[number]

/** An error as a value: a stable code plus optional detail (never user-facing on its own). */
export interface BriefdeckError {
  readonly code: BriefdeckErrorCode
  readonly detail?: string
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: BriefdeckError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T>(code: BriefdeckErrorCode, detail?: string): Result<T> {
  return { ok: false, error: detail === undefined ? { code } : { code, detail } }
}
