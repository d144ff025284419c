import { describe, expect, it } from 'vitest'
import {
  applyEdits,
  canRedo,
  canUndo,
  COALESCE_WINDOW_MS,
  createHistory,
  currentEdits,
  pushEdit,
  redo,
  toSetBulletPatch,
  undo,
  type SlidePatch,
} from '../../../src/core/index'
import { present, sampleDeck, slideById } from './sample-deck'

const notes = (text: string, slideId = 'quote-1'): SlidePatch => ({ type: 'set-notes', slideId, text })

describe('undo and redo', () => {
  it('undoes and redoes edits in order', () => {
    let history = createHistory()
    history = pushEdit(history, notes('a'))
    history = pushEdit(history, { type: 'set-hidden', slideId: 'quote-1', hidden: true })
    expect(canUndo(history)).toBe(true)
    history = undo(history)
    expect(currentEdits(history)).toEqual([notes('a')])
    expect(canRedo(history)).toBe(true)
    history = redo(history)
    expect(currentEdits(history)).toHaveLength(2)
    expect(canRedo(history)).toBe(false)
  })

  it('clears redo on a new edit', () => {
    let history = pushEdit(pushEdit(createHistory(), notes('a')), notes('b'))
    history = pushEdit(undo(history), notes('c', 'title-1'))
    expect(canRedo(history)).toBe(false)
    expect(redo(history)).toBe(history)
    expect(currentEdits(history)).toEqual([notes('a'), notes('c', 'title-1')])
  })

  it('never undoes below the edits it started from', () => {
    const base = [notes('đã lưu')]
    const history = createHistory(base)
    expect(canUndo(history)).toBe(false)
    expect(undo(history)).toBe(history)
    expect(currentEdits(undo(pushEdit(history, notes('mới'))))).toEqual(base)
  })

  it('makes a burst of typing in one notes field one undo step', () => {
    let history = createHistory()
    let at = 1_000
    for (const text of ['G', 'Gh', 'Ghi', 'Ghi chú'])
      history = pushEdit(history, notes(text), { at: (at += 200) })
    expect(currentEdits(history)).toEqual([notes('Ghi chú')])
    // A pause starts a new step, and so does another field.
    history = pushEdit(history, notes('Ghi chú.'), { at: (at += COALESCE_WINDOW_MS + 1) })
    history = pushEdit(history, notes('x', 'title-1'), { at: at + 10 })
    expect(currentEdits(history)).toHaveLength(3)
    expect(currentEdits(undo(undo(history)))).toEqual([notes('Ghi chú')])
  })

  it('does not coalesce without times, or into a step that was undone and redone', () => {
    const plain = pushEdit(pushEdit(createHistory(), notes('a')), notes('b'))
    expect(currentEdits(plain)).toHaveLength(2)
    let history = pushEdit(createHistory(), notes('a'), { at: 0 })
    history = redo(undo(history))
    history = pushEdit(history, notes('ab'), { at: 10 })
    expect(currentEdits(history)).toHaveLength(2)
  })

  it('coalesces typing in one bullet into one patch that replays the same', () => {
    const deck = sampleDeck()
    let history = createHistory()
    let shown = deck
    let at = 0
    for (const text of ['Sở Nội vụ rà soát', 'Sở Nội vụ rà soát ngay', 'Sở Nội vụ rà soát ngay thủ tục.']) {
      history = pushEdit(history, present(toSetBulletPatch(shown, 'directives-1', 0, text)), {
        at: (at += 100),
      })
      shown = applyEdits(deck, currentEdits(history))
    }
    expect(currentEdits(history)).toHaveLength(1)
    expect(slideById(shown, 'directives-1').bullets[0]?.text).toBe('Sở Nội vụ rà soát ngay thủ tục.')
    expect(undo(history).done).toEqual([])
  })
})
