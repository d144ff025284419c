import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PresentationState } from '../../../src/renderer/src/presentation/presentation-protocol'
import { PresenterWindow } from '../../../src/renderer/src/presentation/presenter-window'
import { DECK } from './deck-fixture'
import { createFakeChannel, type FakeChannel } from './fake-channel'

const at = (indexh: number, extra: Partial<PresentationState> = {}): PresentationState => ({
  indexh,
  indexv: 0,
  total: DECK.slides.length,
  blank: null,
  overview: false,
  ...extra,
})

let channel: FakeChannel
let closeWindow: ReturnType<typeof vi.fn<() => void>>

function renderPresenter(): ReturnType<typeof render> {
  return render(
    <StrictMode>
      <PresenterWindow openChannel={() => channel} closeWindow={closeWindow} />
    </StrictMode>,
  )
}

function receive(message: Parameters<FakeChannel['receive']>[0]): void {
  act(() => channel.receive(message))
}

beforeEach(() => {
  window.localStorage.clear()
  channel = createFakeChannel()
  closeWindow = vi.fn<() => void>()
})

// Vitest runs without globals here, so Testing Library cannot unmount by itself between tests.
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('PresenterWindow', () => {
  it('asks for the deck on load and waits for it', () => {
    renderPresenter()
    expect(channel.posted).toContainEqual({ type: 'hello', role: 'presenter' })
    expect(screen.getByTestId('presenter-waiting').textContent).toBe('Đang chờ bản trình chiếu…')
  })

  it('shows the notes of the current slide, as text, and the next slide', () => {
    renderPresenter()
    receive({ type: 'deck', deck: DECK, state: at(1) })
    const notes = screen.getByTestId('presenter-notes')
    expect(notes.textContent).toBe('Thủ tướng chủ trì <b>hội nghị</b>.')
    expect(notes.querySelector('b')).toBeNull()
    expect(screen.getByTestId('presenter-current').querySelector('.slide__title')?.textContent).toBe(
      'Sự kiện',
    )
    const next = screen.getByTestId('presenter-next')
    expect(next.querySelector('section')?.getAttribute('data-slide-kind')).toBe('statistics')
    expect(next.querySelector('.slide__title')?.textContent).toBe('Số liệu chính')
    expect(screen.getByTestId('slide-counter').textContent).toBe('Trang 2 / 4')
  })

  it('follows the audience state and shows the end of the presentation after the last slide', () => {
    renderPresenter()
    receive({ type: 'deck', deck: DECK, state: at(0) })
    expect(screen.getByTestId('presenter-notes').textContent).toBe('Chào mọi người.\nHôm nay có ba nội dung.')
    receive({ type: 'state', state: at(3) })
    expect(screen.getByTestId('slide-counter').textContent).toBe('Trang 4 / 4')
    expect(screen.queryByTestId('presenter-next')).toBeNull()
    expect(screen.getByTestId('presenter-next-end').textContent).toBe('Hết bài trình chiếu')
    expect(screen.getByTestId('presenter-notes').textContent).toBe('Trang này không có ghi chú.')
  })

  it('turns keys into commands for the audience and does not move on its own', () => {
    renderPresenter()
    receive({ type: 'deck', deck: DECK, state: at(0) })
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    fireEvent.keyDown(window, { key: '3' })
    expect(screen.getByTestId('presenter-status').textContent).toContain('3')
    fireEvent.keyDown(window, { key: 'Enter' })
    fireEvent.keyDown(window, { key: 'b' })
    const commands = channel.posted.flatMap((message) =>
      message.type === 'command' ? [message.command] : [],
    )
    expect(commands).toEqual([
      { kind: 'next' },
      { kind: 'go-to', index: 2 },
      { kind: 'blank', color: 'black' },
    ])
    expect(screen.getByTestId('slide-counter').textContent).toBe('Trang 1 / 4')
  })

  it('says when the audience screen is black', () => {
    renderPresenter()
    receive({ type: 'deck', deck: DECK, state: at(0, { blank: 'black' }) })
    expect(screen.getByTestId('presenter-status').textContent).toContain('đen')
  })

  it('A+ and A− change the notes size and remember it', () => {
    const first = renderPresenter()
    receive({ type: 'deck', deck: DECK, state: at(0) })
    const size = () => screen.getByTestId('presenter-notes').style.fontSize
    expect(size()).toBe('28px')
    fireEvent.click(screen.getByTestId('notes-larger'))
    fireEvent.click(screen.getByTestId('notes-larger'))
    expect(size()).toBe('36px')
    fireEvent.click(screen.getByTestId('notes-smaller'))
    expect(size()).toBe('32px')
    first.unmount()
    renderPresenter()
    receive({ type: 'deck', deck: DECK, state: at(0) })
    expect(size()).toBe('32px')
  })

  it('pauses and resets the elapsed timer', () => {
    vi.useFakeTimers({ now: 0 })
    renderPresenter()
    receive({ type: 'deck', deck: DECK, state: at(0) })
    act(() => vi.advanceTimersByTime(65_000))
    const elapsed = screen.getByTestId('presenter-elapsed')
    expect(elapsed.textContent).toBe('1:05')
    fireEvent.click(screen.getByText('Tạm dừng'))
    act(() => vi.advanceTimersByTime(30_000))
    expect(elapsed.textContent).toBe('1:05')
    fireEvent.click(screen.getByText('Đặt lại'))
    expect(screen.getByTestId('presenter-elapsed').textContent).toBe('0:00')
    fireEvent.click(screen.getByText('Tiếp tục'))
    act(() => vi.advanceTimersByTime(3_000))
    expect(screen.getByTestId('presenter-elapsed').textContent).toBe('0:03')
  })

  it('Esc ends the show for both windows; an end from the audience closes this one', () => {
    renderPresenter()
    receive({ type: 'deck', deck: DECK, state: at(0) })
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(channel.posted.at(-1)).toEqual({ type: 'end' })
    expect(closeWindow).toHaveBeenCalledTimes(1)
    receive({ type: 'end' })
    expect(closeWindow).toHaveBeenCalledTimes(2)
  })
})
