import { fork } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseProject } from '../../../src/core/index'
import { nodeProjectFileSystem, saveProjectAtomically } from '../../../src/main/project/index'
import { sampleProject } from './sample-project'

const SCRIPT = resolve(__dirname, 'fixtures/save-in-a-loop.ts')
const LANES = 4
const RUNS_PER_LANE = 5

let folder = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'briefdeck-kill-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** Reads the project file and says which generation wrote it, checking the whole file belongs to that one. */
async function readGeneration(path: string): Promise<number> {
  const parsed = parseProject(await readFile(path, 'utf8'))
  if (!parsed.ok) throw new Error(`broken project file: ${parsed.error.code} ${parsed.error.detail ?? ''}`)
  const generation = Number(/^Thế hệ (\d+)$/.exec(parsed.value.deck.title)?.[1])
  const notes = parsed.value.edits[0]
  expect(notes?.type === 'set-notes' && notes.text.startsWith(`Thế hệ ${generation}:`)).toBe(true)
  expect(parsed.value).toEqual(sampleProject(generation, generation === 0 ? 100 : 1_000_000))
  return generation
}

/** Starts the saving child, kills it with SIGKILL after `delayMs` once it is running, waits for it to die. */
async function killWhileSaving(path: string, start: number, delayMs: number): Promise<number> {
  const child = fork(SCRIPT, [path, String(start)], { execArgv: ['--import', 'tsx'], stdio: 'pipe' })
  let saved = 0
  let stderr = ''
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)))
  const exited = new Promise<NodeJS.Signals | number | null>((done) =>
    child.on('exit', (code, signal) => done(signal ?? code)),
  )
  await new Promise<void>((ready, failed) => {
    child.on('message', (message: { ready?: boolean; saved?: number }) => {
      if (message.ready) ready()
      if (message.saved) saved++
    })
    void exited.then((how) => failed(new Error(`child exited (${how}) before it was ready: ${stderr}`)))
  })
  await new Promise((wait) => setTimeout(wait, delayMs))
  child.kill('SIGKILL')
  expect(await exited).toBe('SIGKILL')
  return saved
}

/** Kills a saving child `runs` times in a row on one file; returns what it saw. */
async function killRepeatedly(path: string, runs: number) {
  expect((await saveProjectAtomically(path, sampleProject(0), nodeProjectFileSystem)).ok).toBe(true)
  let generation = 0
  let strayTemporaryFiles = 0
  let savesSeen = 0
  for (let run = 0; run < runs; run++) {
    // Random moments, from before the first save finishes to a few saves in.
    savesSeen += await killWhileSaving(path, generation + 1, Math.floor(Math.random() * 150))
    const found = await readGeneration(path)
    // Never older than what was on disk before this run; newer when a save completed.
    expect(found).toBeGreaterThanOrEqual(generation)
    generation = found
    // A kill mid-write can leave its temporary file (nothing can remove it then); never anything else.
    const name = basename(path)
    const stray = (await readdir(dirname(path))).filter((item) => item !== name)
    expect(stray.every((item) => item.startsWith(`.${name}.`) && item.endsWith('.tmp'))).toBe(true)
    strayTemporaryFiles += stray.length
    await Promise.all(stray.map((item) => rm(join(dirname(path), item))))
  }
  return { generation, strayTemporaryFiles, savesSeen }
}

describe('a process killed while saving', () => {
  it(`leaves a project file that is the old or a new version, never broken (${LANES * RUNS_PER_LANE} SIGKILLs)`, async () => {
    // Lanes on separate folders run side by side only to save wall time; each lane is sequential.
    const lanes = await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        const laneFolder = join(folder, `lane-${lane}`)
        await mkdir(laneFolder)
        return killRepeatedly(join(laneFolder, 'họp.briefdeck.json'), RUNS_PER_LANE)
      }),
    )
    const total = (key: 'generation' | 'strayTemporaryFiles' | 'savesSeen') =>
      lanes.reduce((sum, lane) => sum + lane[key], 0)
    console.info(
      `[kill test] ${LANES * RUNS_PER_LANE} kills: ${total('savesSeen')} saves completed, ` +
        `${total('strayTemporaryFiles')} kills landed mid-write`,
    )
    expect(total('generation')).toBeGreaterThan(0)
  }, 120_000)
})
