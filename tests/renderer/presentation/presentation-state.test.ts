import { describe, expect, it } from 'vitest'
import type { PresentationState } from '../../../src/renderer/src/presentation/presentation-protocol'
import { resolveCommand } from '../../../src/renderer/src/presentation/presentation-state'

const at = (indexh: number, extra: Partial<PresentationState> = {}): PresentationState => ({
  indexh,
  indexv: 0,
  total: 5,
  blank: null,
  overview: false,
  ...extra,
})

describe('resolveCommand', () => {
  it('moves within the deck and stops at both ends', () => {
    expect(resolveCommand(at(2), { kind: 'next' }).indexh).toBe(3)
    expect(resolveCommand(at(4), { kind: 'next' }).indexh).toBe(4)
    expect(resolveCommand(at(0), { kind: 'previous' }).indexh).toBe(0)
    expect(resolveCommand(at(3), { kind: 'first' }).indexh).toBe(0)
    expect(resolveCommand(at(1), { kind: 'last' }).indexh).toBe(4)
  })

  it('clamps a jump past the end to the last slide', () => {
    expect(resolveCommand(at(0), { kind: 'go-to', index: 2 }).indexh).toBe(2)
    expect(resolveCommand(at(0), { kind: 'go-to', index: 99 }).indexh).toBe(4)
  })

  it('B blacks out and B again restores, without moving', () => {
    const black = resolveCommand(at(2), { kind: 'blank', color: 'black' })
    expect(black).toEqual({ indexh: 2, blank: 'black', overview: false })
    expect(resolveCommand(at(2, { blank: 'black' }), { kind: 'blank', color: 'black' }).blank).toBeNull()
  })

  it('W while black turns the screen white', () => {
    expect(resolveCommand(at(2, { blank: 'black' }), { kind: 'blank', color: 'white' }).blank).toBe('white')
  })

  it('a navigation key while blank only restores the slide, it does not skip one', () => {
    expect(resolveCommand(at(2, { blank: 'white' }), { kind: 'next' })).toEqual({
      indexh: 2,
      blank: null,
      overview: false,
    })
    expect(resolveCommand(at(2, { blank: 'black' }), { kind: 'go-to', index: 0 }).indexh).toBe(2)
  })

  it('O toggles the overview', () => {
    expect(resolveCommand(at(1), { kind: 'toggle-overview' }).overview).toBe(true)
    expect(resolveCommand(at(1, { overview: true }), { kind: 'toggle-overview' }).overview).toBe(false)
  })
})
