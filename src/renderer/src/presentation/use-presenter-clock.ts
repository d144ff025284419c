import { useCallback, useEffect, useState } from 'react'
import {
  pauseTimer,
  readElapsedMs,
  resetTimer,
  resumeTimer,
  startTimer,
  type TimerState,
} from './elapsed-timer'

/** The wall clock, re-read twice a second so the seconds never visibly skip. */
export function useNow(intervalMs = 500): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs)
    return () => window.clearInterval(timer)
  }, [intervalMs])
  return now
}

/** The presenter's stopwatch, running from the moment the view opens. */
export function useElapsedTimer(now: number): {
  elapsedMs: number
  running: boolean
  toggle: () => void
  reset: () => void
} {
  const [timer, setTimer] = useState<TimerState>(() => startTimer(Date.now()))
  const toggle = useCallback(
    () =>
      setTimer((current) =>
        current.startedAt === null ? resumeTimer(current, Date.now()) : pauseTimer(current, Date.now()),
      ),
    [],
  )
  const reset = useCallback(() => setTimer((current) => resetTimer(current, Date.now())), [])
  return { elapsedMs: readElapsedMs(timer, now), running: timer.startedAt !== null, toggle, reset }
}
