/** Verbs that attribute words to a speaker, as a regex alternation. */
export const SPEECH_VERB_WORDS =
  'nói|nhấn mạnh|khẳng định|cho biết|cho rằng|cho hay|chỉ đạo|yêu cầu|phát biểu|nêu rõ|chia sẻ|bày tỏ|lưu ý|kết luận|thông tin|đề nghị|nhận định|nhắc|kêu gọi|cảnh báo|phân tích|giải thích|trả lời|nêu|đánh giá|báo cáo|thông báo|quán triệt|tuyên bố|gợi ý|khuyến cáo|đặt vấn đề|dặn|căn dặn|nhắn nhủ|chất vấn|hỏi|than|trăn trở|chỉ ra|nêu lên|đề cập|thừa nhận|tâm sự|bình luận'

/** Verbs that attribute words to a speaker ('…”, Thủ tướng nhấn mạnh', 'ông Hùng cho biết, …'). */
export const RE_SPEECH_VERB = new RegExp(`(?<![\\p{L}\\p{M}])(?:${SPEECH_VERB_WORDS})(?![\\p{L}\\p{M}])`, 'u')
