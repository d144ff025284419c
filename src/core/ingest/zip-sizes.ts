import { Inflate } from 'fflate'

/**
 * How many bytes a zip unpacks to, known before a DOCX reader inflates it: a small .docx can hold hundreds of
 * megabytes of text (a "zip bomb"). The central directory's declared sizes give a free first answer, but a
 * crafted file can lie there, and the DOCX reader inflates each part to its real end whatever the directory
 * says. So the parts are also inflated here in small steps, counting the output and stopping the moment it
 * passes the limit, so memory stays bounded whatever the archive holds.
 */
const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const END_RECORD_SIZE = 22
const MAX_COMMENT = 0xffff
const ZIP64_MARK = 0xffffffff
const STORED = 0
const DEFLATED = 8
// Deflate expands at most ~1032:1, so one step of compressed input yields at most ~8 MB.
const INFLATE_STEP_BYTES = 8 * 1024

interface ZipEntry {
  readonly method: number
  readonly packedSize: number
  readonly declaredSize: number
  readonly localHeaderAt: number
}

function readUint32(bytes: Uint8Array, at: number): number | null {
  if (at < 0 || at + 4 > bytes.length) return null
  return (
    ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)) +
    (bytes[at + 3] ?? 0) * 0x1000000
  )
}

function readUint16(bytes: Uint8Array, at: number): number | null {
  if (at < 0 || at + 2 > bytes.length) return null
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
}

function readEntryAt(bytes: Uint8Array, at: number): { entry: ZipEntry; next: number } | null {
  if (readUint32(bytes, at) !== DIRECTORY_ENTRY) return null
  const method = readUint16(bytes, at + 10)
  const packedSize = readUint32(bytes, at + 20)
  const declaredSize = readUint32(bytes, at + 24)
  const nameLength = readUint16(bytes, at + 28)
  const extraLength = readUint16(bytes, at + 30)
  const commentLength = readUint16(bytes, at + 32)
  const localHeaderAt = readUint32(bytes, at + 42)
  if (
    method === null ||
    packedSize === null ||
    declaredSize === null ||
    nameLength === null ||
    extraLength === null ||
    commentLength === null ||
    localHeaderAt === null
  )
    return null
  // ZIP64 sizes: no Word file of an acceptable size needs them.
  if ([packedSize, declaredSize, localHeaderAt].includes(ZIP64_MARK)) return null
  return {
    entry: { method, packedSize, declaredSize, localHeaderAt },
    next: at + 46 + nameLength + extraLength + commentLength,
  }
}

/** The central directory's entries, or null when it cannot be read. */
function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT)
  for (let end = bytes.length - END_RECORD_SIZE; end >= lowest; end--) {
    if (readUint32(bytes, end) !== END_OF_DIRECTORY) continue
    const count = readUint16(bytes, end + 10)
    let at = readUint32(bytes, end + 16)
    if (count === null || at === null) return null
    const entries: ZipEntry[] = []
    for (let index = 0; index < count; index++) {
      const read = readEntryAt(bytes, at)
      if (read === null) return null
      entries.push(read.entry)
      at = read.next
    }
    return entries
  }
  return null
}

/** The packed bytes of one entry, found through its local header (as DOCX readers find them). */
function packedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localHeaderAt
  const nameLength = readUint16(bytes, at + 26)
  const extraLength = readUint16(bytes, at + 28)
  if (readUint32(bytes, at) !== LOCAL_HEADER || nameLength === null || extraLength === null) return null
  const start = at + 30 + nameLength + extraLength
  if (start + entry.packedSize > bytes.length) return null
  return bytes.subarray(start, start + entry.packedSize)
}

class OverLimit extends Error {}

/** Bytes one deflated entry really inflates to; throws OverLimit once the running total passes `room`. */
function inflatedSize(packed: Uint8Array, room: number): number {
  let total = 0
  const inflater = new Inflate((chunk) => {
    total += chunk.length
    if (total > room) throw new OverLimit()
  })
  for (let at = 0; at < packed.length; at += INFLATE_STEP_BYTES) {
    const end = Math.min(at + INFLATE_STEP_BYTES, packed.length)
    inflater.push(packed.subarray(at, end), end === packed.length)
  }
  if (packed.length === 0) inflater.push(packed, true)
  return total
}

export type UnpackedZipSize =
  | { readonly status: 'fits'; readonly bytes: number }
  | { readonly status: 'too-large'; readonly bytes: number }
  | { readonly status: 'unreadable' }

/**
 * Whether a zip unpacks to at most `limit` bytes: first by what its directory declares, then by inflating
 * every part with the output counted (never more than about `limit` plus one step is produced).
 */
export function measureUnpackedZip(bytes: Uint8Array, limit: number): UnpackedZipSize {
  const entries = readZipDirectory(bytes)
  if (entries === null) return { status: 'unreadable' }
  const declared = entries.reduce((sum, entry) => sum + entry.declaredSize, 0)
  if (declared > limit) return { status: 'too-large', bytes: declared }
  let total = 0
  for (const entry of entries) {
    const packed = packedData(bytes, entry)
    if (packed === null) return { status: 'unreadable' }
    try {
      if (entry.method === STORED) total += packed.length
      else if (entry.method === DEFLATED) total += inflatedSize(packed, limit - total)
      else return { status: 'unreadable' }
    } catch (error) {
      if (error instanceof OverLimit) return { status: 'too-large', bytes: limit + 1 }
      return { status: 'unreadable' }
    }
    if (total > limit) return { status: 'too-large', bytes: total }
  }
  return { status: 'fits', bytes: total }
}
