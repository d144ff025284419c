import { describe, expect, it } from 'vitest'
import { analyze, directivesOf, labelOf, MEETING } from './written-articles'

// Every article and sentence here is written for the test.

describe('a demand repeated in a later paragraph is shown once', () => {
  const lines = [
    'Sáng 12-5, Phó Thủ tướng Trần Văn Minh làm việc với Bộ Y tế về công tác phòng, chống dịch.',
    'Theo báo cáo, cả nước ghi nhận thêm nhiều ca mắc mới tại các khu công nghiệp.',
    'Bộ Y tế cho biết đã cử các đoàn công tác hỗ trợ những tỉnh có ca bệnh.',
    'Kết luận buổi làm việc, Phó Thủ tướng lưu ý Bộ Y tế cần phối hợp với các địa phương theo dõi sát diễn biến dịch để có hướng dẫn kịp thời.',
    'Về tiêm chủng, Phó Thủ tướng đề nghị các tỉnh bảo đảm đủ lực lượng tiêm.',
  ]

  it('keeps the one with its verb and addressees when a later one holds it inside a frame', () => {
    const { directives } = analyze([
      ...lines,
      'Phó Thủ tướng cũng nhắc đến kỳ nghỉ lễ sắp tới. Trong đó, tùy tình hình dịch, Bộ Y tế cần phối hợp với các địa phương theo dõi sát diễn biến dịch để có hướng dẫn kịp thời.',
    ])
    const repeats = directives.filter((directive) => directive.text.includes('theo dõi sát diễn biến dịch'))
    expect(repeats).toHaveLength(1)
    expect(repeats[0]).toMatchObject({ verb: 'lưu ý', addressees: ['Bộ Y tế'] })
    expect(directives.map((directive) => directive.text)).toContain('các tỉnh bảo đảm đủ lực lượng tiêm')
  })

  it('drops a later bare repeat held whole by the first', () => {
    const texts = directivesOf([
      ...lines,
      'Đồng thời, Bộ Y tế cần phối hợp với các địa phương theo dõi sát diễn biến dịch.',
    ])
    expect(texts.filter((text) => text.includes('Bộ Y tế cần phối hợp'))).toEqual([
      'Bộ Y tế cần phối hợp với các địa phương theo dõi sát diễn biến dịch để có hướng dẫn kịp thời',
    ])
  })
})

describe('reported facts are no directives', () => {
  it('drops a listed part that tells what was already done', () => {
    const texts = directivesOf([
      MEETING,
      'Chủ tịch Lê Văn Nam yêu cầu các sở rà soát phương án sơ tán dân; tỉnh đã huy động 500 cán bộ hỗ trợ người dân.',
    ])
    expect(texts).toEqual(['các sở rà soát phương án sơ tán dân'])
  })

  it('keeps a listed part whose past marker sits in a relative clause', () => {
    const texts = directivesOf([
      MEETING,
      'Chủ tịch Lê Văn Nam yêu cầu các sở rà soát phương án sơ tán dân; cấp giấy chứng nhận cho các hộ dân đã hoàn thành sửa chữa nhà.',
    ])
    expect(texts).toContain('cấp giấy chứng nhận cho các hộ dân đã hoàn thành sửa chữa nhà')
  })

  it('drops a follow-up sentence framed by a span that ends now', () => {
    for (const frame of ['Trong ba tháng qua', 'Từ đầu năm đến nay']) {
      const texts = directivesOf([
        MEETING,
        `Chủ tịch Lê Văn Nam yêu cầu các sở rà soát phương án sơ tán dân. ${frame}, các huyện huy động 500 cán bộ hỗ trợ người dân.`,
      ])
      expect(texts).toEqual(['các sở rà soát phương án sơ tán dân'])
    }
  })

  it('drops a follow-up sentence that tells what was achieved', () => {
    const texts = directivesOf([
      MEETING,
      'Chủ tịch Lê Văn Nam đề nghị Sở Tài chính bố trí kinh phí. Tỉnh huy động được 500 cán bộ hỗ trợ người dân.',
    ])
    expect(texts).toEqual(['Sở Tài chính bố trí kinh phí'])
  })

  it('reads no directive in a decision made the subject of a report', () => {
    const texts = directivesOf([
      MEETING,
      'Chủ tịch Lê Văn Nam yêu cầu các sở rà soát phương án sơ tán dân.',
      '"Việc Chủ tịch UBND tỉnh đồng ý hỗ trợ kinh phí sửa nhà cho các hộ dân đã giúp bà con yên tâm", ông Trần Văn Bình, Chủ tịch UBND huyện, cho biết.',
    ])
    expect(texts).toEqual(['các sở rà soát phương án sơ tán dân'])
  })

  it('reads a request described as legitimate as a noun', () => {
    const texts = directivesOf([
      'Sáng 5-6, Chủ tịch UBND thành phố Lê Văn Nam chủ trì cuộc họp với người dân.',
      'Chủ tịch Lê Văn Nam nhấn mạnh, thành phố sẽ xem xét những băn khoăn, đề nghị chính đáng của cử tri về giá đền bù.',
    ])
    expect(texts).toEqual([])
  })
})

describe('figure labels say what is counted', () => {
  it('reads the words after a figure that is the object of a verb', () => {
    expect(
      labelOf('Trận lũ quét đêm qua đã làm 7 người chết và mất tích ở hai xã vùng cao.', '7 người'),
    ).toBe('chết và mất tích ở hai xã vùng cao')
    expect(
      labelOf(
        'Năm nay, Sở Y tế đã tổ chức 12 đoàn kiểm tra an toàn thực phẩm tại các chợ đầu mối.',
        '12 đoàn',
      ),
    ).toBe('kiểm tra an toàn thực phẩm tại các chợ đầu mối')
  })

  it('never gives a bare verb as the label', () => {
    expect(labelOf('Kiểm tra 100% xe khách ra vào tỉnh.', '100%')).toBe('xe khách ra vào tỉnh')
    expect(
      labelOf(
        'Đội phản ứng nhanh đã lấy mẫu cả khu phố và truy vết 25 người, nhưng chưa có kết quả.',
        '25 người',
      ),
    ).toBeNull()
  })

  it('does not read the next clause as what a figure counts', () => {
    const label = labelOf(
      'Huyện đã chi 12 tỷ đồng, Sở Tài chính đề nghị bổ sung thêm vốn cho dự án.',
      '12 tỷ đồng',
    )
    expect(label ?? '').not.toContain('Sở Tài chính')
  })
})
