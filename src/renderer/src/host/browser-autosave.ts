/**
 * The browser host keeps the open project in IndexedDB, so a reload or a crashed tab loses at most the last
 * second of typing. One record: the project file's text.
 */
const DATABASE = 'briefdeck'
const STORE = 'autosave'
const KEY = 'current'

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'))
  })
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openDatabase()
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode)
      const request = run(transaction.objectStore(STORE))
      transaction.oncomplete = () => resolve(request.result)
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'))
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'))
    })
  } finally {
    database.close()
  }
}

export async function readBrowserAutosave(): Promise<string | null> {
  const value = await withStore<unknown>('readonly', (store) => store.get(KEY))
  return typeof value === 'string' ? value : null
}

export async function writeBrowserAutosave(projectText: string): Promise<void> {
  await withStore('readwrite', (store) => store.put(projectText, KEY))
}
