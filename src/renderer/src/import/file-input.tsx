import type { RefObject } from 'react'
import type { PickResult } from '../host/host'
import { readBrowserFile } from './read-file'

const ACCEPTED_FILES = '.txt,.text,.html,.htm,.docx,.json,text/plain,text/html,application/json'

/**
 * The page's own file picker (the browser host has no native dialog): hidden, opened through its ref, and
 * cleared after each pick so choosing the same file again still reports it.
 */
export function FileInput({
  inputRef,
  testId,
  onPick,
}: {
  readonly inputRef: RefObject<HTMLInputElement | null>
  readonly testId: string
  readonly onPick: (pick: PickResult) => Promise<void>
}) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={ACCEPTED_FILES}
      hidden
      data-testid={testId}
      onChange={async (event) => {
        const input = event.currentTarget
        const file = input.files?.[0]
        if (file) await onPick(await readBrowserFile(file))
        input.value = ''
      }}
    />
  )
}
