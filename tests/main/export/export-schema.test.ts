import { describe, expect, it } from 'vitest'
import { exportArguments } from '../../../src/main/ipc-schemas'
import { exportRequest } from './deck-fixture'

describe('the export payload', () => {
  it('accepts an edited deck with the format, layout, paper, name, author and language', () => {
    const request = exportRequest({ format: 'pptx', pdfMode: 'handout', pageSize: 'letter' })
    const [parsed] = exportArguments.parse([request])
    expect(parsed).toEqual(request)
  })

  it('refuses unknown formats, layouts, paper sizes and languages', () => {
    for (const bad of [
      { format: 'docx' },
      { pdfMode: 'outline' },
      { pageSize: 'a3' },
      { locale: 'fr' },
    ] as const) {
      expect(exportArguments.safeParse([{ ...exportRequest(), ...bad }]).success).toBe(false)
    }
  })

  it('refuses a suggested name with a folder part or control characters', () => {
    for (const suggestedName of ['../deck', '/etc/passwd', 'a\\b', '', '..', 'a\u0007b']) {
      expect(exportArguments.safeParse([exportRequest({ suggestedName })]).success).toBe(false)
    }
  })

  it('refuses a deck of the wrong shape, an empty one, and extra arguments', () => {
    const request = exportRequest()
    const first = request.deck.slides[0]
    if (!first) throw new Error('seed deck is empty')
    const withSlide = (slide: unknown) => [{ ...request, deck: { ...request.deck, slides: [slide] } }]
    expect(exportArguments.safeParse(withSlide({ ...first, kind: 'chart' })).success).toBe(false)
    expect(exportArguments.safeParse(withSlide({ ...first, notes: 42 })).success).toBe(false)
    expect(exportArguments.safeParse(withSlide({ ...first, bullets: 'x' })).success).toBe(false)
    expect(
      exportArguments.safeParse(
        withSlide({ ...first, bullets: [{ text: 'a', source: { paragraph: -1, sentence: 0 } }] }),
      ).success,
    ).toBe(false)
    expect(exportArguments.safeParse([{ ...request, deck: { ...request.deck, slides: [] } }]).success).toBe(
      false,
    )
    expect(exportArguments.safeParse([{ ...request, deck: 'deck' }]).success).toBe(false)
    expect(exportArguments.safeParse([request, 'extra']).success).toBe(false)
    expect(exportArguments.safeParse([]).success).toBe(false)
  })

  it('passes on only the fields the builders read', () => {
    const request = exportRequest()
    const slides = request.deck.slides.map((slide) => ({ ...slide, onclick: 'alert(1)' }))
    const [parsed] = exportArguments.parse([{ ...request, deck: { ...request.deck, slides, extra: true } }])
    expect(parsed.deck).not.toHaveProperty('extra')
    expect(parsed.deck.slides[0]).not.toHaveProperty('onclick')
  })
})
