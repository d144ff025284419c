import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AudienceView } from '../../../src/renderer/src/presentation/audience-view'
import type { PresentationState } from '../../../src/renderer/src/presentation/presentation-protocol'
import { MESSAGES } from '../../../src/shared/messages'
import { DECK } from './deck-fixture'
import { createFakeChannel, type FakeChannel } from './fake-channel'

let channel: FakeChannel
let onEnd: ReturnType<typeof vi.fn<(lastIndex: number) => void>>

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20))
  })
}

async function renderAudience(startIndex = 0): Promise<HTMLElement> {
  const { container } = render(
    <StrictMode>
      <AudienceView
        deck={DECK}
        startIndex={startIndex}
        channel={channel}
        messages={MESSAGES.vi}
        onEnd={onEnd}
      />
    </StrictMode>,
  )
  // reveal initialises asynchronously; on a loaded machine that takes longer than one short pause.
  await waitFor(() => expect(container.querySelector('.reveal.ready')).not.toBeNull(), { timeout: 5000 })
  await waitFor(() => expect(channel.posted.some((message) => message.type === 'state')).toBe(true), {
    timeout: 5000,
  })
  await settle()
  return container
}

function lastState(): PresentationState | undefined {
  const states = channel.posted.flatMap((message) => (message.type === 'state' ? [message.state] : []))
  return states.at(-1)
}

const presentKind = (container: HTMLElement) =>
  container.querySelector('section.present')?.getAttribute('data-slide-kind')

beforeEach(() => {
  channel = createFakeChannel()
  onEnd = vi.fn<(lastIndex: number) => void>()
})

// Vitest runs without globals here, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup)

describe('AudienceView', () => {
  it('starts on the requested slide, with one reveal instance, and tells the presenter', async () => {
    const container = await renderAudience(1)
    expect(container.querySelectorAll('.reveal.ready')).toHaveLength(1)
    expect(presentKind(container)).toBe('event')
    expect(lastState()).toEqual({ indexh: 1, indexv: 0, total: 4, blank: null, overview: false })
    expect(channel.posted.some((message) => message.type === 'deck')).toBe(true)
    expect(container.querySelector('[data-testid="slide-counter"]')?.textContent).toBe('Trang 2 / 4')
  })

  it('obeys commands from the presenter window and answers a late hello with the deck and its state', async () => {
    const container = await renderAudience()
    act(() => channel.receive({ type: 'command', command: { kind: 'next' } }))
    act(() => channel.receive({ type: 'command', command: { kind: 'next' } }))
    expect(presentKind(container)).toBe('statistics')
    expect(lastState()?.indexh).toBe(2)
    act(() => channel.receive({ type: 'hello', role: 'presenter' }))
    expect(channel.posted.at(-1)).toMatchObject({ type: 'deck', state: { indexh: 2 } })
  })

  it('blacks out on B and comes back on a navigation key without moving', async () => {
    const container = await renderAudience(2)
    fireEvent.keyDown(window, { key: 'b' })
    expect(container.querySelector('.audience__blank--black')).not.toBeNull()
    expect(lastState()?.blank).toBe('black')
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    expect(container.querySelector('[data-testid="audience-blank"]')).toBeNull()
    expect(presentKind(container)).toBe('statistics')
  })

  it('jumps on a number then Enter and ends on Esc, reporting where it ended', async () => {
    const container = await renderAudience()
    fireEvent.keyDown(window, { key: '4' })
    fireEvent.keyDown(window, { key: 'Enter' })
    expect(presentKind(container)).toBe('source')
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(channel.posted.at(-1)).toEqual({ type: 'end' })
    expect(onEnd).toHaveBeenCalledExactlyOnceWith(3)
  })

  it('ends when the presenter window ends the show, without echoing it back', async () => {
    await renderAudience()
    const before = channel.posted.length
    act(() => channel.receive({ type: 'end' }))
    expect(onEnd).toHaveBeenCalledExactlyOnceWith(0)
    expect(channel.posted.slice(before).some((message) => message.type === 'end')).toBe(false)
  })
})
