import { useCallback, useEffect, useRef, useState } from 'react'
import type { Deck } from '../../../core/index'
import { useLocale } from '../i18n/use-locale'
import { readPresentationKey, type KeyAction } from './key-map'
import { openPresentationChannel, type PresentationChannel } from './presentation-channel'
import type { PresentationState } from './presentation-protocol'
import { PresenterView } from './presenter-view'
import { usePresentationChannel } from './use-presentation-channel'

interface PresenterWindowProps {
  /** Tests pass a fake; the app uses the BroadcastChannel. */
  readonly openChannel?: () => PresentationChannel
  /** How the window goes away when the show ends; a test watches it instead. */
  readonly closeWindow?: () => void
}

/**
 * The presenter window (`?view=presenter`): asks for the deck on load, mirrors the audience's state, and turns
 * keys and buttons into commands. It never moves on its own; the audience deck is the one truth, so both
 * windows always show the same slide.
 */
export function PresenterWindow({
  openChannel = openPresentationChannel,
  closeWindow = () => window.close(),
}: PresenterWindowProps) {
  const { locale, messages } = useLocale()
  const channel = usePresentationChannel(openChannel)
  const [deck, setDeck] = useState<Deck | null>(null)
  const [state, setState] = useState<PresentationState | null>(null)
  const [digits, setDigits] = useState('')
  const digitsRef = useRef('')
  const closeRef = useRef(closeWindow)
  useEffect(() => {
    closeRef.current = closeWindow
  })

  useEffect(() => {
    document.title = messages.presenter.windowTitle
  }, [messages])

  useEffect(() => {
    if (!channel) return
    const unsubscribe = channel.subscribe((message) => {
      if (message.type === 'deck') {
        setDeck(message.deck)
        if (message.state) setState(message.state)
      } else if (message.type === 'state') {
        setState(message.state)
      } else if (message.type === 'end') {
        closeRef.current()
      }
    })
    channel.post({ type: 'hello', role: 'presenter' })
    return unsubscribe
  }, [channel])

  const act = useCallback(
    (action: KeyAction) => {
      if (action.kind === 'end') {
        channel?.post({ type: 'end' })
        closeRef.current()
      } else if (action.kind === 'toggle-fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
        else void document.documentElement.requestFullscreen?.().catch(() => undefined)
      } else {
        channel?.post({ type: 'command', command: action })
      }
    },
    [channel],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      // Typing notes is not steering the show.
      const target = event.target
      if (target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA')) {
        if (event.key === 'Escape') target.blur()
        return
      }
      const result = readPresentationKey(digitsRef.current, event)
      digitsRef.current = result.digits
      setDigits(result.digits)
      if (result.handled) event.preventDefault()
      if (result.action) act(result.action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [act])

  if (!deck || !state) {
    return (
      <div className="presenter presenter--waiting" role="status" data-testid="presenter-waiting">
        {messages.presenter.waiting}
      </div>
    )
  }
  return (
    <PresenterView
      deck={deck}
      state={state}
      digits={digits}
      locale={locale}
      messages={messages}
      onAction={act}
      onEditNotes={(slideId, text) => channel?.post({ type: 'edit-notes', slideId, text })}
    />
  )
}
