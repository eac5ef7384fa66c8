/**
 * Builds the page's boot watchdog (renderer/boot/boot-watchdog.ts) into its own classic script beside the
 * bundle and loads it first from index.html: it must run when the bundle does not. Its out-of-order texts and
 * pictogram are put in at build time, so it loads nothing else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../contract/venue-config';
import { bootScriptFile, compileBootScript } from './boot-script';
import { PROJECT_ROOT, readUiResources } from './content-sources';

const SCRIPT_FILE = 'boot-watchdog.js';
const PICTOGRAM = path.join(PROJECT_ROOT, 'assets', 'pictograms', 'hammer-and-wrench.svg');

function outOfOrderScreen() {
  const resources = readUiResources() as Record<string, { ui: { outOfOrder: { lines: string[] } }; pictograms: Record<string, string> }>;
  return {
    languages: LANGUAGES.map((language) => ({ language, dir: language === 'ar' ? 'rtl' : 'ltr', lines: resources[language]!.ui.outOfOrder.lines })),
    pictogram: `data:image/svg+xml;base64,${readFileSync(PICTOGRAM).toString('base64')}`,
    pictogramAlt: resources.fr!.pictograms['hammer-and-wrench'],
  };
}

export function bootWatchdogPlugin(): Plugin {
  return {
    name: 'kelvoa-boot-watchdog',
    ...bootScriptFile(SCRIPT_FILE, () => compileBootScript('boot-watchdog', { BOOT_WATCHDOG_SCREEN: JSON.stringify(outOfOrderScreen()) })),
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `./${SCRIPT_FILE}`, defer: true }, injectTo: 'head' }],
  };
}
