import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli/args'

describe('CLI arguments', () => {
  it('read analyze with --json', () => {
    expect(parseCliArgs(['analyze', 'a.txt', '--json'])).toEqual({
      kind: 'analyze',
      files: ['a.txt'],
      format: 'json',
    })
  })

  it('read several files with --jsonl and text output with --format', () => {
    expect(parseCliArgs(['analyze', 'a.txt', 'b.txt', '--jsonl'])).toMatchObject({
      files: ['a.txt', 'b.txt'],
    })
    expect(parseCliArgs(['analyze', '--format', 'text', 'a.txt'])).toMatchObject({ format: 'text' })
  })

  it('explain what is wrong', () => {
    expect(parseCliArgs(['analyse', 'a.txt'])).toMatchObject({ kind: 'usage-error' })
    expect(parseCliArgs(['analyze'])).toMatchObject({ kind: 'usage-error', message: 'analyze needs a FILE.' })
    expect(parseCliArgs(['analyze', 'a', 'b', '--json'])).toMatchObject({ kind: 'usage-error' })
    expect(parseCliArgs(['analyze', 'a', '--format', 'pdf'])).toMatchObject({ kind: 'usage-error' })
    expect(parseCliArgs(['analyze', 'a', '--verbose'])).toMatchObject({ kind: 'usage-error' })
  })

  it('show help with no arguments', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'help' })
  })
})
