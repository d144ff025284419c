import type { DetachedEdit } from '../../../core/index'
import type { EditorMessages } from '../../../shared/messages'

function describe(edit: DetachedEdit): string {
  const patch = edit.patch
  switch (patch.type) {
    case 'set-notes':
    case 'set-title':
    case 'set-bullet':
      return patch.text
    case 'remove-bullet':
      return patch.anchor.text
    case 'set-hidden':
    case 'move-slide':
      return patch.slideId
  }
}

/** Edits whose slide is gone after a rebuild: shown in full, so no word the user wrote is ever lost. */
export function DetachedNotes({
  detached,
  messages,
}: {
  readonly detached: readonly DetachedEdit[]
  readonly messages: EditorMessages
}) {
  const texts = detached.filter(
    (edit) => edit.patch.type !== 'move-slide' && edit.patch.type !== 'set-hidden',
  )
  if (texts.length === 0) return null
  return (
    <section className="detached-notes" aria-label={messages.detachedTitle} data-testid="detached-notes">
      <h2>{messages.detachedTitle}</h2>
      <p>{messages.detachedHint}</p>
      <ul>
        {texts.map((edit, index) => (
          <li key={index}>
            <pre>{describe(edit)}</pre>
          </li>
        ))}
      </ul>
    </section>
  )
}
