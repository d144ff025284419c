import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../../../src/core/analysis/index'
import { findFigureLabel } from '../../../src/core/analysis/figure-label'
import { parseArticle } from '../../../src/core/article/index'

// Classes of errors seen on unlabelled articles, each pinned with sentences written for the test.
function analyze(text: string) {
  const article = parseArticle(text)
  return { article, facts: analyzeArticle(article) }
}

function labelOf(sentence: string, figure: string): string | null {
  const start = sentence.indexOf(figure)
  return findFigureLabel(sentence, start, start + figure.length)
}

describe('figure labels say what is measured, or nothing', () => {
  it('keeps a whole list subject before a change', () => {
    const sentence = 'Trong năm, số hộ dùng điện, số thôn dùng nước sạch tăng 3 lần.'
    expect(labelOf(sentence, '3 lần')).toBe('số hộ dùng điện, số thôn dùng nước sạch')
  })

  it('reads a list object after a leading figure, up to the next figure', () => {
    const sentence =
      'Đến nay, 95% hộ dân, trường học và trạm y tế đã dùng điện lưới quốc gia, 70% văn bản được ký số.'
    expect(labelOf(sentence, '95%')).toBe('hộ dân, trường học và trạm y tế đã dùng điện lưới quốc gia')
    expect(labelOf(sentence, '70%')).toBe('văn bản được ký số')
  })

  it('reads what a comparison refers to after the figure', () => {
    const sentence = 'Tổng thu giảm 2.000 tỷ đồng, tương đương 8% tổng thu ngân sách.'
    expect(labelOf(sentence, '8%')).toBe('tổng thu ngân sách')
  })

  it('gives no label rather than a bare verb, a cut phrase or another figure', () => {
    expect(labelOf('Trên tàu có 40 người đi cùng.', '40 người')).toBeNull()
    expect(labelOf('Trong đó 12 ca đã 2 lần âm tính, 5 ca đã xuất viện.', '12 ca')).toBeNull()
    expect(labelOf('Thôn Đông với hơn 900 dân cần được cách ly.', '900 dân')).toBeNull()
  })

  it('keeps a level number inside a label', () => {
    const sentence = 'Tỷ lệ hồ sơ mức độ 3 hiện đã đạt 40%.'
    expect(labelOf(sentence, '40%')).toBe('Tỷ lệ hồ sơ mức độ 3')
  })
})

describe('numbers that are no key figures', () => {
  it('skips grades, map scales, term years, the 5k slogan and bare counts of times', () => {
    const { facts } = analyze(
      'Học sinh lớp 9 được nghỉ. Bản đồ tỷ lệ 1/2.000 đã được duyệt. Nhiệm kỳ 2021 - 2026 bắt đầu. Chiến dịch 5k được phát động. Mỗi người được xét nghiệm 2 lần.',
    )
    expect(facts.statistics).toEqual([])
  })

  it('keeps a count of times that compares', () => {
    const { facts } = analyze('Doanh thu của hợp tác xã tăng 3 lần so với năm trước.')
    expect(facts.statistics[0]).toMatchObject({ value: 3, unit: 'lần' })
  })

  it('does not cut a two-syllable noun in half', () => {
    const { facts } = analyze('Tỉnh đón 25.000 du khách và mở 4 trung tâm/huyện, 12 người được khen.')
    expect(facts.statistics.map((s) => s.unit)).toEqual(['du khách', 'trung tâm/huyện', 'người'])
  })
})

describe('directives are instructions, written as given', () => {
  it('keeps a formula of short clauses together', () => {
    const { facts } = analyze(
      'Thủ tướng Trần Văn An yêu cầu cán bộ làm theo phương châm lời nói phải đi đôi với việc làm; kỷ luật phải nghiêm; trách nhiệm phải rõ; hiệu quả phải cao.',
    )
    expect(facts.directives).toHaveLength(1)
    expect(facts.directives[0]?.text).toContain('kỷ luật phải nghiêm; trách nhiệm phải rõ')
  })

  it('does not read a place name as the modal cần', () => {
    const { facts } = analyze(
      'Chủ tịch UBND tỉnh Trần Văn An yêu cầu các sở rà soát quy hoạch. Huyện Cần Thạnh có nhiều tiềm năng du lịch biển. Xã đảo của huyện cần Thạnh cách bờ 20 km.',
    )
    expect(facts.directives.map((d) => d.text)).toEqual(['các sở rà soát quy hoạch'])
  })

  it('does not take reports of what was done for instructions', () => {
    const { facts } = analyze(
      'Bộ trưởng Lê Thị Mai yêu cầu các tỉnh báo cáo số liệu tiêm chủng. Hội phụ nữ và đoàn thanh niên các cấp đã tuyên truyền nghị quyết một cách nghiêm túc. Những dự án lớn vừa qua như khu đô thị phía tây cũng tổ chức đấu thầu quốc tế.',
    )
    expect(facts.directives.map((d) => d.text)).toEqual(['các tỉnh báo cáo số liệu tiêm chủng'])
  })

  it('ends addressees where their predicate starts and drops clauses that are no addressee', () => {
    const { facts } = analyze(
      'Bộ trưởng Lê Thị Mai đề nghị Sở Y tế Hải Dương cũng cần tăng cường kiểm tra. Nếu phát hiện ca nghi nhiễm phải cách ly ngay.',
    )
    expect(facts.directives[0]?.addressees).toEqual(['Sở Y tế Hải Dương'])
    expect(facts.directives[1]?.addressees).toEqual([])
  })

  it('shows the speaker as issuer, not inside the bullet, and never cuts at "vì vậy"', () => {
    const { facts } = analyze(
      'Bộ trưởng Trần Văn An làm việc với tỉnh. “Các trường phải bảo đảm an toàn cho học sinh. Chính vì vậy mà giáo viên cần được tập huấn”, Bộ trưởng Trần Văn An nhấn mạnh. Các bệnh viện cần chuẩn bị đủ giường bệnh, Bộ trưởng nói.',
    )
    const texts = facts.directives.map((d) => d.text)
    expect(texts.some((text) => text.endsWith('Chính'))).toBe(false)
    expect(texts).toContain('Các bệnh viện cần chuẩn bị đủ giường bệnh')
  })

  it('keeps the frame that says what an instruction applies to', () => {
    const { facts } = analyze(
      'Bộ trưởng Lê Thị Mai yêu cầu các tỉnh rà soát người nhập cảnh. Đối với xã Tân Phú, cần phong tỏa ngay trong đêm.',
    )
    expect(facts.directives[1]?.text).toBe('Đối với xã Tân Phú, cần phong tỏa ngay trong đêm')
  })
})

describe('the event', () => {
  it('takes the venue from the meeting, not from reported words or a country', () => {
    const { facts } = analyze(
      'Sáng 5/3, Bộ trưởng Trần Văn An chủ trì cuộc họp trực tuyến. Tại cuộc họp, ông An cho biết, tại Việt Nam số ca mắc đã giảm.',
    )
    expect(facts.event.location).toBeNull()
  })

  it('reads a venue whose name has a lower-case syllable', () => {
    const { facts } = analyze('Sáng 5/3, Bộ trưởng Trần Văn An đến kiểm tra tại Bệnh viện Đa khoa Tân Phú.')
    expect(facts.event.location).toBe('Bệnh viện Đa khoa Tân Phú')
  })

  it('does not make the assigner the chair of a task he assigns', () => {
    const { facts } = analyze(
      'Phó Thủ tướng Lê Văn Bình giao Bộ Tài chính chủ trì phối hợp với các bộ xây dựng đề án.',
    )
    expect(facts.event.summary).not.toContain('phối hợp')
  })

  it('keeps every title of a participant and reads "Ông" before a name as an honorific', () => {
    const { facts } = analyze(
      'Sáng 5/3, Thủ tướng Trần Văn An chủ trì hội nghị. Dự hội nghị có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Văn Tâm. Ông Đặng Thái Sơn - Giám đốc Sở Y tế - cho biết tình hình.',
    )
    expect(facts.event.participants).toContainEqual({
      name: 'Hà Văn Tâm',
      title: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
    })
    expect(facts.people.map((p) => p.name)).toContain('Đặng Thái Sơn')
  })
})
