import Ajv2020 from 'ajv/dist/2020'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createProject,
  hashText,
  hasArticleChanged,
  parseProject,
  PROJECT_VERSION,
  serializeProject,
  type ProjectFile,
} from '../../../src/core/index'
import { deckArbitrary, patchArbitrary } from './arbitraries'
import { sampleDeck } from './sample-deck'

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../../docs/project-file.schema.json'), 'utf8'))
const validateSchema = new Ajv2020({ allErrors: true }).compile(schema)

function sampleProject(): ProjectFile {
  return {
    ...createProject({
      id: 'p-1',
      fileName: 'bài báo.txt',
      text: 'Sáng 3-4, tỉnh họp.\n',
      deck: sampleDeck(),
    }),
    edits: [
      { type: 'set-notes', slideId: 'quote-1', text: 'Nhấn mạnh “làm ngay”.\n' },
      { type: 'set-hidden', slideId: 'source-1', hidden: true },
    ],
    savedAt: '2026-04-03T08:00:00.000Z',
  }
}

function codeOf(text: string): string | null {
  const result = parseProject(text)
  return result.ok ? null : result.error.code
}

describe('the project file', () => {
  it('round-trips through its text', () => {
    const project = sampleProject()
    const text = serializeProject(project)
    expect(text.endsWith('\n')).toBe(true)
    expect(parseProject(text)).toEqual({ ok: true, value: project })
  })

  it('round-trips any deck and edits, and the JSON Schema accepts what is written', () => {
    fc.assert(
      fc.property(
        deckArbitrary,
        fc.array(patchArbitrary, { maxLength: 10 }),
        fc.string(),
        (deck, edits, text) => {
          const project: ProjectFile = {
            ...createProject({ id: 'x_Y-9', fileName: null, text, deck }),
            edits,
          }
          const serialized = serializeProject(project)
          expect(parseProject(serialized)).toEqual({ ok: true, value: project })
          expect(validateSchema(JSON.parse(serialized)), JSON.stringify(validateSchema.errors)).toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('keeps slide fields it does not know, so a newer deck builder loses nothing through an older save', () => {
    const project = sampleProject()
    const withChart = {
      ...project,
      deck: {
        ...project.deck,
        slides: project.deck.slides.map((slide) => ({ ...slide, chart: { unit: '%' } })),
      },
    }
    const parsed = parseProject(JSON.stringify(withChart))
    expect(parsed.ok && parsed.value).toEqual(withChart)
  })

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseProject(`\uFEFF${serializeProject(sampleProject())}`).ok).toBe(true)
  })

  it('calls text that is not JSON, or cut short, corrupt', () => {
    const text = serializeProject(sampleProject())
    expect(codeOf('')).toBe('project/corrupt')
    expect(codeOf('\u0000\u0000\u0000')).toBe('project/corrupt')
    for (const length of [1, 10, text.length / 2, text.length - 3]) {
      expect(codeOf(text.slice(0, Math.floor(length)))).toBe('project/corrupt')
    }
  })

  it('calls JSON that is not ours not a project', () => {
    expect(codeOf('[]')).toBe('project/not-a-project')
    expect(codeOf('null')).toBe('project/not-a-project')
    expect(codeOf('"briefdeck-project"')).toBe('project/not-a-project')
    expect(codeOf('{"name":"package","version":1}')).toBe('project/not-a-project')
    expect(codeOf(JSON.stringify({ ...sampleProject(), format: 'marp' }))).toBe('project/not-a-project')
  })

  it('tells a newer version apart from an invalid file', () => {
    const newer = { ...sampleProject(), version: PROJECT_VERSION + 1, deck: 'a shape we do not know' }
    expect(codeOf(JSON.stringify(newer))).toBe('project/newer-version')
    expect(parseProject(JSON.stringify(newer))).toMatchObject({ error: { detail: 'version 2' } })
    expect(codeOf(JSON.stringify({ ...sampleProject(), version: 0 }))).toBe('project/invalid')
    expect(codeOf(JSON.stringify({ ...sampleProject(), version: '1' }))).toBe('project/invalid')
  })

  it('calls a project that fails the schema invalid, and the JSON Schema agrees', () => {
    const project = sampleProject()
    const broken: unknown[] = [
      { ...project, edits: [{ type: 'set-notes', slideId: 'quote-1' }] },
      { ...project, edits: [{ type: 'delete-everything', slideId: 'quote-1' }] },
      { ...project, edits: [{ type: 'move-slide', slideId: 'quote-1', toIndex: -1 }] },
      { ...project, edits: [{ type: 'set-notes', slideId: 'quote-1', text: 'a', extra: 1 }] },
      { ...project, id: '../../etc/passwd' },
      { ...project, article: { ...project.article, hash: 'md5:0' } },
      {
        ...project,
        deck: {
          title: 'x',
          slides: [{ id: 'a-1', kind: 'poster', title: '', bullets: [], figures: [], notes: '' }],
        },
      },
      { ...project, deck: { title: 'x', slides: [{ ...project.deck.slides[0], notes: null }] } },
      { ...project, unexpected: true },
      (({ edits: _edits, ...rest }) => rest)(project),
    ]
    for (const value of broken) {
      expect(codeOf(JSON.stringify(value)), JSON.stringify(value).slice(0, 200)).toBe('project/invalid')
      expect(validateSchema(value)).toBe(false)
    }
    expect(parseProject(JSON.stringify(broken[0]))).toMatchObject({
      error: { detail: expect.stringContaining('edits.0.text') },
    })
  })
})

describe('the article hash', () => {
  it('is FNV-1a 64 of the UTF-8 bytes', () => {
    // Published FNV-1a 64 test vectors.
    expect(hashText('')).toBe('fnv1a64:cbf29ce484222325')
    expect(hashText('a')).toBe('fnv1a64:af63dc4c8601ec8c')
    expect(hashText('foobar')).toBe('fnv1a64:85944171f73967e8')
  })

  it('matches a BigInt reference on any text', () => {
    const reference = (text: string): string => {
      let hash = 0xcbf29ce484222325n
      for (const byte of new TextEncoder().encode(text)) {
        hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn
      }
      return `fnv1a64:${hash.toString(16).padStart(16, '0')}`
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(hashText(text)).toBe(reference(text))
      }),
    )
  })

  it('tells a changed article from the same one', () => {
    const project = sampleProject()
    expect(hasArticleChanged(project, 'Sáng 3-4, tỉnh họp.\n')).toBe(false)
    expect(hasArticleChanged(project, 'Sáng 4-4, tỉnh họp.\n')).toBe(true)
    // NFC and NFD spell the same letters with different bytes; ingest normalises to NFC before this.
    expect(hashText('họp'.normalize('NFC'))).not.toBe(hashText('họp'.normalize('NFD')))
  })
})
