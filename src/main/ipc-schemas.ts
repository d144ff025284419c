import { z } from 'zod'
import { SLIDE_KINDS, type Deck } from '../core/documents'
import { EXPORT_FORMATS, PAGE_SIZES, PDF_MODES, type ExportRequest } from '../shared/ipc'
import { LOCALES } from '../shared/messages'

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

/** One slide's text (a title, a bullet, its notes): articles are at most 20 MB, and so is any piece of them. */
export const MAX_EXPORT_TEXT_LENGTH = 20 * 1024 * 1024
/** Far above any deck the builder makes (it splits long lists); refuses a page that sends a flood. */
export const MAX_EXPORT_SLIDES = 2_000
const MAX_ITEMS_PER_SLIDE = 500

const text = z.string().max(MAX_EXPORT_TEXT_LENGTH)
const sourceRef = z.object({
  paragraph: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
})

// z.object drops keys it does not know, so only what the builders read crosses into main's work.
const exportSlide = z.object({
  id: z.string().min(1).max(200),
  kind: z.enum(SLIDE_KINDS),
  title: text,
  subtitle: text.optional(),
  bullets: z
    .array(z.object({ text, label: text.optional(), source: sourceRef.nullable() }))
    .max(MAX_ITEMS_PER_SLIDE),
  figures: z
    .array(
      z.object({
        text,
        unit: text.nullable(),
        qualifier: text.nullable(),
        label: text.nullable(),
        change: z
          .object({
            from: z.number().nullable(),
            to: z.number().nullable(),
            factor: z.number().nullable(),
            direction: z.enum(['up', 'down']).nullable(),
          })
          .nullable(),
        source: sourceRef,
      }),
    )
    .max(MAX_ITEMS_PER_SLIDE),
  chart: z
    .object({
      unit: text,
      bars: z
        .array(z.object({ label: text, value: z.number(), text, source: sourceRef }))
        .max(MAX_ITEMS_PER_SLIDE),
    })
    .optional(),
  hidden: z.boolean().optional(),
  notes: text,
})

// Typed as the contract, so tsc says when the schema and `Deck` or `ExportRequest` drift apart.
export const exportDeckSchema: z.ZodType<Deck> = z.object({
  title: text,
  slides: z.array(exportSlide).min(1).max(MAX_EXPORT_SLIDES),
})

export const exportArguments: z.ZodType<[ExportRequest]> = z.tuple([
  z.object({
    deck: exportDeckSchema,
    format: z.enum(EXPORT_FORMATS),
    pdfMode: z.enum(PDF_MODES),
    pageSize: z.enum(PAGE_SIZES),
    // A name without extension: main adds the format's own, and the save dialog decides the folder.
    suggestedName: plainFileNameSchema,
    author: z.string().max(1000).nullable(),
    locale: z.enum(LOCALES),
  }),
])
