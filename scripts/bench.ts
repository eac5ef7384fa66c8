/**
 * `npm run bench`: figures for the narration engine, in headless Chromium against the built renderer.
 *
 * - First visit (the realistic case): a visitor opens every initiative of every act once, in a fresh browser
 *   context per act (cold HTTP and audio caches), pausing about 1.5 s between taps; measured from the tap's
 *   pointerdown to howler's `play` event. Beside it, in the same browser and the same run, a minimal page that
 *   plays one decoded clip from its pointerdown handler with howler, tapped as often with the same pauses.
 *   Prints both p50/p95 and their ratio (goal: kiosk p95 ≤ 1.5 × minimal p95), and where the kiosk's time went
 *   (pointerdown → `Howl.play()` call, then `play()` → `play` event).
 * - Warm taps: one initiative and Back in a loop, everything cached (200 taps).
 * - Cold start (after a recovery reload, a restart, every morning): a fresh context per start, the kiosk's
 *   first screen against a minimal page (one button, the same server and Chromium, in the same run): first
 *   contentful paint; "first screen usable" (its first screen drawn, its buttons answering: the
 *   `first-screen-drawn` mark, set by the build's first-screen shell, whose touch is kept for the app); and
 *   "app drawn" (the app's own first screen, `app-drawn`), medians and ratios; and the gzipped size of what the
 *   app loaded for its first screen.
 * - Renderer JS heap before/after 1,000 narrations; audio size per language; bundle size (gzip).
 *
 * Options: `--rounds=N` first-visit rounds (default 2), `--quick` (first visit only, one round).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { FIRST_SCREEN_SHELL } from '../contract/first-screen-shell';
import { APP_DRAWN_MARK } from '../contract/recovery-backoff';
import type { AudioManifest } from '../domain/narration/audio-manifest';
import { PROJECT_ROOT } from './content-sources';
import { waitForServer } from './wait-for-server';

const PORT = Number(process.env.BENCH_PORT ?? 4199);
const WARM_TAPS = 200;
const NARRATIONS = 1000;
/** A visitor's pause between taps: long enough to look at the screen, as a person does. */
const VISITOR_PAUSE_MS = 1500;
const MINIMAL_PAGE = '__bench/minimal.html';
const MINIMAL_START_PAGE = '__bench/start.html';
const COLD_STARTS = 7;
const HOWLER_SCRIPT = '__bench/howler.js';

const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}`));
const QUICK = option('quick') !== undefined;
const ROUNDS = Number(option('rounds')?.split('=')[1] ?? (QUICK ? 1 : 2));

interface Tap {
  /** pointerdown → howler's `play` event. */
  toPlayEvent: number;
  /** pointerdown → the `Howl.play()` call. */
  toPlayCall: number;
  /** pointerdown → the page handling pointerup (the kiosk acts on release, WCAG 2.5.2; the minimal page does not wait for it). */
  toRelease: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize;
}

/**
 * Records, on any page that uses howler (the kiosk or the minimal page), the time of each pointerdown, each
 * `Howl.play()` call and each `play` event. Installed before the page's scripts run; patches howler's
 * prototype as soon as howler defines its global. A string, not a function: tsx would wrap a function's
 * inner functions in a helper the page does not have.
 */
const INSTRUMENT_HOWLER = `(() => {
  const probe = { down: -1, up: -1, playCalls: [], playEvents: [] };
  window.benchProbe = probe;
  window.addEventListener('pointerdown', (event) => { probe.down = event.timeStamp; probe.up = -1; }, true);
  window.addEventListener('pointerup', () => { probe.up = performance.now(); }, true);
  let howl;
  Object.defineProperty(window, 'Howl', {
    configurable: true,
    get: () => howl,
    set(value) {
      howl = value;
      const { play, _emit } = value.prototype;
      value.prototype.play = function (...args) { probe.playCalls.push(performance.now()); return play.apply(this, args); };
      value.prototype._emit = function (event, ...args) {
        if (event === 'play') probe.playEvents.push(performance.now());
        return _emit.call(this, event, ...args);
      };
    },
  });
})();`;

/** Taps (pointerdown, pointerup at the element's centre) and waits for the first `play` event after it. */
async function tapAndMeasure(page: Page, tap: () => Promise<void>): Promise<Tap> {
  await page.evaluate(() => {
    const probe = (window as unknown as { benchProbe: { down: number; up: number; playCalls: number[]; playEvents: number[] } }).benchProbe;
    probe.down = -1;
    probe.up = -1;
    probe.playCalls.length = 0;
    probe.playEvents.length = 0;
  });
  await tap();
  const handle = await page.waitForFunction(
    () => {
      const probe = (window as unknown as { benchProbe: { down: number; up: number; playCalls: number[]; playEvents: number[] } }).benchProbe;
      const event = probe.playEvents.find((at) => at >= probe.down);
      const call = probe.playCalls.find((at) => at >= probe.down);
      return probe.down >= 0 && probe.up >= 0 && event !== undefined && call !== undefined
        ? { toPlayEvent: event - probe.down, toPlayCall: call - probe.down, toRelease: probe.up - probe.down }
        : null;
    },
    undefined,
    { timeout: 15_000, polling: 50 },
  );
  return (await handle.jsonValue()) as Tap;
}

/** The French titles of each act's initiatives, in screen order: the names of the tiles to tap. */
function actsToVisit(): { actNumber: number; titles: string[] }[] {
  const structure = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'assets/content/programme.json'), 'utf8')) as { acts: { id: string; initiatives: string[] }[] };
  const fr = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'locales/fr/programme.json'), 'utf8')) as { items: Record<string, { title: string }> };
  return structure.acts.map((act, index) => ({ actNumber: index + 1, titles: act.initiatives.map((id) => fr.items[id]!.title) }));
}

/** One clip of the build, for the minimal page: an initiative's easy text, as the kiosk plays on arrival. */
function minimalPageClip(): string {
  const file = readdirSync(path.join(PROJECT_ROOT, 'dist/renderer/assets')).find((name) => name.startsWith('item.wetechcare.easy-') && name.endsWith('.opus'));
  if (!file) throw new Error('no built clip item.wetechcare.easy: npm run build');
  return `assets/${file}`;
}

/** The floor: one decoded clip, played with howler straight from the pointerdown handler. */
function minimalPageHtml(clipUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>minimal</title>
<script src="/${HOWLER_SCRIPT}"></script></head>
<body><button type="button" id="tap" style="width:300px;height:200px">Play</button>
<script>
  Howler.autoSuspend = false;
  const howl = new Howl({ src: ['/${clipUrl}'], format: ['opus'], preload: true, onload: () => { window.minimalReady = true; } });
  document.getElementById('tap').addEventListener('pointerdown', () => { howl.stop(); howl.play(); });
</script></body></html>`;
}

async function openMinimalPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}${MINIMAL_PAGE}`);
  await page.waitForFunction(() => (window as unknown as { minimalReady?: boolean }).minimalReady === true);
  return page;
}

async function startVisit(context: BrowserContext, url: string, actNumber: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^Acte ${actNumber} : `) }).click();
  return page;
}

async function newBenchContext(browser: Browser, url: string, clipUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: INSTRUMENT_HOWLER });
  const howlerJs = readFileSync(path.join(PROJECT_ROOT, 'node_modules/howler/dist/howler.min.js'), 'utf8');
  await context.route(`${url}${HOWLER_SCRIPT}`, (route) => route.fulfill({ contentType: 'text/javascript', body: howlerJs }));
  await context.route(`${url}${MINIMAL_PAGE}`, (route) => route.fulfill({ contentType: 'text/html', body: minimalPageHtml(clipUrl) }));
  return context;
}

/** Every initiative of every act, first visit, cold caches; the minimal page tapped as often, same pauses. */
async function firstVisits(browser: Browser, url: string) {
  const clipUrl = minimalPageClip();
  const kiosk: Tap[] = [];
  const minimal: Tap[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const { actNumber, titles } of actsToVisit()) {
      const context = await newBenchContext(browser, url, clipUrl);
      const page = await startVisit(context, url, actNumber);
      for (const title of titles) {
        await page.waitForTimeout(VISITOR_PAUSE_MS);
        const tile = page.getByRole('button', { name: title, exact: true });
        kiosk.push(await tapAndMeasure(page, () => tile.click()));
        await page.waitForTimeout(VISITOR_PAUSE_MS);
        await page.getByRole('button', { name: 'Retour' }).click();
      }
      await page.close();
      const floor = await openMinimalPage(context, url);
      const button = floor.getByRole('button', { name: 'Play' });
      for (let tap = 0; tap < titles.length; tap++) {
        await floor.waitForTimeout(VISITOR_PAUSE_MS);
        minimal.push(await tapAndMeasure(floor, () => button.click()));
      }
      await context.close();
    }
  }
  return { kiosk, minimal };
}

/** The floor of a cold start: one button that answers once its script has run, marked as the kiosk marks it. */
const MINIMAL_START_HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>minimal</title></head>
<body><button type="button" id="start" style="width:300px;height:200px">Français</button>
<script type="module">
  document.getElementById('start').addEventListener('click', () => document.body.append('ok'));
  performance.mark('${FIRST_SCREEN_SHELL.usableMark}');
  performance.mark('${APP_DRAWN_MARK}');
</script></body></html>`;

interface ColdStart {
  firstPaint: number;
  usable: number;
  appDrawn: number;
  /** Gzipped bytes of everything the page loaded from the server up to its first screen, and of its scripts alone. */
  gzipBytes: number;
  scriptGzipBytes: number;
}

/** One cold start of `pageUrl` in a fresh context: no HTTP cache, nothing decoded. */
async function coldStart(browser: Browser, url: string, pageUrl: string): Promise<ColdStart> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route(`${url}${MINIMAL_START_PAGE}`, (route) => route.fulfill({ contentType: 'text/html', body: MINIMAL_START_HTML }));
  const page = await context.newPage();
  await page.goto(pageUrl);
  const handle = await page.waitForFunction(
    (marks) => {
      const usable = performance.getEntriesByName(marks.usable)[0];
      const appDrawn = performance.getEntriesByName(marks.appDrawn)[0];
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      if (!usable || !appDrawn || !paint) return null;
      const loaded = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
      return { usable: usable.startTime, appDrawn: appDrawn.startTime, firstPaint: paint.startTime, loaded };
    },
    { usable: FIRST_SCREEN_SHELL.usableMark, appDrawn: APP_DRAWN_MARK },
    { timeout: 30_000, polling: 20 },
  );
  const { usable, appDrawn, firstPaint, loaded } = (await handle.jsonValue()) as { usable: number; appDrawn: number; firstPaint: number; loaded: string[] };
  await context.close();
  const gzipped = (addresses: string[]) =>
    addresses.reduce((sum, address) => {
      const { pathname } = new URL(address);
      const file = path.join(PROJECT_ROOT, 'dist/renderer', pathname === '/' ? 'index.html' : decodeURIComponent(pathname));
      return existsSync(file) && statSync(file).isFile() ? sum + gzipSync(readFileSync(file)).length : sum;
    }, 0);
  return { usable, appDrawn, firstPaint, gzipBytes: gzipped(loaded), scriptGzipBytes: gzipped(loaded.filter((address) => /\.js$/.test(new URL(address).pathname))) };
}

/** Kiosk and minimal page in turn, COLD_STARTS times each, so that both see the same machine load. */
async function coldStarts(browser: Browser, url: string) {
  const kiosk: ColdStart[] = [];
  const minimal: ColdStart[] = [];
  for (let run = 0; run < COLD_STARTS; run++) {
    kiosk.push(await coldStart(browser, url, url));
    minimal.push(await coldStart(browser, url, `${url}${MINIMAL_START_PAGE}`));
  }
  return { kiosk, minimal };
}

/** One initiative and Back in a loop: everything is decoded, the engine's best case. */
async function warmTaps(page: Page): Promise<Tap[]> {
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await page.waitForTimeout(3000);
  const taps: Tap[] = [];
  for (let tap = 0; tap < WARM_TAPS; tap++) {
    const name = tap % 2 === 0 ? 'WeTechCare et CLICNJOB' : 'Retour';
    const button = page.getByRole('button', { name, exact: true });
    taps.push(await tapAndMeasure(page, () => button.click()));
    if (tap % 2 === 0) await page.waitForTimeout(50);
  }
  return taps;
}

async function heapDrift(page: Page) {
  await page.getByRole('button', { name: 'WeTechCare et CLICNJOB', exact: true }).click();
  await page.waitForTimeout(1000);
  const before = await heapUsed(page);
  const listenAgain = page.getByRole('button', { name: 'Écouter encore' });
  for (let i = 0; i < NARRATIONS; i++) await tapAndMeasure(page, () => listenAgain.click());
  const after = await heapUsed(page);
  return { before, after };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const summary = (taps: Tap[], field: keyof Tap) => `p50 ${ms(percentile(taps.map((t) => t[field]), 50))}, p95 ${ms(percentile(taps.map((t) => t[field]), 95))}`;

async function main() {
  if (!existsSync(path.join(PROJECT_ROOT, 'dist/renderer/index.html'))) throw new Error('Build first: npm run build');
  const url = `http://127.0.0.1:${PORT}/`;
  // Another server on the port would be measured instead of this build: refuse (BENCH_PORT picks another).
  if (await fetch(url).then(() => true, () => false)) throw new Error(`port ${PORT} is already in use: set BENCH_PORT`);
  // vite itself, not through npx, so that killing it stops the server.
  const server = spawn(path.join(PROJECT_ROOT, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  try {
    await waitForServer(url, { timeoutMs: 20_000 });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
      args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required', '--disable-background-networking', '--js-flags=--expose-gc'],
    });

    const starts = await coldStarts(browser, url);
    const median = (values: number[]) => percentile(values, 50);
    const startFigures = (runs: ColdStart[]) => ({
      paint: median(runs.map((run) => run.firstPaint)),
      usable: median(runs.map((run) => run.usable)),
      appDrawn: median(runs.map((run) => run.appDrawn)),
    });
    const kioskStart = startFigures(starts.kiosk);
    const minimalStart = startFigures(starts.minimal);
    console.log(`cold start (${COLD_STARTS} each, fresh context, medians):`);
    console.log(`  first contentful paint: kiosk ${ms(kioskStart.paint)}, minimal page ${ms(minimalStart.paint)}, ratio ${(kioskStart.paint / minimalStart.paint).toFixed(2)} ×`);
    console.log(`  first screen usable:    kiosk ${ms(kioskStart.usable)}, minimal page ${ms(minimalStart.usable)}, ratio ${(kioskStart.usable / minimalStart.usable).toFixed(2)} × (goal ≤ 2 ×)`);
    console.log(`  app's own first screen: kiosk ${ms(kioskStart.appDrawn)}, minimal page ${ms(minimalStart.appDrawn)}, ratio ${(kioskStart.appDrawn / minimalStart.appDrawn).toFixed(2)} × (a touch before it is kept and acted on then)`);
    const kioskLoad = starts.kiosk[0]!;
    console.log(`  loaded until the app's first screen (gzip): kiosk ${(kioskLoad.gzipBytes / 1024).toFixed(1)} KB, of which script ${(kioskLoad.scriptGzipBytes / 1024).toFixed(1)} KB (goal ≤ 150 KB); minimal page ${(starts.minimal[0]!.gzipBytes / 1024).toFixed(1)} KB`);

    const { kiosk, minimal } = await firstVisits(browser, url);
    const kioskP95 = percentile(kiosk.map((t) => t.toPlayEvent), 95);
    const minimalP95 = percentile(minimal.map((t) => t.toPlayEvent), 95);
    console.log(`first visit to every initiative (${kiosk.length} taps, ${ROUNDS} round(s), fresh context per act, ${VISITOR_PAUSE_MS} ms pauses), pointerdown → howler "play" event:`);
    console.log(`  kiosk         ${summary(kiosk, 'toPlayEvent')}`);
    console.log(`  minimal page  ${summary(minimal, 'toPlayEvent')}`);
    console.log(`  ratio p95 ${(kioskP95 / minimalP95).toFixed(2)} × (goal ≤ 1.5 ×), p50 ${(percentile(kiosk.map((t) => t.toPlayEvent), 50) / percentile(minimal.map((t) => t.toPlayEvent), 50)).toFixed(2)} ×`);
    console.log(`  kiosk, pointerdown → Howl.play() call ${summary(kiosk, 'toPlayCall')}; minimal ${summary(minimal, 'toPlayCall')}`);
    // The kiosk acts when the finger is lifted; the minimal page plays as it goes down. This part is the tap itself.
    console.log(`  pointerdown → pointerup handled (the kiosk acts on release) kiosk ${summary(kiosk, 'toRelease')}, minimal ${summary(minimal, 'toRelease')}`);
    const afterRelease = kiosk.map((t) => ({ ...t, toPlayEvent: t.toPlayEvent - t.toRelease, toPlayCall: t.toPlayCall - t.toRelease }));
    console.log(`  kiosk from pointerup handled: → Howl.play() call ${summary(afterRelease, 'toPlayCall')}, → "play" event ${summary(afterRelease, 'toPlayEvent')}`);

    if (!QUICK) {
      const context = await newBenchContext(browser, url, minimalPageClip());
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole('button', { name: 'Français', exact: true }).click();
      const warm = await warmTaps(page);
      console.log(`warm taps (one initiative and Back, ${WARM_TAPS} taps), pointerdown → "play" event ${summary(warm, 'toPlayEvent')}`);
      const heap = await heapDrift(page);
      const drift = ((heap.after - heap.before) / heap.before) * 100;
      console.log(`renderer JS heap: ${(heap.before / 1e6).toFixed(2)} MB before, ${(heap.after / 1e6).toFixed(2)} MB after ${NARRATIONS} narrations (drift ${drift.toFixed(1)} %, target ≤ 5 %)`);
      await context.close();
    }
    await browser.close();

    const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'audio/manifest.json'), 'utf8')) as AudioManifest;
    const perLanguage = new Map<string, number>();
    for (const entry of manifest.entries) {
      const bytes = statSync(path.join(PROJECT_ROOT, 'audio', entry.file)).size + statSync(path.join(PROJECT_ROOT, 'audio', entry.timings)).size;
      perLanguage.set(entry.language, (perLanguage.get(entry.language) ?? 0) + bytes);
    }
    for (const [language, bytes] of perLanguage) console.log(`audio ${language}: ${(bytes / 1024 / 1024).toFixed(2)} MB (target ≤ 8 MB)`);
    const assets = path.join(PROJECT_ROOT, 'dist/renderer/assets');
    const code = readdirSync(assets).filter((file) => /\.(js|css)$/.test(file));
    const gzip = code.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(assets, file))).length, 0);
    console.log(`renderer bundle (js+css, gzip): ${(gzip / 1024).toFixed(1)} KB in ${code.length} files`);
  } finally {
    server.kill();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
