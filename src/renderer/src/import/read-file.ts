import { MAX_INPUT_BYTES } from '../../../shared/ipc'
import type { PickResult } from '../host/host'

/** Reads a File from an input or a drop, refusing oversized files before loading them. */
export async function readBrowserFile(file: File): Promise<PickResult> {
  if (file.size > MAX_INPUT_BYTES) return { status: 'error', code: 'input/too-large' }
  try {
    return { status: 'picked', file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } }
  } catch {
    return { status: 'error', code: 'input/unreadable' }
  }
}
