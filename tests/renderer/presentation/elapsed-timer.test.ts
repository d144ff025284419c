import { describe, expect, it } from 'vitest'
import {
  formatElapsed,
  pauseTimer,
  readElapsedMs,
  resetTimer,
  resumeTimer,
  startTimer,
} from '../../../src/renderer/src/presentation/elapsed-timer'
import {
  clampNotesFontSize,
  NOTES_FONT_SIZES,
} from '../../../src/renderer/src/presentation/use-notes-font-size'

describe('elapsed timer', () => {
  it('counts from the start, stands still while paused and goes on after resuming', () => {
    const started = startTimer(1_000)
    expect(readElapsedMs(started, 6_000)).toBe(5_000)
    const paused = pauseTimer(started, 6_000)
    expect(readElapsedMs(paused, 60_000)).toBe(5_000)
    const resumed = resumeTimer(paused, 60_000)
    expect(readElapsedMs(resumed, 62_000)).toBe(7_000)
  })

  it('reset returns to zero and keeps running or paused as it was', () => {
    const running = resetTimer(startTimer(0), 10_000)
    expect(readElapsedMs(running, 12_000)).toBe(2_000)
    const paused = resetTimer(pauseTimer(startTimer(0), 5_000), 10_000)
    expect(readElapsedMs(paused, 20_000)).toBe(0)
    expect(paused.startedAt).toBeNull()
  })

  it('formats minutes and seconds, and hours once there are any', () => {
    expect(formatElapsed(0)).toBe('0:00')
    expect(formatElapsed(65_400)).toBe('1:05')
    expect(formatElapsed(3_723_000)).toBe('1:02:03')
  })
})

describe('notes font size', () => {
  it('stays within its range and on its step, whatever storage held', () => {
    expect(clampNotesFontSize(1000)).toBe(NOTES_FONT_SIZES.max)
    expect(clampNotesFontSize(1)).toBe(NOTES_FONT_SIZES.min)
    expect(clampNotesFontSize(31)).toBe(32)
    expect(clampNotesFontSize(Number('abc'))).toBe(NOTES_FONT_SIZES.initial)
  })
})
