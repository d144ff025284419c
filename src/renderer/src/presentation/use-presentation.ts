import { useCallback, useEffect, useRef, useState } from 'react'
import type { Deck } from '../../../core/index'
import type { Messages } from '../../../shared/messages'
import type { Host } from '../host/host'
import { openPresentationChannel } from './presentation-channel'
import { toPresenterUrl } from './presentation-config'

/** The editor page turned audience view (browser host only). */
export interface AudienceSession {
  readonly startIndex: number
  readonly notice: string | null
}

const PRESENTER_WINDOW_NAME = 'briefdeck-presenter'
const PRESENTER_WINDOW_FEATURES = 'popup,width=1200,height=760'

/**
 * Starting and ending a show from the editor. In a browser this page becomes the audience view and the
 * presenter view opens as a second window; on the desktop main opens both windows and this page only hands
 * them the deck over the channel.
 */
export function usePresentation(
  host: Host,
  deck: Deck,
  messages: Messages,
  onEditNotes?: (slideId: string, text: string) => void,
): {
  session: AudienceSession | null
  start: (fromSlide: number) => void
  end: (lastIndex: number) => void
  /** The slide the last show ended on, once: the editor reopens there. */
  takeResumeIndex: () => number | null
} {
  const [session, setSession] = useState<AudienceSession | null>(null)
  const [serving, setServing] = useState(false)
  const sessionRef = useRef(session)
  const popupRef = useRef<Window | null>(null)
  const resumeRef = useRef<number | null>(null)
  const deckRef = useRef(deck)
  const onEditNotesRef = useRef(onEditNotes)
  useEffect(() => {
    sessionRef.current = session
    deckRef.current = deck
    onEditNotesRef.current = onEditNotes
  })

  const start = useCallback(
    (fromSlide: number) => {
      if (host.startPresentation) {
        setServing(true)
        void host.startPresentation(fromSlide)
        return
      }
      if (sessionRef.current) return
      // window.open and requestFullscreen each need the click or key that started the show, and the first
      // to run may use it up; the presenter window matters more, and F on the audience retries full screen.
      const popup = window.open(
        toPresenterUrl(window.location.href),
        PRESENTER_WINDOW_NAME,
        PRESENTER_WINDOW_FEATURES,
      )
      popupRef.current = popup
      const next = { startIndex: fromSlide, notice: popup ? null : messages.presenter.popupBlocked }
      sessionRef.current = next
      setSession(next)
      const request = document.documentElement.requestFullscreen?.()
      if (!request) return
      request.catch(() =>
        setSession((current) =>
          current && !current.notice ? { ...current, notice: messages.presenter.fullscreenHint } : current,
        ),
      )
    },
    [host, messages],
  )

  const end = useCallback((lastIndex: number) => {
    popupRef.current?.close()
    popupRef.current = null
    resumeRef.current = lastIndex
    sessionRef.current = null
    setSession(null)
  }, [])

  const takeResumeIndex = useCallback(() => {
    const index = resumeRef.current
    resumeRef.current = null
    return index
  }, [])

  useEffect(() => {
    // Desktop: the audience window asks for the deck when it loads; answer until the show ends.
    if (!serving) return
    const channel = openPresentationChannel()
    const unsubscribe = channel.subscribe((message) => {
      if (message.type === 'hello' && message.role === 'audience') {
        channel.post({ type: 'deck', deck: deckRef.current, state: null })
      } else if (message.type === 'end') {
        setServing(false)
      } else if (message.type === 'edit-notes') {
        onEditNotesRef.current?.(message.slideId, message.text)
      }
    })
    return () => {
      unsubscribe()
      channel.close()
    }
  }, [serving])

  useEffect(() => {
    // Desktop: edits made during the show (in the presenter window) come back here; send the deck with them.
    if (!serving) return
    const channel = openPresentationChannel()
    channel.post({ type: 'deck', deck, state: null })
    channel.close()
  }, [serving, deck])

  return { session, start, end, takeResumeIndex }
}
