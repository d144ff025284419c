import { useState, type MouseEvent } from 'react'
import type { Deck } from '../../../core/index'
import type { Locale, Messages } from '../../../shared/messages'
import { formatElapsed } from './elapsed-timer'
import type { KeyAction } from './key-map'
import type { PresentationState } from './presentation-protocol'
import { SlidePreview } from './slide-preview'
import { useNotesFontSize } from './use-notes-font-size'
import { useElapsedTimer, useNow } from './use-presenter-clock'

interface PresenterViewProps {
  readonly deck: Deck
  readonly state: PresentationState
  /** Digits typed towards a "number then Enter" jump, shown so the presenter sees what they typed. */
  readonly digits: string
  readonly locale: Locale
  readonly messages: Messages
  readonly onAction: (action: KeyAction) => void
  /** Notes rewritten during the show; absent where nobody could keep the edit. */
  readonly onEditNotes?: (slideId: string, text: string) => void
}

/** Buttons must not take focus: Space or Enter after a click would press the button again, not advance. */
function keepFocus(event: MouseEvent): void {
  event.preventDefault()
}

/**
 * The presenter's screen, PowerPoint's layout: the current slide large, the next one beside it above the
 * notes, a stopwatch, the time of day and the slide counter. It only shows state; keys and buttons become
 * actions for the window around it.
 */
export function PresenterView({
  deck,
  state,
  digits,
  locale,
  messages,
  onAction,
  onEditNotes,
}: PresenterViewProps) {
  const [editing, setEditing] = useState<{ slideId: string; text: string } | null>(null)
  const text = messages.presenter
  const now = useNow()
  const timer = useElapsedTimer(now)
  const notesFont = useNotesFontSize()
  const current = deck.slides[state.indexh]
  const next = deck.slides[state.indexh + 1]
  const clock = new Date(now).toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  })

  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter__bar">
        <span className="presenter__counter" data-testid="slide-counter">
          {messages.slideCounter(state.indexh + 1, state.total)}
        </span>
        <span className="presenter__timer">
          <span className="presenter__label">{text.elapsed}</span>
          <span className="presenter__time" data-testid="presenter-elapsed" data-running={timer.running}>
            {formatElapsed(timer.elapsedMs)}
          </span>
          <button type="button" tabIndex={-1} onMouseDown={keepFocus} onClick={timer.toggle}>
            {timer.running ? text.pauseTimer : text.resumeTimer}
          </button>
          <button type="button" tabIndex={-1} onMouseDown={keepFocus} onClick={timer.reset}>
            {text.resetTimer}
          </button>
        </span>
        <span className="presenter__clock">
          <span className="presenter__label">{text.clock}</span>
          <span className="presenter__time" data-testid="presenter-clock">
            {clock}
          </span>
        </span>
        <span className="presenter__spacer" />
        <span className="presenter__nav">
          <button
            type="button"
            tabIndex={-1}
            onMouseDown={keepFocus}
            onClick={() => onAction({ kind: 'previous' })}
            aria-label={text.back}
            title={text.back}
          >
            ‹
          </button>
          <button
            type="button"
            tabIndex={-1}
            onMouseDown={keepFocus}
            onClick={() => onAction({ kind: 'next' })}
            aria-label={text.forward}
            title={text.forward}
          >
            ›
          </button>
        </span>
        <button
          type="button"
          className="presenter__end"
          tabIndex={-1}
          onMouseDown={keepFocus}
          onClick={() => onAction({ kind: 'end' })}
          data-testid="presenter-end"
        >
          {text.end}
        </button>
      </header>
      {(state.blank || state.overview || digits) && (
        <div className="presenter__status" role="status" data-testid="presenter-status">
          {digits
            ? text.goTo(digits)
            : state.blank === 'black'
              ? text.blackedOut
              : state.blank === 'white'
                ? text.whitedOut
                : text.overview}
        </div>
      )}
      <main className="presenter__body">
        <section className="presenter__current" aria-label={text.currentSlide}>
          {current && <SlidePreview slide={current} testId="presenter-current" />}
        </section>
        <aside className="presenter__side">
          <section className="presenter__next" aria-label={text.nextSlide}>
            <h2 className="presenter__heading">{text.nextSlide}</h2>
            {next ? (
              <SlidePreview slide={next} testId="presenter-next" />
            ) : (
              <div className="presenter__end-card" data-testid="presenter-next-end">
                {text.endOfPresentation}
              </div>
            )}
          </section>
          <section className="presenter__notes-panel" aria-label={text.notes}>
            <h2 className="presenter__heading">
              {text.notes}
              <span className="presenter__font">
                <button
                  type="button"
                  tabIndex={-1}
                  onMouseDown={keepFocus}
                  onClick={notesFont.shrink}
                  title={text.smallerNotes}
                  aria-label={text.smallerNotes}
                  data-testid="notes-smaller"
                >
                  A−
                </button>
                <button
                  type="button"
                  tabIndex={-1}
                  onMouseDown={keepFocus}
                  onClick={notesFont.grow}
                  title={text.largerNotes}
                  aria-label={text.largerNotes}
                  data-testid="notes-larger"
                >
                  A+
                </button>
                {onEditNotes && current && (
                  <button
                    type="button"
                    tabIndex={-1}
                    onMouseDown={keepFocus}
                    onClick={() => setEditing(editing ? null : { slideId: current.id, text: current.notes })}
                    aria-pressed={editing !== null}
                    data-testid="presenter-edit-notes"
                  >
                    {editing ? text.doneEditing : text.editNotes}
                  </button>
                )}
              </span>
            </h2>
            {editing && current && editing.slideId === current.id ? (
              <textarea
                className="presenter__notes presenter__notes--editing"
                style={{ fontSize: `${notesFont.size}px` }}
                aria-label={messages.editor.notes}
                value={editing.text}
                // The text the presenter types stays theirs while the deck round-trips through the editor.
                onChange={(event) => {
                  const value = event.currentTarget.value
                  setEditing({ slideId: current.id, text: value })
                  onEditNotes?.(current.id, value)
                }}
                data-testid="presenter-notes-editor"
              />
            ) : (
              <div
                className="presenter__notes"
                style={{ fontSize: `${notesFont.size}px` }}
                data-testid="presenter-notes"
              >
                {current?.notes ? current.notes : text.noNotes}
              </div>
            )}
          </section>
        </aside>
      </main>
      <footer className="presenter__keys">{text.keys}</footer>
    </div>
  )
}
