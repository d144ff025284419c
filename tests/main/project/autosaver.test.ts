import { describe, expect, it } from 'vitest'
import { fail, ok, type BriefdeckError, type Result } from '../../../src/core/index'
import { createAutosaver, type AutosaveClock } from '../../../src/main/project/index'

/** A clock that moves only when told, running due timers in order and letting promises settle between them. */
function fakeClock(): AutosaveClock & { advance(ms: number): Promise<void> } {
  let now = 0
  let nextId = 1
  let timers: { id: number; dueAt: number; callback: () => void }[] = []
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve))
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++
      timers.push({ id, dueAt: now + ms, callback })
      return id
    },
    clearTimeout(handle) {
      timers = timers.filter((timer) => timer.id !== handle)
    },
    async advance(ms) {
      const end = now + ms
      for (;;) {
        await settle()
        const due = timers.filter((timer) => timer.dueAt <= end).sort((a, b) => a.dueAt - b.dueAt)[0]
        if (!due) break
        now = due.dueAt
        timers = timers.filter((timer) => timer !== due)
        due.callback()
      }
      now = end
      await settle()
    },
  }
}

function recordingSave(clock: AutosaveClock) {
  const saves: { at: number; value: string }[] = []
  let outcome: () => Result<void> = () => ok(undefined)
  return {
    saves,
    failWith(next: () => Result<void>) {
      outcome = next
    },
    save: async (value: string) => {
      saves.push({ at: clock.now(), value })
      return outcome()
    },
  }
}

describe('the autosaver', () => {
  it('saves the newest state one second after an edit', async () => {
    const clock = fakeClock()
    const recorder = recordingSave(clock)
    const autosaver = createAutosaver({ delayMs: 1000, save: recorder.save, clock })
    autosaver.edited('a')
    await clock.advance(500)
    autosaver.edited('ab')
    expect(autosaver.pending).toBe(true)
    await clock.advance(499)
    expect(recorder.saves).toEqual([])
    await clock.advance(1)
    expect(recorder.saves).toEqual([{ at: 1000, value: 'ab' }])
    expect(autosaver.pending).toBe(false)
  })

  it('never leaves an edit unsaved for more than a second while the user keeps typing', async () => {
    const clock = fakeClock()
    const recorder = recordingSave(clock)
    const autosaver = createAutosaver({ delayMs: 1000, save: recorder.save, clock })
    const editedAt: number[] = []
    for (let i = 0; i < 50; i++) {
      autosaver.edited(`v${i}`)
      editedAt.push(clock.now())
      await clock.advance(130)
    }
    await clock.advance(1000)
    for (const [i, at] of editedAt.entries()) {
      const savedBy = recorder.saves.find((save) => save.at >= at && Number(save.value.slice(1)) >= i)
      expect(savedBy && savedBy.at - at, `edit ${i}`).toBeLessThanOrEqual(1000)
    }
    expect(recorder.saves.at(-1)?.value).toBe('v49')
  })

  it('keeps a failed edit pending, reports the error and retries', async () => {
    const clock = fakeClock()
    const recorder = recordingSave(clock)
    const errors: BriefdeckError[] = []
    const autosaver = createAutosaver({
      save: recorder.save,
      clock,
      retryMs: 5000,
      onError: (error) => errors.push(error),
    })
    recorder.failWith(() => fail('output/unwritable', 'ENOSPC'))
    autosaver.edited('ghi chú')
    await clock.advance(1000)
    expect(errors).toEqual([{ code: 'output/unwritable', detail: 'ENOSPC' }])
    expect(autosaver.pending).toBe(true)
    recorder.failWith(() => ok(undefined))
    await clock.advance(5000)
    expect(recorder.saves.map((save) => [save.at, save.value])).toEqual([
      [1000, 'ghi chú'],
      [6000, 'ghi chú'],
    ])
    expect(autosaver.pending).toBe(false)
  })

  it('saves a newer edit made while a failing save was under way, not the older one', async () => {
    const clock = fakeClock()
    const saved: string[] = []
    let release: (result: Result<void>) => void = () => undefined
    const autosaver = createAutosaver({
      clock,
      save: (value: string) => {
        saved.push(value)
        return new Promise<Result<void>>((resolve) => (release = resolve))
      },
    })
    autosaver.edited('1')
    await clock.advance(1000)
    autosaver.edited('2')
    release(fail('output/unwritable'))
    await clock.advance(1000)
    release(ok(undefined))
    await clock.advance(0)
    expect(saved).toEqual(['1', '2'])
    expect(autosaver.pending).toBe(false)
  })

  it('runs one save at a time, so an older snapshot never lands after a newer one', async () => {
    const clock = fakeClock()
    let running = 0
    let most = 0
    const order: string[] = []
    const autosaver = createAutosaver({
      clock,
      delayMs: 100,
      save: async (value: string) => {
        running++
        most = Math.max(most, running)
        await new Promise((resolve) => setTimeout(resolve, 5))
        order.push(value)
        running--
      },
    })
    for (let i = 0; i < 10; i++) {
      autosaver.edited(`v${i}`)
      await clock.advance(100)
    }
    await autosaver.flush()
    expect(most).toBe(1)
    expect(order.at(-1)).toBe('v9')
    expect(order).toEqual([...order].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))))
  })

  it('flushes on demand and tells the caller whether everything is saved', async () => {
    const clock = fakeClock()
    const recorder = recordingSave(clock)
    const autosaver = createAutosaver({ save: recorder.save, clock })
    expect(await autosaver.flush()).toEqual({ ok: true, value: undefined })
    autosaver.edited('x')
    expect(await autosaver.flush()).toEqual({ ok: true, value: undefined })
    expect(recorder.saves).toEqual([{ at: 0, value: 'x' }])
    recorder.failWith(() => {
      throw new Error('disk gone')
    })
    autosaver.edited('y')
    expect(await autosaver.flush()).toEqual({
      ok: false,
      error: { code: 'output/unwritable', detail: 'disk gone' },
    })
    expect(autosaver.pending).toBe(true)
    // No timer fires after a flush: the one-second save was replaced by it.
    await clock.advance(1000)
    expect(recorder.saves).toHaveLength(2)
    autosaver.dispose()
    await clock.advance(10_000)
    expect(recorder.saves).toHaveLength(2)
  })
})
