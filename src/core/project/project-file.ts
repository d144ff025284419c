import { z } from 'zod'
import { SLIDE_KINDS, type Deck } from '../deck/deck'
import { fail, ok, type Result } from '../errors'
import { hashText, RE_TEXT_HASH } from './hash-text'
import type { SlidePatch } from './slide-patch'

export const PROJECT_FORMAT = 'briefdeck-project'
/** The newest project format this build reads and the one it writes. */
export const PROJECT_VERSION = 1
export const PROJECT_FILE_EXTENSION = '.briefdeck.json'
/** Project ids name recovery files, so they are limited to characters safe in a file name everywhere. */
export const RE_PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/

/** The article a project was built from, kept whole so the deck can be rebuilt without the original file. */
export interface ProjectArticle {
  /** The name of the file the article came from; null for pasted text. */
  readonly fileName: string | null
  readonly text: string
  /** `hashText(text)`: tells whether a re-opened article is the same one. */
  readonly hash: string
}

/**
 * A `*.briefdeck.json` file: the deck as generated plus the user's edits, never the edited deck alone, so a
 * rebuild of the deck (a newer Briefdeck, a changed article) can re-apply the edits. JSON Schema:
 * docs/project-file.schema.json.
 */
export interface ProjectFile {
  readonly format: typeof PROJECT_FORMAT
  readonly version: typeof PROJECT_VERSION
  /** Stable for the life of the project; names its recovery file while it has never been saved. */
  readonly id: string
  readonly article: ProjectArticle
  /** The deck exactly as `buildDeck` made it, before any edit. */
  readonly deck: Deck
  /** The user's edits in the order made; the deck shown is `applyEdits(deck, edits)`. */
  readonly edits: readonly SlidePatch[]
  /** ISO 8601 time of the last save, for display only. */
  readonly savedAt?: string
}

const sourceSchema = z.strictObject({
  paragraph: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
})

// Deck parts are loose objects: a field a later build adds to slides survives a load and save by this one.
const bulletSchema = z.looseObject({
  text: z.string(),
  label: z.string().optional(),
  source: sourceSchema.nullable(),
})

const figureSchema = z.looseObject({
  text: z.string(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  label: z.string().nullable(),
  change: z
    .looseObject({
      from: z.number().nullable(),
      to: z.number().nullable(),
      factor: z.number().nullable(),
      direction: z.enum(['up', 'down']).nullable(),
    })
    .nullable(),
  source: sourceSchema,
})

const slideSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(SLIDE_KINDS),
  title: z.string(),
  subtitle: z.string().optional(),
  bullets: z.array(bulletSchema),
  figures: z.array(figureSchema),
  notes: z.string(),
  hidden: z.boolean().optional(),
})

const deckSchema = z.looseObject({ title: z.string(), slides: z.array(slideSchema) })

const anchorSchema = z.strictObject({ text: z.string(), source: sourceSchema.nullable() })
const slideId = z.string().min(1)
const index = z.number().int().nonnegative()

const patchSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('set-notes'), slideId, text: z.string() }),
  z.strictObject({ type: z.literal('set-title'), slideId, text: z.string() }),
  z.strictObject({
    type: z.literal('set-bullet'),
    slideId,
    bulletIndex: index,
    text: z.string(),
    anchor: anchorSchema,
  }),
  z.strictObject({ type: z.literal('remove-bullet'), slideId, bulletIndex: index, anchor: anchorSchema }),
  z.strictObject({ type: z.literal('set-hidden'), slideId, hidden: z.boolean() }),
  z.strictObject({ type: z.literal('move-slide'), slideId, toIndex: index }),
])

const projectSchema = z.strictObject({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  id: z.string().regex(RE_PROJECT_ID),
  article: z.strictObject({
    fileName: z.string().nullable(),
    text: z.string(),
    hash: z.string().regex(RE_TEXT_HASH),
  }),
  deck: deckSchema,
  edits: z.array(patchSchema),
  savedAt: z.string().optional(),
})

/** A new project for a freshly built deck, with no edits yet. */
export function createProject(input: {
  readonly id: string
  readonly fileName: string | null
  readonly text: string
  readonly deck: Deck
}): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    id: input.id,
    article: { fileName: input.fileName, text: input.text, hash: hashText(input.text) },
    deck: input.deck,
    edits: [],
  }
}

/** Whether `text` differs from the article the project was built from (so its deck should be regenerated). */
export function hasArticleChanged(project: ProjectFile, text: string): boolean {
  return hashText(text) !== project.article.hash
}

/** The file's text: stable key order, indented so a diff of two saves is readable, a final newline. */
export function serializeProject(project: ProjectFile): string {
  return `${JSON.stringify(project, null, 2)}\n`
}

/**
 * Reads a project file's text. Never throws; the error codes say what the user can do:
 * `project/corrupt` (not JSON, e.g. cut short), `project/not-a-project` (JSON, but not a Briefdeck project),
 * `project/newer-version` (made by a newer Briefdeck), `project/invalid` (ours, but fails the schema).
 */
export function parseProject(text: string): Result<ProjectFile> {
  let data: unknown
  try {
    // A byte-order mark is legal at the start of a text file but not in JSON.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch (error) {
    return fail('project/corrupt', error instanceof Error ? error.message : undefined)
  }
  if (!isRecord(data) || data.format !== PROJECT_FORMAT) return fail('project/not-a-project')
  if (typeof data.version === 'number' && data.version > PROJECT_VERSION) {
    return fail('project/newer-version', `version ${data.version}`)
  }
  const parsed = projectSchema.safeParse(data)
  if (!parsed.success) return fail('project/invalid', describeIssue(parsed.error))
  return ok<ProjectFile>(parsed.data)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'
}
