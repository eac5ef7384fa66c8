import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

/**
 * The kiosk in the real Electron shell, as built by `npm run build`: what unit tests with a mocked Electron
 * cannot prove. Serial: one app for the whole file, the renderer crash last.
 */
test.describe.configure({ mode: 'serial' });

const repository = path.resolve(import.meta.dirname, '..', '..');
let app: ElectronApplication;
let page: Page;
let server: Server;
let serverUrl: string;
/** Every request that reached the local web server: the kiosk must never send one. */
const received: string[] = [];

async function logText(): Promise<string> {
  const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
  return readFileSync(path.join(userData, 'logs', 'kiosk.log'), 'utf8');
}

test.beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    response.end('reached');
  });
  server.on('upgrade', (request, socket) => {
    received.push(`UPGRADE ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no server address');
  serverUrl = `http://127.0.0.1:${address.port}/`;

  // On Linux the user-data folder (log, venue config) goes to a fresh folder.
  const configHome = mkdtempSync(path.join(tmpdir(), 'kelvoa-electron-'));
  app = await electron.launch({
    executablePath: process.env.ELECTRON_PATH,
    args: [repository],
    cwd: repository,
    env: { ...process.env, XDG_CONFIG_HOME: configHome, KELVOA_CONFIG: path.join(configHome, 'none.json') },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close().catch(() => app.process().kill());
  server?.close();
});

test('the page runs in an OS-level sandbox, context-isolated, without Node', async () => {
  const renderers = await app.evaluate(({ app: electronApp }) => electronApp.getAppMetrics().filter((metric) => metric.type === 'Tab').map(({ pid, sandboxed }) => ({ pid, sandboxed })));
  expect(renderers.length).toBeGreaterThan(0);
  for (const renderer of renderers) {
    if (process.platform === 'linux') {
      // Chromium's Linux sandbox puts every renderer under a seccomp-bpf filter (mode 2).
      expect(readFileSync(`/proc/${renderer.pid}/status`, 'utf8')).toMatch(/^Seccomp:\s+2$/m);
    } else {
      expect(renderer.sandboxed).toBe(true);
    }
  }
  // contextBridge only works with context isolation: the bridged API being there proves it is on.
  const seen = await page.evaluate(() => {
    const scope = window as unknown as Record<string, unknown>;
    return { require: typeof scope.require, process: typeof scope.process, module: typeof scope.module, kiosk: Object.keys(scope.kiosk as object).sort() };
  });
  expect(seen).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', kiosk: ['endVisit', 'getVenueConfig', 'log', 'reportPageFailure'] });
});

test('app:// loads the attract screen', async () => {
  await expect(page).toHaveURL('app://kiosk/index.html');
  for (const name of ['Français', 'English', 'Español', 'العربية']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
});

test('an http request, a WebSocket and a navigation to another origin are refused', async () => {
  const fetched = await page.evaluate(async (url) => {
    try {
      await fetch(url);
      return 'loaded';
    } catch {
      return 'refused';
    }
  }, serverUrl);
  expect(fetched).toBe('refused');
  const socket = await page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        try {
          const ws = new WebSocket(url);
          ws.onopen = () => resolve('open');
          ws.onerror = () => resolve('refused');
        } catch {
          resolve('refused');
        }
      }),
    serverUrl.replace('http:', 'ws:'),
  );
  expect(socket).toBe('refused');
  await page.evaluate((url) => {
    window.location.href = url;
  }, serverUrl);
  expect(await page.evaluate((url) => window.open(url), serverUrl)).toBeNull();
  await page.waitForTimeout(1500);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((win) => win.webContents.getURL()))).toEqual(['app://kiosk/index.html']);
  expect(received).toEqual([]);
});

test('a narration plays', async () => {
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await page.getByRole('button', { name: 'WeTechCare et CLICNJOB', exact: true }).click();
  const easyText = page.getByRole('region', { name: 'Texte facile à lire' });
  // The marked word follows the clip's playback position: it moves only while the audio plays.
  await expect(easyText.locator('mark')).toBeVisible({ timeout: 20_000 });
  const first = await easyText.locator('mark').textContent();
  await expect(easyText.locator('mark')).not.toHaveText(first!, { timeout: 10_000 });
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('devtools cannot open, by key or by call, and the window cannot be closed', async () => {
  await page.keyboard.press('F12');
  await page.keyboard.press('Control+Shift+I');
  const opened = await app.evaluate(async ({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    contents.openDevTools();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return contents.isDevToolsOpened();
  });
  expect(opened).toBe(false);
  const windows = await app.evaluate(async ({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]!.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    return BrowserWindow.getAllWindows().length;
  });
  expect(windows).toBe(1);
  expect(await logText()).toMatch(/\[window\] window close refused/);
});

test('a crashed renderer is brought back to the attract screen', async () => {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer());
  await expect
    .poll(
      () =>
        app.evaluate(async ({ BrowserWindow }) => {
          const contents = BrowserWindow.getAllWindows()[0]!.webContents;
          if (contents.isCrashed() || contents.isLoading()) return 'recovering';
          return contents.executeJavaScript('document.body.innerText').catch(() => 'recovering');
        }),
      { timeout: 20_000 },
    )
    .toContain('Français');
  expect(await logText()).toMatch(/\[recovery\] renderer gone \([a-z-]+\); reloading in \d+ ms/);
});
