/**
 * How many bytes a zip says it will unpack to, read from its central directory without unpacking anything:
 * a small .docx can hold hundreds of megabytes of text (a "zip bomb"), and the size has to be known before
 * a DOCX reader inflates it. Null when the directory cannot be read (or uses ZIP64, which no Word file of an
 * acceptable size needs).
 */
const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const END_RECORD_SIZE = 22
const MAX_COMMENT = 0xffff
const ZIP64_MARK = 0xffffffff

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

export function readUnpackedZipSize(bytes: Uint8Array): number | null {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT)
  for (let end = bytes.length - END_RECORD_SIZE; end >= lowest; end--) {
    if (readUint32(bytes, end) !== END_OF_DIRECTORY) continue
    const entries = readUint16(bytes, end + 10)
    const directoryStart = readUint32(bytes, end + 16)
    if (entries === null || directoryStart === null) return null
    let at = directoryStart
    let total = 0
    for (let entry = 0; entry < entries; entry++) {
      if (readUint32(bytes, at) !== DIRECTORY_ENTRY) return null
      const unpacked = readUint32(bytes, at + 24)
      const nameLength = readUint16(bytes, at + 28)
      const extraLength = readUint16(bytes, at + 30)
      const commentLength = readUint16(bytes, at + 32)
      if (unpacked === null || nameLength === null || extraLength === null || commentLength === null)
        return null
      if (unpacked === ZIP64_MARK) return null
      total += unpacked
      at += 46 + nameLength + extraLength + commentLength
    }
    return total
  }
  return null
}
