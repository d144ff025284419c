import { useEffect, useState } from 'react'
import type { Deck } from '../../../core/index'
import { useLocale } from '../i18n/use-locale'
import { AudienceView } from './audience-view'
import { openPresentationChannel, type PresentationChannel } from './presentation-channel'
import { readStartSlide } from './presentation-config'
import { usePresentationChannel } from './use-presentation-channel'

interface AudienceWindowProps {
  readonly openChannel?: () => PresentationChannel
  readonly closeWindow?: () => void
}

/**
 * The desktop audience window (`?view=audience`, opened by main full screen on the projector). It has no deck
 * of its own: it asks the editor window, which answers with a `deck` message carrying no state.
 */
export function AudienceWindow({
  openChannel = openPresentationChannel,
  closeWindow = () => window.close(),
}: AudienceWindowProps) {
  const { messages } = useLocale()
  const channel = usePresentationChannel(openChannel)
  const [deck, setDeck] = useState<Deck | null>(null)
  const [startIndex] = useState(() => readStartSlide(window.location.search))

  useEffect(() => {
    if (!channel) return
    const unsubscribe = channel.subscribe((message) => {
      // Only the editor sends a deck without a state; another audience's deck is not ours to show.
      if (message.type === 'deck' && message.state === null) setDeck((current) => current ?? message.deck)
    })
    channel.post({ type: 'hello', role: 'audience' })
    return unsubscribe
  }, [channel])

  if (!channel || !deck) return <div className="audience audience--waiting" data-testid="audience-waiting" />
  return (
    <AudienceView
      deck={deck}
      startIndex={startIndex}
      channel={channel}
      messages={messages}
      onEnd={closeWindow}
    />
  )
}
