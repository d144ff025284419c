import type { Deck } from '../../../core/index'
import type { Messages } from '../../../shared/messages'
import { AudienceView } from './audience-view'
import type { AudienceSession } from './use-presentation'
import { usePresentationChannel } from './use-presentation-channel'

/** The editor page as the audience view (browser host): the same AudienceView the desktop window uses. */
export function PresentationAudience({
  deck,
  session,
  messages,
  onEnd,
  onEditNotes,
}: {
  readonly deck: Deck
  readonly session: AudienceSession
  readonly messages: Messages
  readonly onEnd: (lastIndex: number) => void
  readonly onEditNotes?: (slideId: string, text: string) => void
}) {
  const channel = usePresentationChannel()
  if (!channel) return <div className="audience" />
  return (
    <AudienceView
      deck={deck}
      startIndex={session.startIndex}
      channel={channel}
      messages={messages}
      notice={session.notice}
      onEnd={onEnd}
      onEditNotes={onEditNotes}
    />
  )
}
