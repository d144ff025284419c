import { useId } from 'react'
import {
  toRemoveBulletPatch,
  toSetBulletPatch,
  type Deck,
  type Slide,
  type SlidePatch,
} from '../../../core/index'
import type { EditorMessages } from '../../../shared/messages'

interface SlideEditorProps {
  readonly deck: Deck
  readonly slide: Slide
  readonly messages: EditorMessages
  readonly onEdit: (patch: SlidePatch) => void
}

/**
 * The current slide's words: its title, its bullets and the speaker notes. Every change is a typed patch, so
 * it shows at once in the deck and the presenter view, is undoable, and is what gets saved.
 */
export function SlideEditor({ deck, slide, messages, onEdit }: SlideEditorProps) {
  const id = useId()
  return (
    <section className="slide-editor" aria-label={slide.title} data-testid="slide-editor">
      <label className="field" htmlFor={`${id}-title`}>
        {messages.slideTitle}
      </label>
      <input
        id={`${id}-title`}
        className="field__input"
        value={slide.title}
        onChange={(event) =>
          onEdit({ type: 'set-title', slideId: slide.id, text: event.currentTarget.value })
        }
        data-testid="slide-title-input"
      />
      {slide.bullets.length > 0 && (
        <fieldset className="slide-editor__bullets">
          <legend>{messages.bullets}</legend>
          {slide.bullets.map((bullet, index) => (
            <div className="slide-editor__bullet" key={`${slide.id}/${index}`}>
              <textarea
                className="field__input"
                aria-label={messages.bullet(index + 1)}
                rows={2}
                value={bullet.text}
                onChange={(event) => {
                  const patch = toSetBulletPatch(deck, slide.id, index, event.currentTarget.value)
                  if (patch) onEdit(patch)
                }}
              />
              <button
                type="button"
                className="icon-button"
                title={messages.removeBullet}
                aria-label={`${messages.removeBullet}: ${messages.bullet(index + 1)}`}
                onClick={() => {
                  const patch = toRemoveBulletPatch(deck, slide.id, index)
                  if (patch) onEdit(patch)
                }}
              >
                ×
              </button>
            </div>
          ))}
        </fieldset>
      )}
      <label className="field" htmlFor={`${id}-notes`}>
        {messages.notes}
      </label>
      <textarea
        id={`${id}-notes`}
        className="field__input notes-editor"
        rows={10}
        value={slide.notes}
        onChange={(event) =>
          onEdit({ type: 'set-notes', slideId: slide.id, text: event.currentTarget.value })
        }
        data-testid="notes-editor"
      />
    </section>
  )
}
