import { PROJECT_FILE_EXTENSION, serializeProject, type ProjectFile } from '../../../core/index'

/** The project file's name: the article's name without its extension, then `.briefdeck.json`. */
export function projectFileName(project: ProjectFile): string {
  const base = (project.article.fileName ?? 'briefdeck').replace(/\.[^.]+$/, '') || 'briefdeck'
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
