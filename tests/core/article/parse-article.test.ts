import { describe, expect, it } from 'vitest'
import { foldToneMarks, parseArticle, toMatchKey } from '../../../src/core/article/index'

// Articles written for these tests, in the layouts the corpus uses.
describe('parseArticle', () => {
  it('keeps an opening line that states figures the next one does not, however alike the wording', () => {
    const first = 'Năm 2020, tỉnh Nam Hà có 120 ca mắc mới và 3 ca tử vong trong cả năm.'
    const second =
      'Năm 2021, tỉnh Nam Hà có 85 ca mắc mới và 1 ca tử vong trong cả năm, giảm so với năm trước.'
    const article = parseArticle(['Tình hình dịch bệnh ở Nam Hà', first, second].join('\n'))
    const text = article.paragraphs.join('\n')
    expect(text).toContain('120 ca')
    expect(text).toContain('85 ca')
  })

  it('reads outlet tag, duplicated lead, pipe captions and a credit byline', () => {
    const article = parseArticle(
      [
        '(TB)- Sáng 3-4, Chủ tịch UBND tỉnh Trần Văn An chủ trì cuộc họp về chuyển đổi số...',
        '(TB)- Sáng 3-4, Chủ tịch UBND tỉnh Trần Văn An đã chủ trì cuộc họp trực tuyến về chuyển đổi số của tỉnh...',
        'Quang cảnh cuộc họp |',
        'Ông yêu cầu Sở Nội vụ rà soát thủ tục. Tỷ lệ hồ sơ trực tuyến tăng từ 20% lên 35%.',
        'Tin và ảnh: Minh Hà',
      ].join('\n'),
    )
    expect(article.outlet).toBe('TB')
    expect(article.lead).toContain('trực tuyến')
    expect(article.paragraphs).toHaveLength(2)
    expect(article.captions).toEqual(['Quang cảnh cuộc họp'])
    expect(article.byline).toBe('Minh Hà')
    expect(article.sentences[1]).toHaveLength(2)
  })

  it('reads a headline, a name-only byline, and a one-line body with inline caption and wire ending', () => {
    const article = parseArticle(
      [
        'Tỉnh đẩy mạnh chuyển đổi số',
        'Đoàn công tác thăm khu công nghiệp. (Ảnh: Lan Anh/TTXVN) Chủ tịch tỉnh Trần Văn An làm việc với doanh nghiệp. Ông đề nghị các sở hỗ trợ thủ tục./. Minh Hà (TTXVN)',
      ].join('\n'),
    )
    expect(article.title).toBe('Tỉnh đẩy mạnh chuyển đổi số')
    expect(article.captions).toEqual(['Đoàn công tác thăm khu công nghiệp'])
    expect(article.byline).toBe('Minh Hà')
    expect(article.sentences[0]?.[0]).toMatch(/^Chủ tịch tỉnh/)
    expect(article.paragraphs[0]?.endsWith('thủ tục.')).toBe(true)
  })

  it('normalises NFD, nbsp entities and glued words', () => {
    const article = parseArticle(
      '&nbspChủtịch tỉnh yêu cầu báo cáo trongquý I,sau đó tổng kết.'.normalize('NFD'),
    )
    expect(article.paragraphs[0]).toBe('Chủ tịch tỉnh yêu cầu báo cáo trong quý I, sau đó tổng kết.')
  })

  it('never throws and gives an empty article for empty input', () => {
    for (const input of ['', '\n\n', '|', '(X)-', './.', '“', '…']) {
      const article = parseArticle(input)
      expect(article.paragraphs.length).toBe(article.sentences.length)
    }
    expect(parseArticle('').paragraphs).toEqual([])
  })
})

describe('tone-mark folding', () => {
  it('matches old and new tone placement while keeping length', () => {
    expect(foldToneMarks('Khánh Hoà, thuỷ lợi, Uỷ ban, khoẻ')).toBe('Khánh Hòa, thủy lợi, Ủy ban, khỏe')
    expect(foldToneMarks('hoàng, quý, thuyết')).toBe('hoàng, quý, thuyết')
    const text = 'Uỷ ban nhân dân tỉnh Thanh Hoá'
    expect(foldToneMarks(text)).toHaveLength(text.length)
    expect(toMatchKey('Hoà  Bình')).toBe(toMatchKey('hòa bình'))
  })
})
