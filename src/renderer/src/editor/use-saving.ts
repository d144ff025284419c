import { useCallback, useEffect, useMemo, useState } from 'react'
import { serializeProject, type BriefdeckErrorCode, type ProjectFile } from '../../../core/index'
import type { Host } from '../host/host'
import { downloadProject, projectFileName, toPlainFileName } from './download-project'
import type { EditorState } from './use-editor'

interface SavedMark {
  /** The load the mark belongs to; a newly opened project starts a new one. */
  readonly revision: number
  /** The project text as last saved to a file, or null when it has never been saved. */
  readonly text: string | null
  readonly fileName: string | null
}

/**
 * Saving the project to a file, and whether it has changes no file holds yet: the desktop saves through
 * native dialogs and atomic writes, the browser downloads the file. The title and the question on close
 * follow from `dirty`.
 */
export function useSaving(
  host: Host,
  state: EditorState,
  project: ProjectFile,
  reportError: (code: BriefdeckErrorCode) => void,
): { dirty: boolean; fileName: string | null; save: (saveAs: boolean) => Promise<void> } {
  const text = useMemo(() => serializeProject(project), [project])
  const [mark, setMark] = useState<SavedMark>({ revision: state.revision, text: null, fileName: null })
  if (mark.revision !== state.revision) {
    setMark({
      revision: state.revision,
      text: state.origin === 'project-file' ? text : null,
      fileName: state.origin === 'project-file' ? state.project.article.fileName : null,
    })
  }
  const dirty =
    mark.text === null ? project.edits.length > 0 || state.origin === 'restored' : mark.text !== text

  const save = useCallback(
    async (saveAs: boolean) => {
      const suggestedName = projectFileName(project)
      if (!host.saveProject) {
        downloadProject(project)
        setMark({ revision: state.revision, text, fileName: suggestedName })
        return
      }
      const result = await host.saveProject({ projectText: text, saveAs, suggestedName })
      if (result.status === 'saved') setMark({ revision: state.revision, text, fileName: result.name })
      else if (result.status === 'error') reportError(result.code)
    },
    [host, project, reportError, state.revision, text],
  )

  const fileName = toPlainFileName(mark.fileName ?? state.project.article.fileName)
  useEffect(() => {
    host.setDocumentState?.({ fileName, dirty, projectText: text })
  }, [host, fileName, dirty, text])

  return { dirty, fileName, save }
}
