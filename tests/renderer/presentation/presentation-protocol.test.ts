import { describe, expect, it } from 'vitest'
import {
  isDeck,
  parsePresentationMessage,
  type PresentationState,
} from '../../../src/renderer/src/presentation/presentation-protocol'
import { DECK } from './deck-fixture'

const STATE: PresentationState = { indexh: 1, indexv: 0, total: 4, blank: null, overview: false }

describe('parsePresentationMessage', () => {
  it('accepts each well-formed message', () => {
    const messages = [
      { type: 'hello', role: 'presenter' },
      { type: 'hello', role: 'audience' },
      { type: 'deck', deck: DECK, state: STATE },
      { type: 'deck', deck: DECK, state: null },
      { type: 'state', state: { ...STATE, blank: 'white', overview: true } },
      { type: 'command', command: { kind: 'next' } },
      { type: 'command', command: { kind: 'go-to', index: 3 } },
      { type: 'command', command: { kind: 'blank', color: 'black' } },
      { type: 'command', command: { kind: 'toggle-overview' } },
      { type: 'end' },
    ]
    for (const message of messages) expect(parsePresentationMessage(message)).toEqual(message)
  })

  it('survives a structured clone, as BroadcastChannel delivers it', () => {
    const message = { type: 'deck', deck: DECK, state: STATE }
    expect(parsePresentationMessage(structuredClone(message))).toEqual(message)
  })

  it.each([
    ['nothing', undefined],
    ['a string', 'next'],
    ['an array', [{ type: 'end' }]],
    ['an unknown type', { type: 'reload' }],
    ['a hello without a role', { type: 'hello' }],
    ['a hello from an unknown role', { type: 'hello', role: 'editor' }],
    ['a state with a negative index', { type: 'state', state: { ...STATE, indexh: -1 } }],
    ['a state with a fractional index', { type: 'state', state: { ...STATE, indexh: 1.5 } }],
    ['a state with an unknown blank', { type: 'state', state: { ...STATE, blank: 'red' } }],
    ['a state without overview', { type: 'state', state: { indexh: 0, indexv: 0, total: 1, blank: null } }],
    ['a command of an unknown kind', { type: 'command', command: { kind: 'reload' } }],
    ['a command to end (ending is its own message)', { type: 'command', command: { kind: 'end' } }],
    ['a go-to without an index', { type: 'command', command: { kind: 'go-to' } }],
    ['a go-to to a string index', { type: 'command', command: { kind: 'go-to', index: '3' } }],
    ['a blank of an unknown colour', { type: 'command', command: { kind: 'blank', color: 'red' } }],
    ['a deck without state field', { type: 'deck', deck: DECK }],
    ['a deck with a malformed state', { type: 'deck', deck: DECK, state: { indexh: 0 } }],
    ['a deck that is not one', { type: 'deck', deck: { title: 'x' }, state: null }],
  ])('refuses %s', (_name, data) => {
    expect(parsePresentationMessage(data)).toBeNull()
  })

  it('keeps only the fields a command has, not whatever else was sent', () => {
    expect(parsePresentationMessage({ type: 'command', command: { kind: 'next', extra: 1 } })).toEqual({
      type: 'command',
      command: { kind: 'next' },
    })
  })
})

describe('isDeck', () => {
  it('accepts a deck as the core builds it', () => {
    expect(isDeck(DECK)).toBe(true)
  })

  const [first] = DECK.slides
  it.each([
    ['slides that are not a list', { title: 'x', slides: {} }],
    ['a slide of an unknown kind', { title: 'x', slides: [{ ...first, kind: 'video' }] }],
    ['a slide without notes', { title: 'x', slides: [{ ...first, notes: undefined }] }],
    ['a slide with a numeric title', { title: 'x', slides: [{ ...first, title: 3 }] }],
    ['a bullet without text', { title: 'x', slides: [{ ...first, bullets: [{ source: null }] }] }],
    [
      'a bullet with a malformed source',
      {
        title: 'x',
        slides: [{ ...first, bullets: [{ text: 'a', source: { paragraph: 'x', sentence: 0 } }] }],
      },
    ],
    [
      'a figure without a source',
      { title: 'x', slides: [{ ...first, figures: [{ text: '1', unit: null }] }] },
    ],
  ])('refuses %s', (_name, value) => {
    expect(isDeck(value)).toBe(false)
  })
})
