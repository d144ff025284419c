/** A stopwatch as data: running when `startedAt` is set; time banked by earlier runs in `bankedMs`. */
export interface TimerState {
  readonly startedAt: number | null
  readonly bankedMs: number
}

export function startTimer(now: number): TimerState {
  return { startedAt: now, bankedMs: 0 }
}

export function readElapsedMs(timer: TimerState, now: number): number {
  return timer.bankedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt))
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? timer : { startedAt: null, bankedMs: readElapsedMs(timer, now) }
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? { startedAt: now, bankedMs: timer.bankedMs } : timer
}

/** Back to zero, keeping whether it runs: a paused timer stays paused at 0:00. */
export function resetTimer(timer: TimerState, now: number): TimerState {
  return { startedAt: timer.startedAt === null ? null : now, bankedMs: 0 }
}

/** 0:05, 12:34, 1:02:03: minutes and seconds always, hours once there are any. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  const rest = String(seconds % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}
