import { useState, type KeyboardEvent } from 'react'
import type { Deck, SlidePatch } from '../../../core/index'
import type { EditorMessages } from '../../../shared/messages'
import { SlidePreview } from '../presentation/slide-preview'

interface SlideListProps {
  readonly deck: Deck
  readonly currentIndex: number
  readonly messages: EditorMessages
  readonly onSelect: (index: number) => void
  readonly onEdit: (patch: SlidePatch) => void
}

/**
 * Thumbnails of every slide: click to go there, drag or Alt+↑/↓ to reorder, and hide a slide from the show
 * without deleting it.
 */
export function SlideList({ deck, currentIndex, messages, onSelect, onEdit }: SlideListProps) {
  const [dragged, setDragged] = useState<string | null>(null)

  const move = (slideId: string, toIndex: number): void => {
    if (toIndex < 0 || toIndex >= deck.slides.length) return
    onEdit({ type: 'move-slide', slideId, toIndex })
    onSelect(toIndex)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, slideId: string, index: number): void => {
    if (event.altKey && event.key === 'ArrowUp') {
      event.preventDefault()
      move(slideId, index - 1)
    } else if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault()
      move(slideId, index + 1)
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onSelect(index)
    }
  }

  return (
    <nav className="slide-list" aria-label={messages.slides} data-testid="slide-list">
      <ol>
        {deck.slides.map((slide, index) => (
          <li
            key={slide.id}
            className={[
              'slide-list__item',
              index === currentIndex ? 'is-current' : '',
              slide.hidden ? 'is-hidden' : '',
              dragged === slide.id ? 'is-dragged' : '',
            ].join(' ')}
            tabIndex={0}
            aria-current={index === currentIndex ? 'true' : undefined}
            aria-label={`${index + 1}. ${slide.title}${slide.hidden ? ` (${messages.hiddenBadge})` : ''}`}
            data-slide-id={slide.id}
            draggable
            onDragStart={(event) => {
              setDragged(slide.id)
              event.dataTransfer.effectAllowed = 'move'
              event.dataTransfer.setData('text/plain', slide.id)
            }}
            onDragEnd={() => setDragged(null)}
            onDragOver={(event) => {
              if (dragged) event.preventDefault()
            }}
            onDrop={(event) => {
              event.preventDefault()
              event.stopPropagation()
              if (dragged && dragged !== slide.id) move(dragged, index)
              setDragged(null)
            }}
            onClick={() => onSelect(index)}
            onKeyDown={(event) => onKeyDown(event, slide.id, index)}
          >
            <span className="slide-list__number">{index + 1}</span>
            <div className="slide-list__thumb">
              <SlidePreview slide={slide} />
              {slide.hidden && <span className="slide-list__badge">{messages.hiddenBadge}</span>}
            </div>
            <div className="slide-list__actions">
              <button
                type="button"
                className="icon-button"
                title={slide.hidden ? messages.showSlide : messages.hideSlide}
                aria-label={slide.hidden ? messages.showSlide : messages.hideSlide}
                aria-pressed={slide.hidden ?? false}
                onClick={(event) => {
                  event.stopPropagation()
                  onEdit({ type: 'set-hidden', slideId: slide.id, hidden: !slide.hidden })
                }}
              >
                {slide.hidden ? '◌' : '●'}
              </button>
              <button
                type="button"
                className="icon-button"
                title={messages.moveUp}
                aria-label={messages.moveUp}
                disabled={index === 0}
                onClick={(event) => {
                  event.stopPropagation()
                  move(slide.id, index - 1)
                }}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                title={messages.moveDown}
                aria-label={messages.moveDown}
                disabled={index === deck.slides.length - 1}
                onClick={(event) => {
                  event.stopPropagation()
                  move(slide.id, index + 1)
                }}
              >
                ↓
              </button>
            </div>
          </li>
        ))}
      </ol>
    </nav>
  )
}
