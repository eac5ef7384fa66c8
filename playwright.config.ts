import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { fakeMicrophoneArgs, fakeMicrophoneFiles } from './tests/e2e/fake-microphone';

/** CHROMIUM_PATH, else Debian's Chromium, else Playwright's own browser. */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * A port free now, asked of the system (port 0). The config is read again by every worker: the port chosen
 * first is kept in E2E_PORT, which the workers inherit, so that all of them reach the same server.
 */
function freePort(): number {
  const script = "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

// E2E_PORT may be given to choose the port; otherwise a free one is taken, so a running `npm run preview` (4173) is no obstacle.
process.env.E2E_PORT ??= String(freePort());
const PORT = Number(process.env.E2E_PORT);

const LONG_WALKS = ['programme-on-screen.spec.ts', 'accessibility.spec.ts', 'screen-audits.spec.ts'];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

/** The voice studio's tests hear a file as their microphone: real speech, or a take the studio must refuse. */
const microphone = fakeMicrophoneFiles();
const withMicrophone = (file: string) => ({ launchOptions: { executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS, ...fakeMicrophoneArgs(file)] } });

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Most of an e2e test's time is spent waiting for sound that plays in real time, not computing. Three: with the
  // three accessibility engines and the voice studio in the suite, four browsers at once drove a 2-core machine
  // to a load average of 15-22, and a clip took more than its 8 s to load.
  workers: Number(process.env.E2E_WORKERS ?? 3),
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  // Three browsers on 2 cores: the app's first screen, 0.7 s on an idle machine, was measured at 1.5-5.5 s while
  // the suite ran, and the 5 s default failed presses that had been taken (the first screen shown until then).
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  // The longest tests start first, the short ones fill in after them, so that no long test runs alone at
  // the end: the soak, then the walks through every screen (the programme, axe, HTML_CodeSniffer and IBM).
  projects: [
    { name: 'soak', testMatch: 'soak.spec.ts' },
    // Two at most: four whole-app audits at once (axe, HTML_CodeSniffer, IBM) on 2 cores slowed every other test
    // past its guard windows (measured: load average 22, a 1 s double-tap guard outlived).
    { name: 'long', testMatch: LONG_WALKS, workers: 2 },
    { name: 'studio', testMatch: 'voice-studio.spec.ts', use: withMicrophone(microphone.speech) },
    { name: 'studio-mic-quiet', testMatch: 'voice-studio-refusals.spec.ts', grep: /silence/, use: withMicrophone(microphone.silent) },
    { name: 'studio-mic-loud', testMatch: 'voice-studio-refusals.spec.ts', grep: /clipped/, use: withMicrophone(microphone.clipped) },
    { name: 'kiosk', testIgnore: ['soak.spec.ts', 'voice-studio.spec.ts', 'voice-studio-refusals.spec.ts', ...LONG_WALKS] },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
