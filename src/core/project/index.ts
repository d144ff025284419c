/** Editing and saving a deck: typed patches, undo history, the project file and regeneration. */
export {
  applyEdits,
  applySlidePatch,
  toRemoveBulletPatch,
  toSetBulletPatch,
  tryApplySlidePatch,
  type BulletAnchor,
  type PatchMiss,
  type PatchOutcome,
  type SlidePatch,
  type SlidePatchType,
} from './slide-patch'
export {
  canRedo,
  canUndo,
  COALESCE_WINDOW_MS,
  createHistory,
  currentEdits,
  pushEdit,
  redo,
  undo,
  type EditHistory,
  type PushOptions,
} from './edit-history'
export { compactEdits, regenerateDeck, type DetachedEdit, type RegenerateResult } from './regenerate-deck'
export {
  createProject,
  hasArticleChanged,
  parseProject,
  PROJECT_FILE_EXTENSION,
  PROJECT_FORMAT,
  PROJECT_VERSION,
  RE_PROJECT_ID,
  serializeProject,
  type ProjectArticle,
  type ProjectFile,
} from './project-file'
export { hashText } from './hash-text'
