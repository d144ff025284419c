import { PROJECT_FILE_EXTENSION, serializeProject, type ProjectFile } from '../../../core/index'

// Control characters (C0 and DEL) have no place in a file name shown in a title or a dialog.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RE_CONTROL = /[\u0000-\u001f\u007f]/g
const MAX_NAME_LENGTH = 200

/**
 * A name that can stand alone as a file name: the last path segment only (names on Linux and macOS may hold
 * `\`, and an edited project may hold a path), no control characters, not empty, `.` or `..`.
 */
export function toPlainFileName(name: string | null): string | null {
  if (name === null) return null
  const base = (name.split(/[\\/]/).pop() ?? '').replace(RE_CONTROL, '').trim().slice(0, MAX_NAME_LENGTH)
  return base === '' || base === '.' || base === '..' ? null : base
}

/** The project file's name: the article's name without its extension, then `.briefdeck.json`. */
export function projectFileName(project: ProjectFile): string {
  const article = toPlainFileName(project.article.fileName) ?? 'briefdeck'
  const base = article.replace(/\.[^.]+$/, '') || 'briefdeck'
  return `${base}${PROJECT_FILE_EXTENSION}`
}

/** Browser host: saves the project as a download the user can open again later (File › Open). */
export function downloadProject(project: ProjectFile): void {
  const url = URL.createObjectURL(new Blob([serializeProject(project)], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = projectFileName(project)
  link.click()
  window.setTimeout(() => URL.revokeObjectURL(url), 0)
}
