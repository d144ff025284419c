import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../../../src/core/analysis/index'
import { parseArticle } from '../../../src/core/article/index'

// Every article here is written for the test.
function analyze(text: string) {
  const article = parseArticle(text)
  return { article, facts: analyzeArticle(article) }
}

describe('statistics', () => {
  it('reads values, units, qualifiers and changes', () => {
    const { facts } = analyze(
      'Tỷ lệ hồ sơ trực tuyến tăng từ 20% lên hơn 35%. Tỉnh tiết kiệm được trên 1.234,5 tỷ đồng, doanh thu tăng 3 lần, có 4.423 người tham gia và 18.611ha đất.',
    )
    const byValue = new Map(facts.statistics.map((s) => [s.value, s]))
    expect(byValue.get(35)).toMatchObject({
      unit: '%',
      qualifier: 'hơn',
      change: { from: 20, to: 35, direction: 'up' },
    })
    expect(byValue.get(1234.5)).toMatchObject({ unit: 'tỷ đồng', qualifier: 'trên', text: '1.234,5 tỷ đồng' })
    expect(byValue.get(3)).toMatchObject({ unit: 'lần', change: { factor: 3, direction: 'up' } })
    expect(byValue.get(4423)?.unit).toBe('người')
    expect(byValue.get(18611)?.unit).toBe('ha')
  })

  it('skips dates, years, clock times, levels, document numbers, ages and time spans', () => {
    const { facts } = analyze(
      'Sáng 12-2 năm 2020, lúc 8h30, dịch vụ mức độ 4 theo Quyết định số 339/QĐ-TTg được triển khai trong 6 tháng. Ông Lê Văn Bình (56 tuổi, sinh năm 1968) đi chuyến bay VN123 ngày 29/4/2021 và 14.3.2026. Covid-19 kéo dài giai đoạn 2021-2025.',
    )
    expect(facts.statistics).toEqual([])
  })

  it('reads a range by its upper end and counts a repeated figure once', () => {
    const { facts } = analyze('Lương kỹ sư chỉ 8-10 triệu đồng. Lương kỹ sư chỉ 8-10 triệu đồng mỗi tháng.')
    expect(facts.statistics).toHaveLength(1)
    expect(facts.statistics[0]).toMatchObject({ value: 10, unit: 'triệu đồng' })
  })
})

describe('directives', () => {
  it('splits lists, carries the issuer into modal follow-ups and keeps addressees', () => {
    const { facts } = analyze(
      [
        'Sáng 3-4, Chủ tịch UBND tỉnh Trần Văn An chủ trì hội nghị về chuyển đổi số.',
        'Chủ tịch Trần Văn An yêu cầu Sở Nội vụ rà soát thủ tục hành chính; Sở Tài chính bố trí kinh phí cho dự án. Đồng thời, các huyện cần hoàn thành số hóa hồ sơ trước tháng 6.',
        'Ông An cũng giao Sở Thông tin và Truyền thông xây dựng kho dữ liệu dùng chung.',
      ].join('\n'),
    )
    const texts = facts.directives.map((d) => d.text)
    expect(texts).toEqual([
      'Sở Nội vụ rà soát thủ tục hành chính',
      'Sở Tài chính bố trí kinh phí cho dự án',
      'các huyện cần hoàn thành số hóa hồ sơ trước tháng 6',
      'Sở Thông tin và Truyền thông xây dựng kho dữ liệu dùng chung',
    ])
    expect(
      facts.directives.every(
        (d) => d.issuer === 'Chủ tịch UBND tỉnh Trần Văn An' || d.issuer?.endsWith('Trần Văn An'),
      ),
    ).toBe(true)
    expect(facts.directives[3]?.verb).toBe('giao')
    expect(facts.directives[0]?.addressees).toEqual(['Sở Nội vụ'])
  })

  it('ignores nouns and reports: yêu cầu as a noun, giao thông, past instructions, citizens', () => {
    const { facts } = analyze(
      [
        'Chủ tịch UBND tỉnh Trần Văn An chủ trì cuộc họp.',
        'Kết quả chưa đáp ứng yêu cầu của người dân. Ngành giao thông đã triển khai nhiều dự án.',
        'Trước đó, tỉnh đã chỉ đạo các huyện kiểm tra công trình. Người dân đề nghị làm đường mới.',
      ].join('\n'),
    )
    expect(facts.directives).toEqual([])
  })

  it('reads an instruction inside an attributed quotation', () => {
    const { facts } = analyze(
      'Bộ trưởng Bộ Xây dựng Phan Văn Minh dự họp.\n“Các chủ đầu tư phải hoàn thành công trình đúng hạn”, Bộ trưởng Minh nhấn mạnh.',
    )
    expect(facts.directives.map((d) => d.text)).toEqual([
      'Các chủ đầu tư phải hoàn thành công trình đúng hạn',
    ])
    expect(facts.directives[0]?.issuer).toContain('Phan Văn Minh')
    expect(facts.quotes[0]?.speaker).toBe('Phan Văn Minh')
  })
})

describe('people, event and quotes', () => {
  it('resolves short references and keeps every title', () => {
    const { facts } = analyze(
      [
        'Chiều 29/4/2021, tại Hà Nội, Ủy viên Bộ Chính trị, Bí thư Thành ủy Đinh Văn Hải chủ trì hội nghị.',
        'Tham dự có Phó Chủ tịch UBND thành phố Lê Thị Mai.',
        'Bí thư Hải nói: “Các quận phải hoàn thành kế hoạch trong quý II năm nay.”',
      ].join('\n'),
    )
    expect(facts.event.chair).toEqual({ name: 'Đinh Văn Hải', title: 'Bí thư Thành ủy' })
    expect(facts.event.date).toMatchObject({
      text: 'Chiều 29/4/2021',
      partOfDay: 'chiều',
      day: 29,
      month: 4,
      year: 2021,
    })
    expect(facts.event.location).toBe('Hà Nội')
    expect(facts.event.participants).toEqual([{ name: 'Lê Thị Mai', title: 'Phó Chủ tịch UBND thành phố' }])
    expect(facts.people.find((p) => p.name === 'Đinh Văn Hải')?.titles).toEqual([
      'Ủy viên Bộ Chính trị',
      'Bí thư Thành ủy',
    ])
    expect(facts.quotes).toHaveLength(1)
    expect(facts.quotes[0]?.speaker).toBe('Đinh Văn Hải')
  })

  it('never guesses a date: tomorrow, other days mid-sentence and no date at all stay null', () => {
    expect(
      analyze('Thứ trưởng Lê Văn Tâm cho biết chiều mai (21/4) sẽ kiểm tra.').facts.event.date,
    ).toBeNull()
    expect(analyze('Tỉnh chuẩn bị cho dịp nghỉ lễ 30/4 và 1/5.').facts.event.date).toBeNull()
    expect(analyze('Phó Thủ tướng Lê Văn Tâm kiểm tra công trình.').facts.event.date).toBeNull()
  })

  it('prefers the highest-ranking official when nobody chairs', () => {
    const { facts } = analyze(
      'Báo cáo với đoàn, Phó Chủ tịch UBND tỉnh Hồ Văn Lâm cho biết tỉnh đã chuẩn bị.\nPhó Thủ tướng Trần Quốc Việt yêu cầu tỉnh tiếp tục theo dõi.',
    )
    expect(facts.event.chair?.name).toBe('Trần Quốc Việt')
  })
})
