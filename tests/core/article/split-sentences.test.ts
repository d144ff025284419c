import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../src/core/article/index'

// Sentences written for these tests; each case is one trap from research section 2.1.
describe('splitSentences', () => {
  const cases: Array<[string, string[]]> = [
    [
      'Chủ tịch UBND TP. HCM Trần Văn An chủ trì. Ông nói tiếp.',
      ['Chủ tịch UBND TP. HCM Trần Văn An chủ trì.', 'Ông nói tiếp.'],
    ],
    [
      'Cần làm rõ tính khả thi so với quy hoạch của TP. Vì dự án phải di dời nhiều công trình. Lãnh đạo TP. Vinh đồng ý.',
      [
        'Cần làm rõ tính khả thi so với quy hoạch của TP.',
        'Vì dự án phải di dời nhiều công trình.',
        'Lãnh đạo TP. Vinh đồng ý.',
      ],
    ],
    [
      'GS. TS. Lê Văn Bình phát biểu. PGS.TS Hà Thị Cúc trả lời.',
      ['GS. TS. Lê Văn Bình phát biểu.', 'PGS.TS Hà Thị Cúc trả lời.'],
    ],
    ['Trụ sở ở Q.1 và P. Bến Nghé. Đây là trung tâm.', ['Trụ sở ở Q.1 và P. Bến Nghé.', 'Đây là trung tâm.']],
    [
      'Doanh thu đạt 1.200 tỷ đồng, tăng 4,5%. Chi phí giảm.',
      ['Doanh thu đạt 1.200 tỷ đồng, tăng 4,5%.', 'Chi phí giảm.'],
    ],
    [
      'Sáng 12-2, hội nghị mở. Ngày 29/4/2021 họp tiếp. Hạn chót 14.3.2026 là mốc cuối.',
      ['Sáng 12-2, hội nghị mở.', 'Ngày 29/4/2021 họp tiếp.', 'Hạn chót 14.3.2026 là mốc cuối.'],
    ],
    [
      'Thiếu áo, thiếu… giày dép. Mọi người góp sức... Xong việc.',
      ['Thiếu áo, thiếu… giày dép.', 'Mọi người góp sức...', 'Xong việc.'],
    ],
    [
      'Ông nói: “Phải làm ngay. Không được chậm.” Sau đó ông rời đi.',
      ['Ông nói: “Phải làm ngay. Không được chậm.”', 'Sau đó ông rời đi.'],
    ],
    [
      '“Phải làm ngay. Không chậm trễ.”, ông An nói. Cả hội trường vỗ tay.',
      ['“Phải làm ngay. Không chậm trễ.”, ông An nói.', 'Cả hội trường vỗ tay.'],
    ],
    ['Ông T. đi xe khách về quê. Bà H. ở lại.', ['Ông T. đi xe khách về quê.', 'Bà H. ở lại.']],
    ['Các bước: 1. Rà soát hồ sơ. Sau đó báo cáo.', ['Các bước: 1. Rà soát hồ sơ.', 'Sau đó báo cáo.']],
    ['Có 100 hồ sơ. 20 hồ sơ bị trả lại.', ['Có 100 hồ sơ. 20 hồ sơ bị trả lại.']],
    [
      'Dự án bị chậm.Ngoài ra kinh phí thiếu. Hết./.',
      ['Dự án bị chậm.', 'Ngoài ra kinh phí thiếu.', 'Hết./.'],
    ],
  ]
  it.each(cases)('%s', (paragraph, expected) => {
    expect(splitSentences(paragraph)).toEqual(expected)
  })

  it('keeps a straight-quoted passage whole and survives an unbalanced mark', () => {
    expect(splitSentences('"Tôi đồng ý. Rất tốt" - ông nói. Hết.')).toEqual([
      '"Tôi đồng ý. Rất tốt" - ông nói.',
      'Hết.',
    ])
    expect(splitSentences('Ông nói “Phải làm. Sau đó nghỉ.')).toEqual(['Ông nói “Phải làm.', 'Sau đó nghỉ.'])
  })

  it('returns nothing for blank input and never loses text', () => {
    expect(splitSentences('   ')).toEqual([])
    const text = 'Một câu. Hai câu! Ba câu? Bốn câu… Năm.'
    expect(splitSentences(text).join(' ')).toBe(text)
  })
})
