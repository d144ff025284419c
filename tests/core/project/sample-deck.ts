import type { Deck, Slide, SlideBullet } from '../../../src/core/index'

function bullet(text: string, paragraph: number | null, sentence = 0): SlideBullet {
  return { text, source: paragraph === null ? null : { paragraph, sentence } }
}

function slide(id: string, kind: Slide['kind'], bullets: SlideBullet[], notes: string): Slide {
  return { id, kind, title: `Tiêu đề ${id}`, bullets, figures: [], notes }
}

/** A small deck shaped like `buildDeck`'s output: ids `${kind}-${n}`, bullets with sources. */
export function sampleDeck(): Deck {
  return {
    title: 'Tỉnh họp bàn về chuyển đổi số',
    slides: [
      slide('title-1', 'title', [], 'Giới thiệu nội dung bản tin.'),
      slide(
        'directives-1',
        'directives',
        [
          bullet('Sở Nội vụ rà soát thủ tục.', 1, 0),
          bullet('Sở Tài chính bố trí kinh phí.', 1, 1),
          bullet('Các huyện báo cáo trước 30-6.', 2, 0),
        ],
        'Nội dung chỉ đạo, theo nguyên văn bài báo:',
      ),
      slide('quote-1', 'quote', [bullet('Phải làm ngay.', 3, 0)], 'Phát biểu của Chủ tịch.'),
      slide('source-1', 'source', [bullet('bai-bao.txt', null)], 'Nguồn.'),
    ],
  }
}

/** The same article rebuilt after it changed: a directive inserted first, the quote gone. */
export function regeneratedDeck(): Deck {
  const deck = sampleDeck()
  const directives = slideById(deck, 'directives-1')
  return {
    ...deck,
    slides: [
      slideById(deck, 'title-1'),
      {
        ...directives,
        bullets: [
          bullet('Sở Công thương lập kế hoạch.', 1, 0),
          bullet('Sở Nội vụ rà soát thủ tục.', 1, 1),
          bullet('Sở Tài chính bố trí kinh phí.', 1, 2),
          bullet('Các huyện báo cáo trước 30-6.', 2, 0),
        ],
      },
      slideById(deck, 'source-1'),
    ],
  }
}

export function slideById(deck: Deck, id: string): Slide {
  const found = deck.slides.find((item) => item.id === id)
  if (!found) throw new Error(`no slide ${id}`)
  return found
}

/** A patch the test knows exists: fails the test instead of carrying a null on. */
export function present<T>(value: T | null): T {
  if (value === null) throw new Error('expected a patch')
  return value
}
