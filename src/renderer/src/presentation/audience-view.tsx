import { useCallback, useEffect, useRef, useState } from 'react'
import type { RevealApi } from 'reveal.js'
import type { Deck } from '../../../core/index'
import type { Messages } from '../../../shared/messages'
import { DeckView } from '../deck-view/deck-view'
import { readPresentationKey, type KeyAction } from './key-map'
import type { PresentationChannel } from './presentation-channel'
import { AUDIENCE_REVEAL_CONFIG } from './presentation-config'
import type { Blank, PresentationCommand, PresentationState } from './presentation-protocol'
import { resolveCommand } from './presentation-state'

interface AudienceViewProps {
  readonly deck: Deck
  readonly startIndex: number
  readonly channel: PresentationChannel
  readonly messages: Messages
  /** A line shown briefly over the deck, e.g. that the presenter window was blocked. */
  readonly notice?: string | null
  /** Called once when the show ends, with the slide it ended on. */
  readonly onEnd: (lastIndex: number) => void
  /** Notes the presenter rewrote during the show (browser host: this page also holds the project). */
  readonly onEditNotes?: (slideId: string, text: string) => void
}

const NOTICE_MS = 6000

/**
 * What the room sees: the deck filling the window, nothing else. It owns the presentation state (reveal is
 * the truth for position and overview, this view for blanking), obeys the keys and the presenter window's
 * commands, and tells the presenter window every change.
 */
export function AudienceView({
  deck,
  startIndex,
  channel,
  messages,
  notice,
  onEnd,
  onEditNotes,
}: AudienceViewProps) {
  const onEditNotesRef = useRef(onEditNotes)
  useEffect(() => {
    onEditNotesRef.current = onEditNotes
  })
  const apiRef = useRef<RevealApi | null>(null)
  const blankRef = useRef<Blank>(null)
  const digitsRef = useRef('')
  const endedRef = useRef(false)
  /** Set when F leaves full screen, which must not end the show the way Esc does. */
  const leavingFullscreenRef = useRef(false)
  const [state, setState] = useState<PresentationState>(() => ({
    indexh: startIndex,
    indexv: 0,
    total: deck.slides.length,
    blank: null,
    overview: false,
  }))
  const stateRef = useRef(state)
  const [shownNotice, setShownNotice] = useState<string | null>(null)
  const onEndRef = useRef(onEnd)
  useEffect(() => {
    onEndRef.current = onEnd
  })

  /** The state as it is right now: handlers can run twice before React re-renders, so ask reveal itself. */
  const readLiveState = useCallback((): PresentationState => {
    const api = apiRef.current
    const indices = api?.getIndices()
    return {
      indexh: indices?.h ?? stateRef.current.indexh,
      indexv: indices?.v ?? 0,
      total: api?.getTotalSlides() ?? deck.slides.length,
      blank: blankRef.current,
      overview: api?.isOverview() ?? false,
    }
  }, [deck])

  const publish = useCallback(() => {
    const next = readLiveState()
    stateRef.current = next
    setState(next)
    channel.post({ type: 'state', state: next })
  }, [channel, readLiveState])

  const apply = useCallback(
    (command: PresentationCommand) => {
      const current = readLiveState()
      const target = resolveCommand(current, command)
      blankRef.current = target.blank
      const api = apiRef.current
      if (api && target.overview !== current.overview) api.toggleOverview(target.overview)
      if (api && target.indexh !== current.indexh) api.slide(target.indexh)
      publish()
    },
    [publish, readLiveState],
  )

  const end = useCallback(
    (announce: boolean) => {
      if (endedRef.current) return
      endedRef.current = true
      if (announce) channel.post({ type: 'end' })
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
      onEndRef.current(readLiveState().indexh)
    },
    [channel, readLiveState],
  )

  const act = useCallback(
    (action: KeyAction) => {
      if (action.kind === 'end') {
        // Esc first closes the overview, as in reveal, so a stray Esc there does not end the show.
        if (readLiveState().overview) apply({ kind: 'toggle-overview' })
        else end(true)
      } else if (action.kind === 'toggle-fullscreen') {
        // F is a new user gesture, so a browser that refused full screen at the start may accept it now.
        if (document.fullscreenElement) {
          leavingFullscreenRef.current = true
          void document.exitFullscreen().catch(() => undefined)
        } else {
          void document.documentElement.requestFullscreen?.().catch(() => undefined)
        }
      } else {
        apply(action)
      }
    },
    [apply, end, readLiveState],
  )

  useEffect(
    () =>
      channel.subscribe((message) => {
        if (message.type === 'hello' && message.role === 'presenter') {
          channel.post({ type: 'deck', deck, state: readLiveState() })
        } else if (message.type === 'command') {
          apply(message.command)
        } else if (message.type === 'end') {
          end(false)
        } else if (message.type === 'edit-notes') {
          onEditNotesRef.current?.(message.slideId, message.text)
        }
      }),
    [apply, channel, deck, end, readLiveState],
  )

  useEffect(() => {
    // A presenter window that opened first (or a desktop one waiting for the editor) gets the deck unasked.
    channel.post({ type: 'deck', deck, state: stateRef.current })
  }, [channel, deck])

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const result = readPresentationKey(digitsRef.current, event)
      digitsRef.current = result.digits
      if (result.handled) event.preventDefault()
      if (result.action) act(result.action)
    }
    // Leaving full screen is how Esc reaches us in a browser: it never sees the key while full screen.
    let wasFullscreen = Boolean(document.fullscreenElement)
    const onFullscreenChange = (): void => {
      const isFullscreen = Boolean(document.fullscreenElement)
      if (wasFullscreen && !isFullscreen && !leavingFullscreenRef.current) end(true)
      leavingFullscreenRef.current = false
      wasFullscreen = isFullscreen
    }
    const onPageHide = (): void => channel.post({ type: 'end' })
    window.addEventListener('keydown', onKey)
    document.addEventListener('fullscreenchange', onFullscreenChange)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('fullscreenchange', onFullscreenChange)
      window.removeEventListener('pagehide', onPageHide)
    }
  }, [act, channel, end])

  useEffect(() => {
    if (!notice) return
    setShownNotice(notice)
    const timer = window.setTimeout(() => setShownNotice(null), NOTICE_MS)
    return () => window.clearTimeout(timer)
  }, [notice])

  const onReady = useCallback(
    (api: RevealApi) => {
      apiRef.current = api
      api.on('overviewshown', publish)
      api.on('overviewhidden', publish)
      if (startIndex > 0) api.slide(startIndex)
      publish()
    },
    [publish, startIndex],
  )

  return (
    <div className="audience" data-testid="audience" data-blank={state.blank ?? undefined}>
      <DeckView
        deck={deck}
        deckKey="presentation"
        config={AUDIENCE_REVEAL_CONFIG}
        onReady={onReady}
        onSlideChange={publish}
      />
      {state.blank && (
        <div className={`audience__blank audience__blank--${state.blank}`} data-testid="audience-blank" />
      )}
      {!state.blank && (
        <span className="audience__counter" data-testid="slide-counter">
          {messages.slideCounter(state.indexh + 1, state.total)}
        </span>
      )}
      {shownNotice && (
        <div className="audience__notice" role="status">
          {shownNotice}
        </div>
      )}
    </div>
  )
}
