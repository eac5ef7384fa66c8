/**
 * Writes the page's boot watchdog (renderer/boot/boot-watchdog.ts) into the page as a classic script of its
 * own: it must run when the bundle does not. Its out-of-order texts and pictogram are put in at build time, so
 * it loads nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../contract/venue-config';
import { compileBootScript } from './boot-script';
import { PROJECT_ROOT, readUiResources } from './content-sources';
import { inlineScriptTag } from './page-head';

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
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('</body>', () => `${inlineScriptTag(compileBootScript('boot-watchdog', { BOOT_WATCHDOG_SCREEN: JSON.stringify(outOfOrderScreen()) }))}</body>`),
  };
}
