import { useEffect, useRef } from 'react'
import type { Article, SourceRef } from '../../../core/index'
import type { EditorMessages } from '../../../shared/messages'
import { isSameSource } from './source-ref'

interface ArticlePaneProps {
  readonly article: Article
  readonly selected: SourceRef | null
  readonly messages: EditorMessages
}

/**
 * The article as Briefdeck read it, sentence by sentence. The sentence behind the selected bullet or figure is
 * highlighted and scrolled into view, so every line of the deck can be checked against its origin.
 */
export function ArticlePane({ article, selected, messages }: ArticlePaneProps) {
  const selectedRef = useRef<HTMLSpanElement>(null)

  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' })
  }, [selected])

  const selectedSentence = selected ? article.sentences[selected.paragraph]?.[selected.sentence] : undefined

  return (
    <aside className="article-pane" aria-label={messages.sourceArticle} data-testid="article-pane">
      <h2 className="article-pane__heading">{messages.sourceArticle}</h2>
      <p className="article-pane__selection" data-testid="source-sentence" aria-live="polite">
        {selectedSentence ?? messages.sourceHint}
      </p>
      <div className="article-pane__body">
        {article.title && <h3 className="article-pane__title">{article.title}</h3>}
        {article.sentences.map((sentences, paragraph) => (
          <p key={paragraph} className="article-pane__paragraph">
            {sentences.map((sentence, index) => {
              const isSelected = isSameSource(selected, { paragraph, sentence: index })
              return (
                <span
                  key={index}
                  ref={isSelected ? selectedRef : undefined}
                  className={isSelected ? 'article-pane__sentence is-selected' : 'article-pane__sentence'}
                  data-sentence={`${paragraph}:${index}`}
                >
                  {sentence}{' '}
                </span>
              )
            })}
          </p>
        ))}
      </div>
    </aside>
  )
}
