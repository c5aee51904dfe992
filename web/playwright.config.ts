import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SERVER_TODAY } from './e2e/server/today';

// Debian's chromium, never a downloaded browser. The `ui` project serves the built app
// (web/dist) with `vite preview` and mocks the API with page.route; the `server` project runs the
// journeys against the real `stride serve` (../build/stride, make build) on a fresh database, with
// the server's and the browser's today fixed at SERVER_TODAY (e2e/server/serve.sh).
const PORT = 4173;

// A free loopback port for stride serve, chosen once: the runner's workers inherit the variable.
function freePort(): string {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}
process.env.STRIDE_E2E_PORT ??= freePort();
const SERVER_PORT = process.env.STRIDE_E2E_PORT;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: true,
    locale: 'en-GB',
    timezoneId: 'UTC',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'ui', testMatch: /ui\/.*\.spec\.ts/ },
    { name: 'server', testMatch: /server\/.*\.spec\.ts/, timeout: 120_000, use: { baseURL: `http://127.0.0.1:${SERVER_PORT}`, actionTimeout: 15_000 } },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    // Only with the built program, so the ui project runs without it (the server project then
    // fails, naming make build).
    ...(existsSync(fileURLToPath(new URL('../build/stride', import.meta.url))) ? [{
      command: `e2e/server/serve.sh ${SERVER_PORT} ${SERVER_TODAY}`,
      url: `http://127.0.0.1:${SERVER_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 30_000,
      // SIGTERM, so stride serve stops cleanly and serve.sh removes the database's folder.
      gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
    }] : []),
  ],
});
