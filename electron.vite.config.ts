import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { devCspPlugin } from './vite.shared'

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve('src/main/index.ts') } } },
  },
  preload: {
    // One self-contained CommonJS file: sandboxed preloads cannot require packages.
    build: { externalizeDeps: false, rollupOptions: { input: { index: resolve('src/preload/index.ts') } } },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), devCspPlugin()],
    build: { rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
  },
})
