import { defineConfig } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 4173)

/** Debian's Chromium (never a downloaded one); quiet on a closed network, no sandbox when run as root. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.BRIEFDECK_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  webServer: {
    command: `npx vite preview -c vite.web.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'web',
      testMatch: /.*\.web\.spec\.ts/,
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${PORT}`, launchOptions: CHROMIUM_LAUNCH },
    },
    { name: 'electron', testMatch: /.*\.electron\.spec\.ts/ },
  ],
})
