import { z } from 'zod'

/**
 * The payloads the page may send, as zod schemas: main trusts nothing from a renderer, even its own, since a
 * compromised page can call the bridge with anything.
 */

/** Far above any project Briefdeck writes (a 20 MB article and its deck), low enough to refuse abuse. */
export const MAX_PROJECT_TEXT_LENGTH = 300 * 1024 * 1024
/** Most file systems allow 255 bytes per name; characters are a close enough bound here. */
export const MAX_FILE_NAME_LENGTH = 255

// Control characters (and the separators below) have no place in a name shown in a dialog or title.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RE_CONTROL = /[\u0000-\u001f\u007f]/

const projectText = z.string().max(MAX_PROJECT_TEXT_LENGTH)

/** A plain file name: no folder part, so the page can propose a name but never choose where a file goes. */
export const plainFileNameSchema = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_LENGTH)
  .refine((name) => !/[/\\]/.test(name), 'no path separators')
  .refine((name) => !RE_CONTROL.test(name), 'no control characters')
  .refine((name) => name !== '.' && name !== '..', 'not a folder reference')

export const saveProjectArguments = z.tuple([
  z.object({ projectText, saveAs: z.boolean(), suggestedName: plainFileNameSchema }),
])

export const autosaveArguments = z.tuple([projectText])

export const documentStateArguments = z.tuple([
  z.object({
    // Only shown in the title, but kept to a plain name so a path can never leak into it.
    fileName: plainFileNameSchema.nullable(),
    dirty: z.boolean(),
    projectText,
  }),
])
