import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { measureUnpackedZip } from '../../../src/core/ingest/zip-sizes'
import { claimZipSizes } from '../../word-file'

const PART = 'Báo cáo tình hình kinh tế - xã hội. '.repeat(2_000)
const partBytes = new TextEncoder().encode(PART).length

async function zipOf(compression: 'STORE' | 'DEFLATE'): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('word/document.xml', PART, { createFolders: false }).file('docProps/app.xml', PART, {
    createFolders: false,
  })
  return zip.generateAsync({ type: 'uint8array', compression })
}

describe('measureUnpackedZip', () => {
  it.each(['STORE', 'DEFLATE'] as const)('counts what %s parts really unpack to', async (compression) => {
    expect(measureUnpackedZip(await zipOf(compression), 10 * partBytes)).toEqual({
      status: 'fits',
      bytes: 2 * partBytes,
    })
  })

  it('refuses by the declared sizes before inflating anything', async () => {
    const zip = await zipOf('DEFLATE')
    expect(measureUnpackedZip(zip, partBytes)).toEqual({ status: 'too-large', bytes: 2 * partBytes })
  })

  it('refuses a zip whose headers understate its parts, by inflating them', async () => {
    const lying = claimZipSizes(await zipOf('DEFLATE'), 10)
    expect(measureUnpackedZip(lying, 3 * partBytes).status).toBe('fits')
    expect(measureUnpackedZip(lying, partBytes).status).toBe('too-large')
  })

  it('calls damaged packed data or a cut archive unreadable', async () => {
    const zip = await zipOf('DEFLATE')
    const damaged = zip.slice()
    // The first part's packed data begins after its 30-byte local header and its name.
    const dataStart = 30 + new DataView(zip.buffer).getUint16(26, true)
    damaged.fill(0xff, dataStart, dataStart + 100)
    expect(measureUnpackedZip(damaged, 10 * partBytes).status).toBe('unreadable')
    expect(measureUnpackedZip(zip.subarray(0, zip.length - 30), 10 * partBytes).status).toBe('unreadable')
  })
})
