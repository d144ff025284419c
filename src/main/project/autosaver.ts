import { fail, ok, type BriefdeckError, type Result } from '../../core/documents'

/** Time, injected so tests drive the autosaver without waiting. */
export interface AutosaveClock {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface AutosaverOptions<T> {
  /** The longest an edit waits before it is saved; default 1000 ms. */
  readonly delayMs?: number
  /** How soon a failed save is tried again when no new edit comes; default 5000 ms. */
  readonly retryMs?: number
  /** Saves one snapshot; a rejection, or a `Result` with `ok: false`, counts as a failed save. */
  readonly save: (value: T) => Promise<unknown>
  /** Told about every failed save (e.g. show "not saved: disk full"); the edit stays pending. */
  readonly onError?: (error: BriefdeckError) => void
  /** Told about every successful save, with the snapshot saved. */
  readonly onSaved?: (value: T) => void
  readonly clock?: AutosaveClock
}

export interface Autosaver<T> {
  /** The user changed something: `value` is the whole state to save (e.g. the project with its edits). */
  edited(value: T): void
  /** Saves the pending edit now (Ctrl+S, closing the window); resolves ok when nothing is left unsaved. */
  flush(): Promise<Result<void>>
  /** An edit is not saved yet (or its save is under way): warn before closing. */
  readonly pending: boolean
  /** Stops the timers; flush first if the edits matter. */
  dispose(): void
}

const systemClock: AutosaveClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/**
 * Saves at most `delayMs` after an edit, however fast the user keeps typing (the delay runs from the first
 * unsaved edit, not the last), one save at a time, always the newest snapshot. A failed save keeps the edit
 * pending, reports the error and is retried.
 */
export function createAutosaver<T>(options: AutosaverOptions<T>): Autosaver<T> {
  const delayMs = options.delayMs ?? 1000
  const retryMs = options.retryMs ?? 5000
  const clock = options.clock ?? systemClock
  let latest: { readonly value: T } | null = null
  let inFlight: Promise<Result<void>> | null = null
  let timer: { readonly handle: unknown; readonly dueAt: number } | null = null
  let disposed = false

  // Keeps the earlier deadline when one is already set, so a retry never postpones a fresh edit's save.
  function scheduleAt(dueAt: number): void {
    if (disposed || (timer && timer.dueAt <= dueAt)) return
    if (timer) clock.clearTimeout(timer.handle)
    const handle = clock.setTimeout(
      () => {
        timer = null
        void saveLatest()
      },
      Math.max(0, dueAt - clock.now()),
    )
    timer = { handle, dueAt }
  }

  function saveLatest(): Promise<Result<void>> {
    // One save at a time: an older snapshot finishing last must never overwrite a newer one.
    if (inFlight) return inFlight.then(saveLatest)
    if (!latest) return Promise.resolve(ok(undefined))
    const { value } = latest
    latest = null
    const attempt = runSave(value).then((result) => {
      inFlight = null
      if (result.ok) {
        options.onSaved?.(value)
      } else {
        latest ??= { value }
        options.onError?.(result.error)
        scheduleAt(clock.now() + retryMs)
      }
      return result
    })
    inFlight = attempt
    return attempt
  }

  async function runSave(value: T): Promise<Result<void>> {
    try {
      const result = await options.save(value)
      return isFailure(result) ? fail(result.error.code, result.error.detail) : ok(undefined)
    } catch (error) {
      return fail('output/unwritable', error instanceof Error ? error.message : String(error))
    }
  }

  return {
    edited(value) {
      latest = { value }
      scheduleAt(clock.now() + delayMs)
    },
    flush() {
      if (timer) clock.clearTimeout(timer.handle)
      timer = null
      return saveLatest().then((result) => (result.ok && latest ? saveLatest() : result))
    },
    get pending() {
      return latest !== null || inFlight !== null
    },
    dispose() {
      disposed = true
      if (timer) clock.clearTimeout(timer.handle)
      timer = null
    },
  }
}

function isFailure(value: unknown): value is { readonly ok: false; readonly error: BriefdeckError } {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && value.ok === false && 'error' in value
  )
}
