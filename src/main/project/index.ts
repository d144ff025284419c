/** Project files on disk: atomic save, load, recovery of unsaved projects, autosave. */
export { createAutosaver, type AutosaveClock, type Autosaver, type AutosaverOptions } from './autosaver'
export { nodeProjectFileSystem, type ProjectFileSystem, type WritableFile } from './project-file-system'
export {
  discardRecovery,
  findRecoveries,
  RECOVERY_FOLDER,
  recoveryPathFor,
  writeRecovery,
  type RecoveredProject,
  type RecoveryScan,
} from './recovery'
export { loadProjectFile, MAX_PROJECT_BYTES, saveProjectAtomically } from './save-project'
export { writeFileAtomically } from './write-file-atomically'
