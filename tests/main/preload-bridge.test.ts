import { beforeAll, describe, expect, it, vi } from 'vitest'
import { IPC, type BriefdeckBridge } from '../../src/shared/ipc'

type Handler = (event: unknown, value: unknown) => void

const electron = vi.hoisted(() => {
  const handlers = new Map<string, Handler[]>()
  return {
    handlers,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
    send: vi.fn(),
  }
})

// The preload runs in Electron's sandbox; here its two Electron objects are stand-ins that record calls.
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: electron.send,
    on: (channel: string, handler: Handler) => {
      electron.handlers.set(channel, [...(electron.handlers.get(channel) ?? []), handler])
    },
    off: (channel: string, handler: Handler) => {
      electron.handlers.set(
        channel,
        (electron.handlers.get(channel) ?? []).filter((item) => item !== handler),
      )
    },
  },
}))

function emit(channel: string, value: unknown): void {
  for (const handler of electron.handlers.get(channel) ?? []) handler({ sender: 'secret' }, value)
}

let bridge: BriefdeckBridge

beforeAll(async () => {
  await import('../../src/preload/index')
  bridge = electron.exposed.get('briefdeck') as BriefdeckBridge
})

describe('preload bridge', () => {
  it('exposes exactly the bridge methods, as window.briefdeck', () => {
    expect([...electron.exposed.keys()]).toEqual(['briefdeck'])
    expect(Object.keys(bridge).sort()).toEqual([
      'autosave',
      'exportDeck',
      'onFileOpened',
      'onMenuCommand',
      'openFile',
      'readRecovery',
      'saveProject',
      'setDocumentState',
      'startPresentation',
    ])
  })

  it('sends only the request fields to main', async () => {
    electron.invoke.mockResolvedValueOnce({ status: 'saved', name: 'a.briefdeck.json' })
    const request = { projectText: '{}', saveAs: true, suggestedName: 'a.briefdeck.json', extra: 'x' }
    expect(await bridge.saveProject(request)).toEqual({ status: 'saved', name: 'a.briefdeck.json' })
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC.saveProject, {
      projectText: '{}',
      saveAs: true,
      suggestedName: 'a.briefdeck.json',
    })
    bridge.setDocumentState({ fileName: null, dirty: true, projectText: '{}', ...{ more: 1 } })
    expect(electron.send).toHaveBeenLastCalledWith(IPC.documentState, {
      fileName: null,
      dirty: true,
      projectText: '{}',
    })
  })

  it('autosaves through main and passes its refusal on', async () => {
    await bridge.autosave('{"a":1}')
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC.autosave, '{"a":1}')
    electron.invoke.mockRejectedValueOnce(new Error('ENOSPC'))
    await expect(bridge.autosave('{}')).rejects.toThrow('ENOSPC')
  })

  it('reads the recovery copy, treating anything but text as none', async () => {
    electron.invoke.mockResolvedValueOnce('{"format":"briefdeck-project"}')
    expect(await bridge.readRecovery()).toBe('{"format":"briefdeck-project"}')
    electron.invoke.mockResolvedValueOnce({ not: 'text' })
    expect(await bridge.readRecovery()).toBeNull()
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC.readRecovery)
  })

  it('hands opened files to the page without the event, and drops malformed ones', () => {
    const files: unknown[] = []
    const stop = bridge.onFileOpened((file) => files.push(file))
    const bytes = new Uint8Array([1, 2, 3])
    emit(IPC.fileOpened, { name: 'họp.briefdeck.json', bytes, path: '/secret' })
    emit(IPC.fileOpened, { name: 'x', bytes: 'not bytes' })
    emit(IPC.fileOpened, { bytes })
    emit(IPC.fileOpened, null)
    expect(files).toEqual([{ name: 'họp.briefdeck.json', bytes }])
    stop()
    emit(IPC.fileOpened, { name: 'later.txt', bytes })
    expect(files).toHaveLength(1)
  })

  it('passes on known menu commands only', () => {
    const commands: unknown[] = []
    const stop = bridge.onMenuCommand((command) => commands.push(command))
    emit(IPC.menuCommand, 'save')
    emit(IPC.menuCommand, 'save-as')
    emit(IPC.menuCommand, 'format-disk')
    stop()
    emit(IPC.menuCommand, 'save')
    expect(commands).toEqual(['save', 'save-as'])
  })
})
