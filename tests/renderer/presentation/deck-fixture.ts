import type { Deck, Slide } from '../../../src/core/index'

function slide(id: string, kind: Slide['kind'], title: string, notes: string): Slide {
  return {
    id,
    kind,
    title,
    bullets: [{ text: `Nội dung ${title}`, source: { paragraph: 0, sentence: 0 } }],
    figures: [],
    notes,
  }
}

/** A small deck with notes on every slide but the last, and markup in the text that must stay text. */
export const DECK: Deck = {
  title: 'Hội nghị trực tuyến',
  slides: [
    slide('title', 'title', 'Hội nghị trực tuyến', 'Chào mọi người.\nHôm nay có ba nội dung.'),
    slide('event-1', 'event', 'Sự kiện', 'Thủ tướng chủ trì <b>hội nghị</b>.'),
    {
      ...slide('statistics-1', 'statistics', 'Số liệu chính', 'Nhấn mạnh con số 1.200 tỷ đồng.'),
      figures: [
        {
          text: '1.200 tỷ đồng',
          unit: 'tỷ đồng',
          qualifier: null,
          label: 'vốn đầu tư',
          change: { from: 600, to: 1200, factor: 2, direction: 'up' },
          source: { paragraph: 2, sentence: 1 },
        },
      ],
    },
    slide('source', 'source', 'Nguồn', ''),
  ],
}
