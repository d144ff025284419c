import { describe, expect, it } from 'vitest'
import { readPresentationKey, type KeyAction } from '../../../src/renderer/src/presentation/key-map'

/** Presses keys in order from an empty number, returning every action and the digits left. */
function press(...keys: string[]): { actions: KeyAction[]; digits: string } {
  let digits = ''
  const actions: KeyAction[] = []
  for (const key of keys) {
    const result = readPresentationKey(digits, { key })
    digits = result.digits
    if (result.action) actions.push(result.action)
  }
  return { actions, digits }
}

const single = (key: string): KeyAction | null => readPresentationKey('', { key }).action

describe('readPresentationKey', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N', 'Enter'])(
    '%j goes to the next slide',
    (key) => {
      expect(single(key)).toEqual({ kind: 'next' })
    },
  )

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace'])('%j goes back', (key) => {
    expect(single(key)).toEqual({ kind: 'previous' })
  })

  it('Home and End go to the first and last slide', () => {
    expect(single('Home')).toEqual({ kind: 'first' })
    expect(single('End')).toEqual({ kind: 'last' })
  })

  it('B and . black out, W whites out, O toggles the overview, Esc ends', () => {
    expect(single('b')).toEqual({ kind: 'blank', color: 'black' })
    expect(single('B')).toEqual({ kind: 'blank', color: 'black' })
    expect(single('.')).toEqual({ kind: 'blank', color: 'black' })
    expect(single('w')).toEqual({ kind: 'blank', color: 'white' })
    expect(single('W')).toEqual({ kind: 'blank', color: 'white' })
    expect(single('o')).toEqual({ kind: 'toggle-overview' })
    expect(single('Escape')).toEqual({ kind: 'end' })
  })

  it('a number then Enter jumps to that slide (zero-based index)', () => {
    expect(press('1', '2', 'Enter')).toEqual({ actions: [{ kind: 'go-to', index: 11 }], digits: '' })
    expect(press('0', 'Enter').actions).toEqual([{ kind: 'go-to', index: 0 }])
  })

  it('digits alone do nothing yet and are kept for the next key', () => {
    const result = readPresentationKey('', { key: '4' })
    expect(result).toEqual({ digits: '4', action: null, handled: true })
  })

  it('Backspace edits the number being typed, Esc drops it without ending the show', () => {
    expect(press('4', '2', 'Backspace', 'Enter').actions).toEqual([{ kind: 'go-to', index: 3 }])
    expect(press('4', 'Escape')).toEqual({ actions: [], digits: '' })
  })

  it('any other command drops the number being typed', () => {
    expect(press('4', 'ArrowRight', 'Enter').actions).toEqual([{ kind: 'next' }, { kind: 'next' }])
  })

  it('keeps the number through a bare modifier key, as Shift before a digit on some layouts', () => {
    expect(press('1', 'Shift', '3', 'Enter').actions).toEqual([{ kind: 'go-to', index: 12 }])
  })

  it('stops at four digits', () => {
    expect(press('1', '2', '3', '4', '5').digits).toBe('1234')
  })

  it('leaves keys with Ctrl, Alt or Meta to the browser', () => {
    expect(readPresentationKey('', { key: 'ArrowRight', ctrlKey: true })).toEqual({
      digits: '',
      action: null,
      handled: false,
    })
    expect(readPresentationKey('3', { key: 'r', metaKey: true }).handled).toBe(false)
    expect(readPresentationKey('', { key: 'b', altKey: true }).action).toBeNull()
  })

  it('ignores keys it does not know', () => {
    expect(readPresentationKey('', { key: 'q' })).toEqual({ digits: '', action: null, handled: false })
  })
})
