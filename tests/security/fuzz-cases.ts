import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import fc from 'fast-check'
import {
  buildBriefingFromText,
  createProject,
  ERROR_CODES,
  ingestFile,
  parseProject,
  serializeProject,
  toAnalysisJson,
  type BriefdeckErrorCode,
} from '../../src/core/index'
import { encodeTcvn3, encodeVni } from '../../src/core/ingest/legacy-encodings'
import { wordFileOf } from '../word-file'

/**
 * Hostile and random input for the whole pipeline (ingest → article → analysis → deck → project save and
 * load), shared by the small fixed-seed run in CI (tests/security/fuzz.test.ts) and the long run
 * (`npm run fuzz`, scripts/fuzz.ts). A case passes when nothing throws, it finishes within `CASE_LIMIT_MS`,
 * failures are known error codes, and every output validates against its JSON Schema.
 */

export const CASE_LIMIT_MS = 2000
export const MAX_CASE_BYTES = 1024 * 1024

const ROOT = resolve(__dirname, '../..')
const SEED_PATH = resolve(ROOT, 'resources/seed/dong-nai-e-government-2020-02-12.txt')
const PROJECT_SCHEMA_PATH = resolve(ROOT, 'docs/project-file.schema.json')
const ANALYSIS_SCHEMA_PATH = resolve(ROOT, '../shared/contracts/analysis.schema.json')

export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8')
const SEED_BYTES = new TextEncoder().encode(SEED_TEXT)

function compile(path: string): ValidateFunction {
  return new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path, 'utf8')))
}

export const validateProject = compile(PROJECT_SCHEMA_PATH)
/** The analysis contract lives in ../shared; without it the analysis JSON is not schema-checked (said once). */
export const validateAnalysis: ValidateFunction | null = existsSync(ANALYSIS_SCHEMA_PATH)
  ? compile(ANALYSIS_SCHEMA_PATH)
  : null
export const ANALYSIS_SCHEMA_NOTE = validateAnalysis
  ? null
  : `${ANALYSIS_SCHEMA_PATH} is absent: analysis JSON was not validated against the contract`

/** One input, labelled so a failure or the slowest case can be told apart and reproduced. */
export interface FuzzCase {
  readonly kind: string
  readonly name: string
  readonly bytes?: Uint8Array
  /** Project file text, for the project-load cases. */
  readonly projectText?: string
}

export interface CaseOutcome {
  readonly ms: number
  /** What went wrong; null when the case passed. */
  readonly problem: string | null
}

// ---- inputs -------------------------------------------------------------------------------------------------

/** Markup an attacker would put in an article: scripts, handlers, javascript: links, frames, remote CSS. */
export const HOSTILE_SNIPPETS = [
  '<script>window.__pwned = 1; alert(1)</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<body onload="window.__pwned = 1">',
  '<a href="javascript:window.__pwned = 1">bấm vào đây</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x">',
  '<div style="background:url(https://evil.example/track.png)">Hà Nội</div>',
  '<style>@import url("https://evil.example/x.css"); p { background: url(//evil.example/p) }</style>',
  '<svg onload="window.__pwned = 1"><script>window.__pwned = 1</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<form action="https://evil.example/"><input name=q></form>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '"><img src=x onerror=alert(1)>',
  '</textarea><script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202e\u0000\ufeff\ud800',
]

const vietnameseWords = fc.constantFrom(
  'Thủ tướng',
  'chỉ đạo',
  'các bộ, ngành',
  'tỉnh Đồng Nai',
  'tăng 12,5%',
  '1.200 tỷ đồng',
  'ngày 12/2/2020',
  '“Phải làm ngay”,',
  'ông Nguyễn Văn A cho biết.',
  'Chính phủ điện tử',
  'UBND',
  'năm 2019',
)

const articleish = fc
  .array(fc.oneof({ weight: 6, arbitrary: vietnameseWords }, fc.constantFrom(...HOSTILE_SNIPPETS)), {
    maxLength: 120,
  })
  .map((words) => words.join(' ').replace(/\. /g, '.\n'))

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2)
  const view = new DataView(bytes.buffer)
  if (bom) view.setUint16(0, 0xfeff, littleEndian)
  for (let i = 0; i < text.length; i++)
    view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian)
  return bytes
}

/** The same text in every encoding Briefdeck reads. */
const encodedText = fc
  .tuple(
    articleish,
    fc.constantFrom('utf8', 'utf8-bom', 'utf16le', 'utf16be', 'utf16le-nobom', 'tcvn3', 'vni'),
  )
  .map(([text, encoding]): FuzzCase => {
    const bytes = ((): Uint8Array => {
      switch (encoding) {
        case 'utf8':
          return new TextEncoder().encode(text)
        case 'utf8-bom':
          return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
        case 'utf16le':
          return utf16(text, true, true)
        case 'utf16be':
          return utf16(text, false, true)
        case 'utf16le-nobom':
          return utf16(text, true, false)
        case 'tcvn3':
          return encodeTcvn3(text)
        default:
          return encodeVni(text)
      }
    })()
    return { kind: `text/${encoding}`, name: 'bai-bao.txt', bytes }
  })

const htmlDocument = fc
  .tuple(
    fc.array(
      fc.oneof(
        articleish.map((t) => `<p>${t}</p>`),
        fc.constantFrom(...HOSTILE_SNIPPETS),
      ),
      {
        maxLength: 40,
      },
    ),
    // Kept shallow: deep nesting is a known hole (Readability is super-linear in depth, see docs/SECURITY.md)
    // pinned by its own test in bad-files.test.ts; here it would only make every run slow.
    fc.nat({ max: 60 }),
    fc.boolean(),
  )
  .map(([parts, depth, named]): FuzzCase => {
    // Deep nesting tries the stack of every tree walker on the way.
    const html = `<!doctype html><html><head><title>Tin</title></head><body>${'<div>'.repeat(depth)}<article><h1>Tiêu đề</h1>${parts.join('\n')}</article>${'</div>'.repeat(depth)}</body></html>`
    return {
      kind: 'html',
      name: named ? 'bai-bao.html' : 'bai-bao.txt',
      bytes: new TextEncoder().encode(html),
    }
  })

const randomBytes = fc
  .tuple(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('a.txt', 'a.html', 'a.docx', 'a', 'a.TXT'))
  .map(([bytes, name]): FuzzCase => ({ kind: 'random-bytes', name, bytes }))

/** Byte-level mutations of real input: flips, inserts, deletions, splices of hostile markup, cuts. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), value: fc.nat({ max: 255 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), value: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 64 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('splice' as const),
    at: fc.nat(),
    value: fc.constantFrom(...HOSTILE_SNIPPETS),
  }),
)
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = bytes
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1)
    if (m.op === 'flip' && out.length > 0) {
      out = out.slice()
      out[at % out.length] = m.value
    } else if (m.op === 'insert') {
      out = concat(out.subarray(0, at), m.value, out.subarray(at))
    } else if (m.op === 'delete') {
      out = concat(out.subarray(0, at), out.subarray(at + m.length))
    } else if (m.op === 'truncate') {
      out = out.subarray(0, at)
    } else if (m.op === 'splice') {
      out = concat(out.subarray(0, at), new TextEncoder().encode(m.value), out.subarray(at))
    }
  }
  return out
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

const mutatedSeed = fc
  .tuple(fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.constantFrom('seed.txt', 'seed.html'))
  .map(([mutations, name]): FuzzCase => ({
    kind: 'mutated-seed',
    name,
    bytes: mutate(SEED_BYTES, mutations),
  }))

const SEED_DOCX = { stored: wordFileOf(SEED_TEXT, 0), deflated: wordFileOf(SEED_TEXT, 6) }

/** Byte mutations of a real Word file: broken headers, lying sizes, damaged deflate streams, cut archives. */
const mutatedDocx = fc
  .tuple(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom('stored', 'deflated' as const))
  .map(([mutations, packing]): FuzzCase => ({
    kind: 'mutated-docx',
    name: 'seed.docx',
    bytes: mutate(SEED_DOCX[packing], mutations),
  }))

/** Large inputs near the 1 MB ceiling: the seed repeated, then mutated, so analysis has real work to do. */
const largeInput = fc
  .tuple(
    fc.integer({ min: 64 * 1024, max: MAX_CASE_BYTES }),
    fc.array(mutation, { maxLength: 8 }),
    fc.constantFrom('big.txt', 'big.html'),
  )
  .map(([size, mutations, name]): FuzzCase => {
    const repeated = new Uint8Array(size)
    for (let offset = 0; offset < size; offset += SEED_BYTES.length)
      repeated.set(SEED_BYTES.subarray(0, Math.min(SEED_BYTES.length, size - offset)), offset)
    return { kind: 'large', name, bytes: mutate(repeated, mutations).subarray(0, MAX_CASE_BYTES) }
  })

/** A project saved from the seed article, the base every project mutation starts from. */
export const SEED_PROJECT_TEXT = serializeProject(
  createProject({
    id: 'seed-project',
    fileName: 'seed.txt',
    text: SEED_TEXT,
    deck: buildBriefingFromText(SEED_TEXT, 'seed.txt').deck,
  }),
)

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(2, 1e308, -1, 0.5, '1', '../../etc/passwd', 'C:\\Windows\\win.ini', '__proto__', '\u0000'),
  fc.string({ maxLength: 40 }),
  // Fresh containers each time: a shared constant could be changed by a later edit.
  fc.constant(null).map((): Json => []),
  fc.constant(null).map((): Json => ({})),
)

/** Edits a project by hand, the way a curious or hostile user would: change, delete or add one field. */
const projectMutation = fc.record({
  pathSeed: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  action: fc.constantFrom('set', 'delete', 'add'),
  value: jsonValue,
  key: fc.constantFrom('__proto__', 'constructor', 'version', 'extra', 'fileName', 'id', 'text', 'slides'),
})

function editJson(root: Json, edit: typeof projectMutation extends fc.Arbitrary<infer T> ? T : never): Json {
  // Walk down by the path seed, then change what is there.
  let parent: Json = root
  for (const step of edit.pathSeed) {
    if (parent === null || typeof parent !== 'object') break
    const keys = Object.keys(parent)
    if (keys.length === 0) break
    const key = keys[step % keys.length] ?? ''
    const child: Json | undefined = (parent as Record<string, Json>)[key]
    if (child === null || typeof child !== 'object' || step % 3 === 0) {
      const record = parent as Record<string, Json>
      if (edit.action === 'delete') Reflect.deleteProperty(record, key)
      else if (edit.action === 'set') record[key] = edit.value
      else Object.defineProperty(record, edit.key, { value: edit.value, enumerable: true, writable: true })
      return root
    }
    parent = child
  }
  return root
}

const mutatedProject = fc
  .tuple(
    fc.array(projectMutation, { minLength: 1, maxLength: 4 }),
    fc.array(mutation, { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([edits, byteMutations, asBytes]): FuzzCase => {
    let data = JSON.parse(SEED_PROJECT_TEXT) as Json
    for (const edit of edits) data = editJson(data, edit)
    const text = JSON.stringify(data, null, 2)
    const projectText = asBytes
      ? new TextDecoder().decode(mutate(new TextEncoder().encode(text), byteMutations))
      : text
    return { kind: 'project', name: 'seed.briefdeck.json', projectText }
  })

/** Everything, weighted toward cheap cases so a long run covers many; large ones stay rare but present. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { weight: 6, arbitrary: encodedText },
  { weight: 5, arbitrary: htmlDocument },
  { weight: 4, arbitrary: randomBytes },
  { weight: 6, arbitrary: mutatedSeed },
  { weight: 3, arbitrary: mutatedDocx },
  { weight: 6, arbitrary: mutatedProject },
  { weight: 1, arbitrary: largeInput },
)

/** The fixed cases every run starts with: the edges random generation rarely reaches. */
export function edgeCases(): FuzzCase[] {
  const cases: FuzzCase[] = [
    { kind: 'edge', name: 'empty.txt', bytes: new Uint8Array() },
    { kind: 'edge', name: 'nul.txt', bytes: new Uint8Array(1000) },
    { kind: 'edge', name: 'ff.txt', bytes: new Uint8Array(1000).fill(0xff) },
    { kind: 'edge', name: 'stored.docx', bytes: SEED_DOCX.stored },
    { kind: 'edge', name: 'deflated.docx', bytes: SEED_DOCX.deflated },
    { kind: 'edge', name: 'one-line.txt', bytes: new Uint8Array(MAX_CASE_BYTES).fill(0x61) },
    { kind: 'edge', name: 'newlines.txt', bytes: new Uint8Array(MAX_CASE_BYTES).fill(0x0a) },
    { kind: 'edge', name: 'dots.txt', bytes: new Uint8Array(MAX_CASE_BYTES).fill(0x2e) },
    {
      kind: 'edge',
      name: 'digits.txt',
      bytes: new TextEncoder()
        .encode('12,5% 1.200 tỷ đồng '.repeat(MAX_CASE_BYTES / 24))
        .subarray(0, MAX_CASE_BYTES),
    },
    {
      kind: 'edge',
      name: 'quotes.txt',
      bytes: new TextEncoder().encode('“'.repeat(200_000)),
    },
    { kind: 'edge', name: 'p.briefdeck.json', projectText: '' },
    { kind: 'edge', name: 'p.briefdeck.json', projectText: SEED_PROJECT_TEXT.slice(0, 1000) },
    { kind: 'edge', name: 'p.briefdeck.json', projectText: '['.repeat(100_000) },
    {
      kind: 'edge',
      name: 'p.briefdeck.json',
      projectText: SEED_PROJECT_TEXT.replace('"version": 1', '"version": 2'),
    },
  ]
  return cases
}

// ---- checks -------------------------------------------------------------------------------------------------

const KNOWN_CODES = new Set<string>(ERROR_CODES)
const PROJECT_CODES = new Set<BriefdeckErrorCode>([
  'project/corrupt',
  'project/not-a-project',
  'project/newer-version',
  'project/invalid',
])

function schemaProblem(validate: ValidateFunction, data: unknown, what: string): string | null {
  if (validate(data)) return null
  const first = validate.errors?.[0]
  return `${what} fails its schema: ${first?.instancePath ?? ''} ${first?.message ?? ''}`
}

async function checkCase(input: FuzzCase): Promise<string | null> {
  if (input.projectText !== undefined) {
    const parsed = parseProject(input.projectText)
    if (!parsed.ok)
      return PROJECT_CODES.has(parsed.error.code) ? null : `unexpected code ${parsed.error.code}`
    // A project that loads must be one the schema accepts, and must save and load again unchanged.
    const problem = schemaProblem(
      validateProject,
      JSON.parse(serializeProject(parsed.value)),
      'loaded project',
    )
    if (problem) return problem
    const again = parseProject(serializeProject(parsed.value))
    if (!again.ok) return `a loaded project does not load after saving: ${again.error.code}`
    buildBriefingFromText(parsed.value.article.text, parsed.value.article.fileName)
    return null
  }
  const ingested = await ingestFile({ name: input.name, bytes: input.bytes ?? new Uint8Array() })
  if (!ingested.ok) {
    if (!KNOWN_CODES.has(ingested.error.code)) return `unknown code ${ingested.error.code}`
    // 'internal' means an exception was caught inside ingest: a bug, even though it did not escape.
    return ingested.error.code === 'internal' ? `internal error: ${ingested.error.detail ?? ''}` : null
  }
  const briefing = buildBriefingFromText(ingested.value.text, input.name)
  if (validateAnalysis) {
    const problem = schemaProblem(validateAnalysis, toAnalysisJson(briefing), 'analysis JSON')
    if (problem) return problem
  }
  const project = createProject({
    id: 'fuzz',
    fileName: input.name,
    text: briefing.text,
    deck: briefing.deck,
  })
  const text = serializeProject(project)
  const problem = schemaProblem(validateProject, JSON.parse(text), 'saved project')
  if (problem) return problem
  const loaded = parseProject(text)
  if (!loaded.ok) return `a saved project does not load: ${loaded.error.code} ${loaded.error.detail ?? ''}`
  return null
}

/**
 * Problems already reported and not yet fixed, each pinned by an `it.fails` test in bad-files.test.ts. Runs
 * count them apart, so a new problem is never hidden among them. None is open.
 */
export const KNOWN_PROBLEMS: readonly { readonly id: string; readonly pattern: RegExp }[] = []

export function knownProblem(problem: string): string | null {
  return KNOWN_PROBLEMS.find((known) => known.pattern.test(problem))?.id ?? null
}

/** Runs one case, timing it; an exception that escapes is a problem, not a crash of the runner. */
export async function runCase(input: FuzzCase): Promise<CaseOutcome> {
  const start = performance.now()
  let problem: string | null
  try {
    problem = await checkCase(input)
  } catch (error) {
    problem = `exception escaped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
  }
  const ms = performance.now() - start
  if (problem === null && ms > CASE_LIMIT_MS) problem = `took ${Math.round(ms)} ms (limit ${CASE_LIMIT_MS})`
  return { ms, problem }
}

/** A short label for reports: kind, name and size. */
export function describeCase(input: FuzzCase): string {
  const size = input.bytes?.length ?? input.projectText?.length ?? 0
  return `${input.kind} ${input.name} (${size} ${input.bytes ? 'bytes' : 'chars'})`
}
