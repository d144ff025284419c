import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { devCspPlugin } from './vite.shared'

/** The same renderer as a plain web page: `npm run web` serves this build. */
export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react(), devCspPlugin()],
  build: {
    outDir: resolve('out/web'),
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
