/**
 * `npm run bench`: figures for the narration engine, in headless Chromium against the built renderer.
 * Prints tap-to-audio latency (p50/p95 over 200 taps, to playback start and to the estimated first sample at
 * the output), renderer JS heap before/after 1,000 narrations, audio size per language, bundle size (gzip).
 * Targets: p95 to playback start ≤ 50 ms; heap drift ≤ 5 %; audio ≤ 8 MB per language.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import type { AudioManifest } from '../domain/narration/audio-manifest';
import { PROJECT_ROOT } from './content-sources';

const PORT = 4199;
const TAPS = 200;
const NARRATIONS = 1000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize;
}

/** Taps an element and returns the delay from its pointerdown to the next narration start. */
async function tapToAudio(page: Page, name: string) {
  await page.evaluate(() => {
    performance.clearMarks('narration-start');
    (window as unknown as { lastPointerDown: number }).lastPointerDown = -1;
  });
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForFunction(() => performance.getEntriesByName('narration-start').length > 0, undefined, { timeout: 10_000 });
  return page.evaluate(() => {
    const start = performance.getEntriesByName('narration-start')[0].startTime;
    const down = (window as unknown as { lastPointerDown: number }).lastPointerDown;
    const ctx = (window as unknown as { Howler: { ctx: AudioContext } }).Howler.ctx;
    const outputLatency = (ctx.baseLatency ?? 0) + ((ctx as AudioContext & { outputLatency?: number }).outputLatency ?? 0);
    return { toStart: start - down, toOutput: start - down + outputLatency * 1000 };
  });
}

async function main() {
  if (!existsSync(path.join(PROJECT_ROOT, 'dist/renderer/index.html'))) throw new Error('Build first: npm run build');
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  try {
    const url = `http://127.0.0.1:${PORT}/`;
    await waitForServer(url);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
      args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required', '--disable-background-networking', '--js-flags=--expose-gc'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.evaluate(() => window.addEventListener('pointerdown', (event) => ((window as unknown as { lastPointerDown: number }).lastPointerDown = event.timeStamp), true));
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await page.getByRole('button', { name: /^Acte 1 : / }).click();
    await page.waitForTimeout(3000);

    const toStart: number[] = [];
    const toOutput: number[] = [];
    for (let tap = 0; tap < TAPS; tap++) {
      const result = await tapToAudio(page, tap % 2 === 0 ? 'WeTechCare et CLICNJOB' : 'Retour');
      if (tap % 2 === 0) await page.waitForTimeout(50);
      toStart.push(result.toStart);
      toOutput.push(result.toOutput);
    }

    await page.getByRole('button', { name: 'WeTechCare et CLICNJOB', exact: true }).click();
    await page.waitForTimeout(1000);
    const heapBefore = await heapUsed(page);
    for (let i = 0; i < NARRATIONS; i++) {
      await page.evaluate(() => performance.clearMarks('narration-start'));
      await page.getByRole('button', { name: 'Écouter encore' }).click();
      await page.waitForFunction(() => performance.getEntriesByName('narration-start').length > 0);
    }
    const heapAfter = await heapUsed(page);
    await browser.close();

    const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'audio/manifest.json'), 'utf8')) as AudioManifest;
    const perLanguage = new Map<string, number>();
    for (const entry of manifest.entries) {
      const bytes = statSync(path.join(PROJECT_ROOT, 'audio', entry.file)).size + statSync(path.join(PROJECT_ROOT, 'audio', entry.timings)).size;
      perLanguage.set(entry.language, (perLanguage.get(entry.language) ?? 0) + bytes);
    }
    const assets = path.join(PROJECT_ROOT, 'dist/renderer/assets');
    const code = readdirSync(assets).filter((file) => /\.(js|css)$/.test(file));
    const gzip = code.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(assets, file))).length, 0);

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(`tap-to-audio, ${TAPS} taps: playback start p50 ${ms(percentile(toStart, 50))}, p95 ${ms(percentile(toStart, 95))} (target p95 ≤ 50 ms)`);
    console.log(`tap-to-audio, ${TAPS} taps: estimated first sample at output p50 ${ms(percentile(toOutput, 50))}, p95 ${ms(percentile(toOutput, 95))}`);
    const drift = ((heapAfter - heapBefore) / heapBefore) * 100;
    console.log(`renderer JS heap: ${(heapBefore / 1e6).toFixed(2)} MB before, ${(heapAfter / 1e6).toFixed(2)} MB after ${NARRATIONS} narrations (drift ${drift.toFixed(1)} %, target ≤ 5 %)`);
    for (const [language, bytes] of perLanguage) console.log(`audio ${language}: ${(bytes / 1024 / 1024).toFixed(2)} MB (target ≤ 8 MB)`);
    console.log(`renderer bundle (js+css, gzip): ${(gzip / 1024).toFixed(1)} KB in ${code.length} files`);
  } finally {
    server.kill();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
