/**
 * Builds the page's boot watchdog (renderer/boot/boot-watchdog.ts) into its own classic script beside the
 * bundle and loads it first from index.html: it must run when the bundle does not. Its out-of-order texts and
 * pictogram are put in at build time, so it loads nothing else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../contract/venue-config';
import { PROJECT_ROOT, readUiResources } from './content-sources';

const SCRIPT_FILE = 'boot-watchdog.js';
const SOURCE = path.join(PROJECT_ROOT, 'renderer', 'boot', 'boot-watchdog.ts');
const PICTOGRAM = path.join(PROJECT_ROOT, 'assets', 'pictograms', 'hammer-and-wrench.svg');

function outOfOrderScreen() {
  const resources = readUiResources() as Record<string, { ui: { outOfOrder: { lines: string[] } }; pictograms: Record<string, string> }>;
  return {
    languages: LANGUAGES.map((language) => ({ language, dir: language === 'ar' ? 'rtl' : 'ltr', lines: resources[language]!.ui.outOfOrder.lines })),
    pictogram: `data:image/svg+xml;base64,${readFileSync(PICTOGRAM).toString('base64')}`,
    pictogramAlt: resources.fr!.pictograms['hammer-and-wrench'],
  };
}

export function compileBootWatchdog(): string {
  const result = buildSync({
    entryPoints: [SOURCE],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
    define: { BOOT_WATCHDOG_SCREEN: JSON.stringify(outOfOrderScreen()) },
  });
  return result.outputFiles[0]!.text;
}

export function bootWatchdogPlugin(): Plugin {
  return {
    name: 'kelvoa-boot-watchdog',
    configureServer(server) {
      server.middlewares.use(`/${SCRIPT_FILE}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(compileBootWatchdog());
      });
    },
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `./${SCRIPT_FILE}`, defer: true }, injectTo: 'head' }],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SCRIPT_FILE, source: compileBootWatchdog() });
    },
  };
}
