/**
 * Pictures of every screen of the kiosk, at the two screen sizes venues use (1920×1080 landscape and
 * 1080×1920 portrait), in French, and the main screens in Arabic (right to left), written to docs/screens/
 * with an index page, so that reviewers and facilitators can see the kiosk without running it.
 *
 * `npm run screenshots` builds the renderer, serves it with `vite preview` on SCREENSHOT_PORT (default 4299)
 * and drives Chromium (CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own).
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { waitForServer } from './wait-for-server';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4299);
const OUT_DIR = 'docs/screens';
const SIZES = [
  { name: 'landscape-1920x1080', width: 1920, height: 1080 },
  { name: 'portrait-1080x1920', width: 1080, height: 1920 },
];
/** Long enough for a screen's narration to start, so the word being said is marked as a visitor sees it. */
const SETTLE_MS = 1500;

interface Shot {
  file: string;
  title: string;
}

/** Each step leaves the page on the screen named by its title; the list is the index's order. */
type Step = { title: string; act: (page: Page) => Promise<void> };

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).first();

const FRENCH: Step[] = [
  { title: 'Attract screen (between visitors)', act: async () => undefined },
  { title: 'Home: the 4 acts', act: (page) => button(page, 'Français').click() },
  { title: 'Act 1: its initiatives', act: (page) => button(page, /^Acte 1 : /).click() },
  { title: 'An initiative, easy-to-read text', act: (page) => button(page, 'Le numérique pour tous').click() },
  { title: 'A difficult word explained (dialog)', act: (page) => button(page, 'Explication du mot illettrisme').click() },
  { title: 'The same initiative: who presents it', act: async (page) => {
    await button(page, "C'est compris").click();
    await button(page, 'Qui présente ?').click();
  } },
  { title: 'The same initiative, full text', act: (page) => button(page, 'Plus de détails').click() },
  { title: 'Act 4: its initiatives', act: async (page) => {
    await button(page, 'Accueil').click();
    await button(page, /^Acte 4 : /).click();
  } },
  { title: 'An initiative of act 4', act: (page) => button(page, 'Marc-Henry Soulet, sociologue').click() },
  { title: 'Help', act: (page) => button(page, 'Aide').click() },
  { title: 'About', act: (page) => button(page, 'À propos').click() },
  { title: 'Credits', act: async (page) => {
    await button(page, 'Retour').click();
    await button(page, 'Crédits').click();
  } },
  { title: 'Settings', act: (page) => button(page, 'Réglages').click() },
  { title: 'Settings, large text and high contrast', act: async (page) => {
    await button(page, 'Grand texte').click();
    await button(page, 'Contraste renforcé').click();
  } },
  { title: 'An initiative, large text and high contrast', act: async (page) => {
    await button(page, 'Accueil').click();
    await button(page, /^Acte 2 : /).click();
    await button(page, 'BIP/ZIP à Lisbonne').click();
  } },
];

const ARABIC: Step[] = [
  { title: 'Home in Arabic, right to left', act: (page) => button(page, 'العربية').click() },
  { title: 'Act 2 in Arabic', act: (page) => button(page, /^الفصل 2/).click() },
  { title: 'An initiative in Arabic', act: (page) => button(page, 'بيب زيب في لشبونة').click() },
];

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

async function shoot(page: Page, steps: Step[], prefix: string, dir: string, shots: Shot[]): Promise<void> {
  for (const [index, step] of steps.entries()) {
    await step.act(page);
    await page.waitForTimeout(SETTLE_MS);
    // Every picture decoded before the shot (a string: this script is type-checked without the DOM).
    await page.evaluate('Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)))');
    const file = `${prefix}-${String(index + 1).padStart(2, '0')}-${step.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.png`;
    await page.screenshot({ path: path.join(dir, file) });
    shots.push({ file, title: step.title });
  }
}

async function main() {
  execFileSync('npm', ['run', 'build:renderer'], { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${PORT}/`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'] });
  try {
    await waitForServer(base);
    rmSync(OUT_DIR, { recursive: true, force: true });
    const index: string[] = ['# The kiosk, screen by screen', '', 'Made by `npm run screenshots` (scripts/screenshots.ts); do not edit by hand.', ''];
    for (const size of SIZES) {
      const dir = path.join(OUT_DIR, size.name);
      mkdirSync(dir, { recursive: true });
      const shots: Shot[] = [];
      for (const [prefix, steps] of [['fr', FRENCH], ['ar', ARABIC]] as const) {
        const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
        // No guard against double taps: the script presses as fast as the screens allow.
        await page.goto(`${base}?newScreenGuardSeconds=0&attractInvitationSeconds=0`);
        await page.getByRole('button', { name: 'Français', exact: true }).waitFor();
        await shoot(page, steps, prefix, dir, shots);
        await page.close();
      }
      index.push(`## ${size.width} × ${size.height}`, '');
      for (const shot of shots) index.push(`### ${shot.title}`, '', `![${shot.title}](${size.name}/${shot.file})`, '');
      console.log(`${size.name}: ${readdirSync(dir).length} screens`);
    }
    writeFileSync(path.join(OUT_DIR, 'README.md'), index.join('\n'));
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
