/**
 * The Vietnamese word lists the rules share, in one place. Everything is written in NFC with tone marks in the
 * traditional position ('Ủy', 'hòa'); rules match against text folded the same way (see article/fold-text).
 */
import { compileWordPattern } from './word-pattern'

/** Heads of official titles; a title runs from its head to the name it qualifies. Longest first. */
export const TITLE_HEADS = [
  'Tổng Bí thư',
  'Thường trực Ban Bí thư',
  'Ủy viên Bộ Chính trị',
  'Ủy viên Trung ương Đảng',
  'Ủy viên Ban Thường vụ',
  'Ủy viên',
  'Bí thư Trung ương Đảng',
  'Chủ tịch nước',
  'Chủ tịch Quốc hội',
  'Chủ tịch',
  'Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Bí thư',
  'Tổng Giám đốc',
  'Giám đốc',
  'Tổng cục trưởng',
  'Cục trưởng',
  'Vụ trưởng',
  'Viện trưởng',
  'Chánh Văn phòng',
  'Chánh án',
  'Chánh Thanh tra',
  'Tổng Thanh tra',
  'Chủ nhiệm',
  'Tổng Thư ký',
  'Thống đốc',
  'Trưởng ban',
  'Trưởng đoàn',
  'Trưởng phòng',
  'Trưởng Công an',
  'Đại biểu Quốc hội',
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Tư lệnh',
  'Chỉ huy trưởng',
  'Người phát ngôn',
  'Người đứng đầu',
  'Hiệu trưởng',
  'Đại sứ',
  'Tổng Kiểm toán',
] as const

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The written variants of a head: as listed, sentence-initial, and all lower case ('Phó bí thư'). */
function caseVariants(head: string): string[] {
  const lower = head.toLowerCase()
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1)
  return [...new Set([head, head.charAt(0).toLowerCase() + head.slice(1), lower, capitalised])]
}

const TITLE_ALTERNATION = TITLE_HEADS.flatMap(caseVariants)
  .sort((a, b) => b.length - a.length)
  .map((head) => escapeRegExp(head).replace(/ /g, '\\s+'))
  .join('|')
/**
 * A title head, with an optional 'Phó'/'Quyền' prefix. Case variants are spelled out rather than using the
 * `i` flag, which makes V8 fall back to a much slower matcher for Unicode patterns.
 */
export const RE_TITLE_HEAD = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:[Pp]hó|[Qq]uyền)\\s+)?(?:${TITLE_ALTERNATION})(?![\\p{L}\\p{M}])`,
  'gu',
)

/** Rank of a title for choosing who chaired: the head of government outranks a vice-minister. */
const TITLE_RANKS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^tổng bí thư/i, 100],
  [/^chủ tịch nước/i, 95],
  [/^thủ tướng|^người đứng đầu chính phủ/i, 92],
  [/^chủ tịch quốc hội/i, 90],
  [/^thường trực ban bí thư/i, 88],
  [/^phó thủ tướng|^phó chủ tịch nước|^phó chủ tịch quốc hội/i, 80],
  [/^bộ trưởng/i, 70],
  [/^bí thư (thành|tỉnh) ủy/i, 66],
  [/^ủy viên bộ chính trị/i, 66],
  [/^chủ tịch (ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân)/i, 62],
  [/^thứ trưởng|^thống đốc|^tổng cục trưởng/i, 60],
  [/^bí thư/i, 58],
  [/^phó bí thư/i, 54],
  [/^phó chủ tịch (ubnd|ủy ban nhân dân|hđnd)/i, 50],
  [/^chủ tịch/i, 52],
  [/^(trung|thượng|đại|thiếu) tướng/i, 50],
  [/^phó chủ tịch/i, 44],
  [/^cục trưởng|^vụ trưởng|^chánh|^tổng thanh tra|^chủ nhiệm|^trưởng ban/i, 44],
  [/^tổng giám đốc|^giám đốc/i, 40],
  [/^phó/i, 34],
]

const MAX_CACHED_RANKS = 5000
const titleRanks = new Map<string, number>()

/** Rank of one title (0 for none). */
export function rankTitle(title: string | null): number {
  if (title === null) return 0
  const cached = titleRanks.get(title)
  if (cached !== undefined) return cached
  let found = 20
  for (const [pattern, rank] of TITLE_RANKS)
    if (pattern.test(title)) {
      found = rank
      break
    }
  // Bounded: titles repeat within an article, the cache must not grow across a long session.
  if (titleRanks.size >= MAX_CACHED_RANKS) titleRanks.clear()
  titleRanks.set(title, found)
  return found
}

/** Common Vietnamese family names: a capitalised run starting with one of them is probably a person. */
export const SURNAMES = new Set([
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trương',
  'Cao',
  'Mai',
  'Lương',
  'Tô',
  'Hà',
  'Đào',
  'Lưu',
  'Chu',
  'Châu',
  'Lâm',
  'Tạ',
  'Thái',
  'Kiều',
  'La',
  'Tôn',
  'Đoàn',
  'Vương',
  'Triệu',
  'Trịnh',
  'Quách',
  'Giang',
  'Hứa',
  'Mạc',
  'Thân',
  'Lại',
  'Tăng',
  'Từ',
  'Văn',
  'Đàm',
  'Khổng',
  'Lò',
  'Hầu',
  'Nông',
  'Mạch',
  'Ninh',
  'Phùng',
  'Âu',
  'Doãn',
  'Diệp',
  'Kim',
  'Lục',
  'Ông',
  'Quan',
  'Tòng',
  'Y',
  'Nghiêm',
  'Phí',
  'Tiêu',
  'Viên',
  'Ứng',
  'Ung',
  'Lã',
  'Giáp',
  'Khúc',
  'Khương',
  'Thạch',
  'Bạch',
  'Hàn',
  'Đồng',
  'Lữ',
  'Mẫn',
  'Vi',
  'Uông',
])

/** Place names that start with a family name and would otherwise read as a person. */
export const NOT_PERSON_NAMES = new Set([
  'Hà Nội',
  'Hà Nam',
  'Hà Tĩnh',
  'Hà Giang',
  'Hà Đông',
  'Cao Bằng',
  'Lâm Đồng',
  'Phan Thiết',
  'Hồ Chí Minh',
  'Lý Sơn',
  'Hoàng Sa',
  'Mai Sơn',
  'Mai Châu',
  'Lê Chân',
  'Đồng Nai',
  'Đồng Tháp',
  'Đồng Hới',
  'Đồng Xoài',
  'Thái Bình',
  'Thái Nguyên',
  'Thái Lan',
  'Tô Lịch',
  'Kim Mã',
  'Kim Bảng',
  'Hồ Gươm',
  'Hồ Tây',
  'Văn Miếu',
  'Giang Nam',
  'Đinh Tiên Hoàng',
  'Trần Hưng Đạo',
  'Lê Lợi',
  'Quan Hoa',
  'Đồng Văn',
  'Văn Lâm',
  'Y Tý',
  'Hoàng Mai',
  'Văn Giang',
  'Văn Yên',
  'Văn Chấn',
  'Đồng Hỷ',
  'Đồng Anh',
  'Võ Nhai',
  'Triệu Sơn',
  'Lục Nam',
  'Hà Trung',
  'Hà Quảng',
  'Cao Lãnh',
  'Ninh Bình',
  'Ninh Thuận',
  'Ninh Kiều',
  'Bạch Mai',
  'Tân Sơn Nhất',
  'Lào Cai',
  'Chu Lai',
  'Đồng Đăng',
  'Kim Sơn',
  'Giang Thành',
  'Ung Bướu',
])

/** Honorifics that precede a name without a title. */
export const HONORIFICS = ['ông', 'bà', 'anh', 'chị', 'đồng chí', 'Ông', 'Bà', 'Anh', 'Chị', 'Đồng chí']

/** Verbs that end a title phrase written after a name ('…, Chủ tịch UBND tỉnh đã chủ trì'). */
export const TITLE_STOP = compileWordPattern(
  /(?:đã|đang|sẽ|vừa|cùng|chủ trì|cho biết|cho rằng|cho hay|yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|khẳng định|phát biểu|dự|tham dự|làm việc|kiểm tra|thăm|đến|tới|nói|thông tin|báo cáo|kết luận|nêu|giao|kêu gọi|lưu ý|trao|tặng|có|là|tại|trong|khi|khai mạc|tiếp|gặp|đồng ý|ký|chúc mừng|biểu dương|đánh giá|ghi nhận|trả lời|giải thích)(?![\p{L}\p{M}])/u
    .source,
)

/** Organisations that issue or receive instructions. */
export const RE_ORGANIZATION_HEAD =
  /^(?:Bộ|Sở|UBND|Ủy ban|HĐND|Chính phủ|Văn phòng|Ban|BCĐ|Cục|Tổng cục|BHXH|Bảo hiểm xã hội|Thành ủy|Tỉnh ủy|Huyện ủy|Quốc hội|Thanh tra|Công an|Kiểm toán|Ngân hàng|Tập đoàn|Tổng công ty|Trung ương|Mặt trận|Hội đồng|Viện|Trung tâm|Đảng ủy|Tòa án|Cảng vụ|Quân khu|Bộ Chỉ huy)(?![\p{L}\p{M}])/u
