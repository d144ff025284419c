/**
 * Word lists for directives: the verbs that give an instruction, the modal words that make a sentence an
 * instruction ('cần', 'phải', 'không được'), the verbs an imperative sentence opens with, and the frames a
 * sentence opens with before its instruction ('Đồng thời,', 'Về điều trị,').
 */
import { compileWordPattern, RE_LETTER_OR_MARK } from './word-pattern'

/** Verbs that give an instruction on their own. */
export const STRONG_DIRECTIVE_VERBS = [
  'yêu cầu',
  'đề nghị',
  'chỉ đạo',
  'giao',
  'kêu gọi',
  'lưu ý',
  'chỉ thị',
  'phân công',
  'đôn đốc',
  'căn dặn',
  'nhắc nhở',
  'đồng ý',
  'chấp thuận',
  'đề xuất',
  'kiến nghị',
  'quán triệt',
]
/** Verbs that introduce an instruction only when what follows holds a modal ('nhấn mạnh, cần …'). */
export const SOFT_DIRECTIVE_VERBS = ['nhấn mạnh', 'nêu rõ', 'khẳng định', 'lưu ý rằng']

// Lower case and sentence-initial spellings, spelled out instead of the slow `i` flag.
const VERB_ALTERNATION = [...STRONG_DIRECTIVE_VERBS, ...SOFT_DIRECTIVE_VERBS]
  .flatMap((verb) => [verb, verb.charAt(0).toUpperCase() + verb.slice(1)])
  .sort((a, b) => b.length - a.length)
  .join('|')
/** A directive verb at a word start; group 1 is the verb (see word-pattern for why it is no plain regex). */
export const DIRECTIVE_VERB = compileWordPattern(`(${VERB_ALTERNATION})(?![\\p{L}\\p{M}])`)

/** Words before a verb that make it a noun, a past report or a negation ('đáp ứng yêu cầu', 'đã chỉ đạo'). */
export const RE_NOT_DIRECTIVE_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:các|những|theo|đáp ứng|đặt ra|đạt|sự|với|nhiều|một|Ban|phát biểu|dự và|công tác|được|bị|lời|ý kiến|văn bản|nội dung|tinh thần|quyết định|mức độ|đúng|trái|không|chưa|đã|vừa|từng|nhận|thể hiện|nhiệm vụ|của|việc|bàn|hội nghị|như|là do|trước|đề ra|có)\s+$/u
/**
 * Words after a verb that make it a noun or an attendance ('yêu cầu của', 'chỉ đạo hội nghị'); an adjective
 * describes a noun ('những đề nghị chính đáng của cử tri').
 */
export const RE_NOT_DIRECTIVE_AFTER =
  /^\s*(?:chính đáng|của|đặt ra|này|đó|đề ra|nêu|trên|ngày càng|cấp thiết|chung|thực tiễn|hội nghị|Hội nghị|cuộc họp|buổi|tại|điều hành|công tác|quyết liệt của|sát sao của)(?![\p{L}\p{M}])/u
/** 'giao' is a directive only when someone is given the task ('giao Bộ …', 'giao cho …'). */
export const RE_GIVEN_TASK =
  /^\s*(?:cho|nhiệm vụ|các|Bộ|Sở|UBND|Ủy ban|Ban|Cục|Tổng cục|Văn phòng|Thanh tra|Công an|Tập đoàn|Tổng công ty|Trung tâm|ngành|địa phương|tỉnh|thành phố|huyện|cơ quan|đơn vị|Chủ tịch|Giám đốc|lãnh đạo|\p{Lu}{2,})(?![\p{L}\p{M}])/u

/** Modal words that turn a clause into an instruction. */
// 'không cần', 'nếu phải', 'bắt buộc phải': the modal is negated, conditional or part of another phrase.
// 'một cách nghiêm túc', 'rất kiên quyết': the same words as adverbs of manner describe, they do not instruct.
const RE_MODAL_CANCELLED_BEFORE =
  /(?:không|chưa|càng|nếu|việc|điều|bắt buộc|buộc|sẽ|một cách|rất|hết sức|sự) $/iu
// What may come before a capitalised modal: the start of a sentence or clause. Mid-sentence, 'Cần' and 'Phải'
// start names ('huyện Cần Giờ').
const RE_CLAUSE_OPENING_BEFORE = /(?:^|[.,;:!?…“"(\-–—]\s*)$/u
const RE_UPPER_START = /^\p{Lu}/u

// A modal is followed by a verb; a capitalised word after it ('cần Giờ') shows a name. Tested in code: under
// the pattern's `i` flag a \p{Lu} class would match any letter.
const RE_NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u

function isCancelledModal(text: string, match: RegExpExecArray): boolean {
  const index = match.index
  const before = text.slice(Math.max(0, index - 12), index)
  if (RE_MODAL_CANCELLED_BEFORE.test(before)) return true
  if (RE_NAME_AFTER.test(text.slice(index + match[0].length, index + match[0].length + 4))) return true
  return RE_UPPER_START.test(text.slice(index, index + 1)) && !RE_CLAUSE_OPENING_BEFORE.test(before)
}

/** A modal word, not negated or used as an adverb, and not the start of a name ('cần Giờ'). */
export const MODAL = compileWordPattern(
  '(cần phải|cần|phải|không được|không để|tuyệt đối(?! không thể)|khẩn trương|kiên quyết|nghiêm cấm|bắt buộc|nghiêm túc|quyết tâm)(?![\\p{L}\\p{M}])(?! thiết| chăng| là(?![\\p{L}\\p{M}])| đến| đối mặt)',
  'iu',
  RE_LETTER_OR_MARK,
  isCancelledModal,
)

/** Verbs an imperative sentence opens with ('Tăng cường …', 'Thành lập …'). */
export const RE_IMPERATIVE_START =
  /^(?:tăng cường|đẩy mạnh|tiếp tục|thành lập|rà soát|rà lại|tập trung|khẩn trương|kiểm tra|xây dựng|hoàn thiện|triển khai|nâng cao|chủ động|tuyên truyền|quán triệt|thực hiện|bảo đảm|đảm bảo|kiên quyết|nghiêm túc|siết chặt|chuẩn bị|phối hợp|nghiên cứu|xử lý|quản lý|giám sát|huy động|phát huy|ưu tiên|rút kinh nghiệm|sớm|hoàn thành|mở|thiết lập|tạm dừng|bố trí|phát động|không để|tuyệt đối|đề cao|chấn chỉnh|tổ chức|làm rõ|làm tốt|theo dõi|cải cách|đổi mới|khắc phục|tháo gỡ|đưa|nắm chắc|ngăn chặn|hỗ trợ|cân đối|sử dụng|dùng|bổ sung|công khai|lồng ghép|hướng dẫn|vận động|kịp thời|quyết liệt|quyết tâm|cần|phải|giữ|tránh|làm việc với|yêu cầu|đề nghị|giao|cho phép|nghiêm cấm|cấm)(?![\p{L}\p{M}])/iu

/** Subjects that receive instructions when a sentence opens with them ('Các địa phương bố trí …'). */
export const RE_ADDRESSEE_START =
  /^(?:(?:[Cc]ác|[Nn]hững|[Tt]ất cả|[Tt]oàn bộ|[Tt]oàn|[Mm]ỗi|[Tt]ừng|[Ll]ãnh đạo|[Nn]gười đứng đầu|[Cc]ấp ủy|[Cc]hính quyền|[Nn]gành|[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Xx]ã|[Đđ]ịa phương|[Cc]ơ quan|[Đđ]ơn vị|[Dd]oanh nghiệp)(?![\p{L}\p{M}])|(?:Bộ|Sở|Ban|Cục|Tổng cục|Ủy ban|Công an|Văn phòng)\s+\p{Lu}|(?:UBND|BHXH|TP|Chính phủ)(?![\p{L}\p{M}]))/u

/** Openings that frame the instruction that follows ('Đồng thời,', 'Về điều trị,', 'Từ năm 2017'). */
export const RE_CONNECTOR_FRAME =
  /^(?:Đồng thời|Ngoài ra|Bên cạnh đó|Trong đó|Đặc biệt|Mặt khác|Do đó|Do vậy|Vì vậy|Vì thế|Theo đó|Cùng với đó|Trước mắt|Về lâu dài|Trước hết|Cuối cùng|Tiếp theo|Muốn thế|Muốn vậy|Qua đó|Từ đó|Sau đó|Thứ (?:nhất|hai|ba|tư|năm)|(?:Một|Hai|Ba|Bốn|Năm) là|Nhất là|Cùng đó)(?![\p{L}\p{M}])\s*,?\s*/iu
export const RE_CLAUSE_FRAME =
  /^(?:Về|Đối với|Với|Trên|Trong|Từ|Để|Tại|Riêng|Ngay|Khi|Sau khi|Trước khi|Nhằm|Trước tình hình|Trước thực tế)\s[^,;:“”"]{1,80},\s*/u
/** Frames of purpose or time may hold verbs ('Để thực hiện được mục tiêu,'); other frames hold none. */
export const RE_VERBAL_FRAME = /^(?:Để|Nhằm|Khi|Sau khi|Trước khi|Đối với)\s/u
export const RE_TIME_FRAME = /^(?:Từ|Đến|Trong|Sau|Trước)\s+(?:năm|tháng|quý|ngày)\s+[\d/\-.]+\s*,?\s*/iu

/** Verbs (and modals) that end the addressee phrase after a directive verb. */
/** Words of RE_ACTION_WORD that are no action on their own ('có', 'không'). */
export const RE_STATIVE_WORD = /^(?:có|không|làm)$/u

export const ACTION_WORD_SOURCE =
  /(?:cần|phải|khẩn trương|tiếp tục|tập trung|nhìn nhận|nghiên cứu|tham gia|triển khai|xây dựng|hoàn thiện|rà soát|rà lại|thống kê|quản lý|kiểm soát|chủ động|tăng cường|đẩy mạnh|nâng cao|thực hiện|bảo đảm|đảm bảo|báo cáo|nêu rõ|nói rõ|làm rõ|phối hợp|chỉ đạo|hướng dẫn|giám sát|kiểm tra|xử lý|quán triệt|phát động|tránh|giữ|đưa|sớm|chuẩn bị|khoanh vùng|truy vết|xét nghiệm|hỗ trợ|bố trí|giải quyết|tháo gỡ|đề xuất|cân đối|dùng|sử dụng|đổi mới|cải cách|ban hành|tổ chức|thành lập|tuyên truyền|vận động|theo dõi|ưu tiên|khắc phục|ngăn chặn|phát hiện|chịu trách nhiệm|quan tâm|lồng ghép|tận dụng|xem xét|nghiêm túc|kiên quyết|tuyệt đối|quyết liệt|thường xuyên|sửa đổi|bổ sung|đầu tư|phát triển|tạo điều kiện|cung cấp|công khai|rút kinh nghiệm|trình|lập|mở|thiết lập|tạm dừng|kết nối|đảm nhận|hoàn thành|có|không|đánh giá|chấn chỉnh|siết chặt|huy động|phát huy|làm|giám sát|quyết tâm)(?![\p{L}\p{M}])/u
    .source
/** A verb of action at a word start (the word that ends an addressee phrase). */
export const ACTION_WORD = compileWordPattern(ACTION_WORD_SOURCE)
