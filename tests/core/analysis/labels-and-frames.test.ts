import { describe, expect, it } from 'vitest'
import { analyze, directivesOf, labelOf, MEETING } from './written-articles'

// Every article and sentence here is written for the test.

describe('attribution frames stay out of directive bullets', () => {
  it('cuts a long frame before the speaker, however far the speaker stands into the sentence', () => {
    const texts = directivesOf([
      MEETING,
      'Trả lời ý kiến của cử tri tại buổi tiếp xúc ngày 3/9 xung quanh việc sắp xếp lại các trường học trên địa bàn ba huyện miền núi, Phó Chủ tịch UBND tỉnh Trần Văn Hùng cho rằng các huyện cần phải rà soát lại mạng lưới trường lớp.',
    ])
    expect(texts).toContain('các huyện cần phải rà soát lại mạng lưới trường lớp')
    expect(texts.some((text) => text.includes('Trả lời ý kiến'))).toBe(false)
  })

  it('cuts a speaker named with an apposition', () => {
    const texts = directivesOf([
      MEETING,
      'Ông Trần Văn Hùng - Phó Chủ tịch UBND tỉnh, đề nghị trong quá trình thực hiện các huyện cần làm rõ phương án di dời các hộ dân.',
    ])
    expect(texts).toEqual(['trong quá trình thực hiện các huyện cần làm rõ phương án di dời các hộ dân'])
  })

  it('reads "cần làm" as a modal: the lookahead for "cần là" stops at the word end', () => {
    const texts = directivesOf([
      MEETING,
      'Phó Chủ tịch UBND tỉnh Trần Văn Hùng cho rằng các huyện cần làm rõ phương án di dời các hộ dân.',
    ])
    expect(texts).toEqual(['các huyện cần làm rõ phương án di dời các hộ dân'])
  })

  it('keeps a speech verb that takes a noun, which introduces no words', () => {
    const texts = directivesOf([
      MEETING,
      'Báo cáo với đoàn công tác, ông Nguyễn Văn Long nêu một số khó khăn cần phải tháo gỡ trong năm tới.',
    ])
    expect(texts.some((text) => text.startsWith('một số khó khăn'))).toBe(false)
  })
})

describe('a recipient after the directive verb', () => {
  it('becomes the addressee instead of opening the bullet with "với"', () => {
    const { directives } = analyze([
      MEETING,
      'Do đó, Chính phủ đề xuất với Quốc hội về việc điều chỉnh kế hoạch vốn năm nay cho các công trình cấp bách.',
    ])
    const proposal = directives.find((directive) => directive.text.includes('điều chỉnh kế hoạch vốn'))
    expect(proposal?.text).toBe('điều chỉnh kế hoạch vốn năm nay cho các công trình cấp bách')
    expect(proposal?.addressees).toEqual(['Quốc hội'])
  })
})

describe('announced plans and reported acts are no directives', () => {
  it('drops what the acting body says it will do', () => {
    const texts = directivesOf([
      MEETING,
      'Chủ tịch Lê Văn Nam giao UBND huyện Tân Phú triển khai ngay phương án sơ tán. TP sẽ bố trí đủ kinh phí, huyện Tân Phú sẽ làm đường tránh lũ trong tháng tới.',
    ])
    expect(texts).toEqual(['UBND huyện Tân Phú triển khai ngay phương án sơ tán'])
  })

  it('drops the issue of a document already known by its number', () => {
    const texts = directivesOf([
      MEETING,
      'Chủ tịch Lê Văn Nam chỉ đạo các sở rà soát phương án sơ tán dân. Chính phủ ban hành nghị quyết 42 và nghị định 15 để hỗ trợ doanh nghiệp phục hồi sản xuất.',
    ])
    expect(texts).toEqual(['các sở rà soát phương án sơ tán dân'])
  })
})

describe('units written after a number', () => {
  function figuresOf(sentence: string): Array<[number, string | null]> {
    return analyze([MEETING, sentence]).statistics.map((statistic) => [statistic.value, statistic.unit])
  }

  it('reads a noun glued to its number as if spaced', () => {
    expect(figuresOf('Huyện đã đầu tư 215công trình hạ tầng giao thông nông thôn.')).toEqual([
      [215, 'công trình'],
    ])
  })

  it('reads "nhà khoa học" as one noun, not houses', () => {
    expect(figuresOf('Hội nghị có sự tham dự của khoảng 1.200 nhà khoa học trong và ngoài nước.')).toEqual([
      [1200, 'nhà khoa học'],
    ])
    expect(figuresOf('Lũ quét đã làm sập 1.200 nhà của người dân.')).toEqual([[1200, 'nhà']])
  })
})

describe('figure labels say what the figure counts or nothing', () => {
  it('takes the noun after a figure that a verb before it takes as object', () => {
    const sentence =
      'Sở Giao thông được giao xử lý kiến nghị của người dân, hạn chế 50% tiếng ồn của máy thi công vào ban đêm để không ảnh hưởng đến giấc ngủ.'
    expect(labelOf(sentence, '50%')).toBe('tiếng ồn của máy thi công vào ban đêm')
  })

  it('takes the object of a change verb over the frame before it', () => {
    const sentence =
      'Đề án đặt ra mục tiêu giảm ít nhất 8% biên chế hưởng lương từ ngân sách, giảm 5% đầu mối.'
    expect(labelOf(sentence, '8%')).toBe('biên chế hưởng lương từ ngân sách')
  })

  it('refuses a scope that says where, not what', () => {
    expect(labelOf('Cả nước giảm 1.450 trường', '1.450 trường')).toBeNull()
  })

  it('keeps the subject when a capitalised base follows a percent', () => {
    expect(labelOf('Nợ công dự kiến 52,1% GDP, dư nợ nước ngoài 38,2% GDP.', '38,2%')).toBe(
      'dư nợ nước ngoài',
    )
  })
})

describe('reasons given for an instruction', () => {
  it('are not instructions themselves, though they say what must happen', () => {
    const texts = directivesOf([
      MEETING,
      'Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng làm rõ tính khả thi của dự án hồ điều tiết.',
      'Vì khi thực hiện dự án này phải di dời nhiều công trình của người dân.',
    ])
    expect(texts).toContain('Sở Xây dựng làm rõ tính khả thi của dự án hồ điều tiết')
    expect(texts.some((text) => text.includes('di dời'))).toBe(false)
  })
})

describe('a straight-quoted paragraph with straight marks inside it', () => {
  const lines = [
    MEETING,
    '"Những năm qua, chúng ta đã chịu nhiều trận lũ lớn, nhưng đó mới là lời nhắc của "mẹ thiên nhiên" thôi, nếu còn tàn phá rừng thì "mẹ thiên nhiên" sẽ còn nổi giận hơn nữa", ông Nam lưu ý.',
  ]

  it('is one quotation, not the pieces between the inner marks', () => {
    const quotes = analyze(lines).quotes.map((quote) => quote.text)
    expect(quotes.some((text) => text.startsWith('Những năm qua') && text.endsWith('nổi giận hơn nữa'))).toBe(
      true,
    )
    expect(quotes).not.toContain('sẽ còn nổi giận hơn nữa')
  })

  it('but two quotations around their attribution stay two', () => {
    const quotes = analyze([
      MEETING,
      '"Lượng khách năm nay chưa bằng cao điểm Tết. Vấn đề là do chủ quan" - ông Nam nói và dẫn ví dụ ở một sân bay khác: "Ở đó, giám đốc có mặt từ 6 giờ sáng để kiểm tra từng dây chuyền".',
    ]).quotes.map((quote) => quote.text)
    expect(quotes).toEqual([
      'Lượng khách năm nay chưa bằng cao điểm Tết. Vấn đề là do chủ quan',
      'Ở đó, giám đốc có mặt từ 6 giờ sáng để kiểm tra từng dây chuyền',
    ])
  })

  it('gives no directive made of the last piece', () => {
    expect(directivesOf(lines)).not.toContain('sẽ còn nổi giận hơn nữa')
  })
})
