/**
 * The first screen keeps its promise: a touch anywhere starts the visit (in the venue's language), the
 * languages stay offered by their own names and voices, the invitation is spoken as soon as someone comes
 * near and is written on screen in each language, and the beckoning hand stops after a few seconds.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { APP_DRAWN_MARK } from '../../contract/recovery-backoff';
import { contentSecurityPolicy, readInlineCodeHashes } from '../../main/policy/content-security-policy';
import { PROJECT_ROOT } from '../../scripts/content-sources';
import { expect, expectScreen, nextFrames, startedClips, test } from './fixtures';

const narrationKeys = (page: Page) => startedClips(page, 'narration');

/**
 * Holds the app's script until `release` is called: the page shows only the first screen the build drew
 * into it, as a visitor sees it while the app loads (after a restart, a recovery reload, every morning).
 */
async function holdTheApp(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const marks = (page: Page, name: string) => page.evaluate((mark) => performance.getEntriesByName(mark).length, name);

const INVITATIONS = {
  fr: "Bonjour. Touchez l'écran pour découvrir les Rencontres Kelvoa.",
  en: 'Hello. Touch the screen to discover the Kelvoa Meetings.',
  es: 'Hola. Toque la pantalla para descubrir los Encuentros Kelvoa.',
  ar: 'مرحبًا. يكفي لمس الشاشة لاكتشاف لقاءات كيلفوا.',
} as const;

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  for (const { language, home } of [
    { language: 'fr', home: 'Les 4 actes' },
    { language: 'ar', home: 'الفصول الأربعة' },
  ] as const) {
    test(`a touch anywhere starts the visit in the venue's language (${language}, ${viewport.width}×${viewport.height})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/?defaultLanguage=${language}`);
      for (const name of ['Français', 'English', 'Español', 'العربية']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
      // A touch on the picture of the hand, which is not a button, starts the visit.
      await page.getByRole('img').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(home);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    });
  }
}

test('the invitation is spoken as soon as someone comes near, and written in each language', async ({ page }) => {
  // No invitation on a timer during this test: only an approach can start it.
  await page.goto('/?attractInvitationSeconds=0');
  await expectScreen(page, 'attract');
  await expect(page.getByRole('button', { name: 'Français', exact: true })).toBeVisible();
  // The screen drawn and its effects run (two frames later), with nobody near: nothing was asked of the voice.
  await nextFrames(page);
  expect(await narrationKeys(page)).toEqual([]);
  await expect(page.locator('html')).not.toHaveAttribute('data-narration', /loading|playing/);
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 240);
  await expect.poll(() => narrationKeys(page), { timeout: 20_000 }).toContain('ui.attract.invitation');
  for (const [language, text] of Object.entries(INVITATIONS)) {
    const shown = page.getByText(text, { exact: true });
    await expect(shown).toBeVisible();
    await expect(shown.locator('xpath=ancestor-or-self::*[@lang][1]')).toHaveAttribute('lang', language);
  }
});

test('the invitation comes back at the venue interval', async ({ page }) => {
  await page.goto('/?attractInvitationSeconds=3');
  // The app's own first screen (the build's says nothing): from there, two intervals and the clip's decoding.
  await expectScreen(page, 'attract');
  // Nobody has come near (no pointer has moved): the interval alone brings the invitation, again and again.
  const invitations = async () => (await narrationKeys(page)).filter((key) => key === 'ui.attract.invitation').length;
  await expect.poll(invitations, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
});

test('each language button says its name in its own language', async ({ page }) => {
  await page.goto('/');
  // The app's own first screen: the one the build draws says nothing until the app has loaded.
  await expectScreen(page, 'attract');
  for (const [language, name] of [
    ['fr', 'Français'],
    ['en', 'English'],
    ['es', 'Español'],
    ['ar', 'العربية'],
  ] as const) {
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toHaveAttribute('data-speak', 'ui.language.name');
    await expect(button).toHaveAttribute('data-speak-language', language);
    await expect(button.locator('xpath=ancestor::li[1]')).toHaveAttribute('lang', language);
  }
});

test('the beckoning hand stops moving within 5 seconds (WCAG 2.2.2)', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect.poll(() => marks(page, 'first-screen-drawn')).toBe(1);
  // Still while the app loads (the first screen the build drew), so that its beckonings, once drawn, are all there is.
  expect(await page.locator('.attract-hand').evaluate((hand) => hand.getAnimations().length)).toBe(0);
  release();
  await expectScreen(page, 'attract');
  const timing = await page.locator('.attract-hand').evaluate((hand) =>
    hand.getAnimations().map((animation) => {
      const { duration, iterations } = animation.effect!.getComputedTiming();
      return { duration: Number(duration), iterations: Number(iterations) };
    }),
  );
  expect(timing.length).toBeGreaterThan(0);
  for (const { duration, iterations } of timing) expect(duration * iterations).toBeLessThanOrEqual(5_000);
});

test("the first screen's data (every language's clip index, the default language's texts) is fetched once, asked for as the app loads", async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/^\/(audio|content)\/[a-z]{2}-[^/]*\.json$/.test(pathname)) requested.push(pathname.replace(/-[^/]*\.json$/, ''));
  });
  await page.goto('/');
  await expectScreen(page, 'attract');
  await expect(page.getByRole('button', { name: 'Français', exact: true })).toBeVisible();
  const preloaded = await page.locator('head link[rel="preload"][as="fetch"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname.replace(/-[^/]*\.json$/, '')));
  expect(preloaded.sort()).toEqual(['/audio/ar', '/audio/en', '/audio/es', '/audio/fr', '/content/fr']);
  // The page's fetch takes the preloaded answer: one request each, never a second download.
  for (const file of preloaded) expect(requested.filter((path) => path === file), file).toEqual([file]);
});


test('nothing but what the first screen shows loads before it answers: the app and its data are asked for after', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => marks(page, APP_DRAWN_MARK)).toBe(1);
  const { usable, early } = await page.evaluate((mark) => {
    const usable = performance.getEntriesByName(mark)[0]!.startTime;
    const early = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < usable)
      .map((entry) => new URL(entry.name).pathname);
    return { usable, early };
  }, 'first-screen-drawn');
  expect(usable).toBeGreaterThan(0);
  // Fonts and pictures may start as the page is read; no script, style sheet or data may.
  for (const address of early) expect(address).toMatch(/\.(woff2?|svg)$/);
  const appScripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\/assets\/index-[\w-]+\.js$/.test(entry.name)).length);
  expect(appScripts).toBe(1);
});

test('under the policy main sends with the page, its inline code runs and nothing is refused', async ({ page }) => {
  const policy = contentSecurityPolicy(
    readInlineCodeHashes(path.join(PROJECT_ROOT, 'dist', 'renderer'), (message) => {
      throw new Error(message);
    }),
  );
  await page.addInitScript(() => {
    const refused: string[] = [];
    Object.assign(window, { refusedByPolicy: refused });
    document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    },
  );
  await page.goto('/');
  await expect.poll(() => marks(page, APP_DRAWN_MARK)).toBe(1);
  expect(await marks(page, 'first-screen-drawn')).toBe(1);
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Les 4 actes' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { refusedByPolicy: string[] }).refusedByPolicy)).toEqual([]);
});

/** Records, from before the page loads, every screen the app draws (`data-screen`), in order: read with `drawnScreens`. */
function recordDrawnScreens() {
  const drawn: string[] = [];
  (window as unknown as { drawnScreens: string[] }).drawnScreens = drawn;
  new MutationObserver(() => {
    const screen = document.querySelector('[data-screen]')?.getAttribute('data-screen');
    if (screen && drawn.at(-1) !== screen) drawn.push(screen);
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-screen'] });
}
const drawnScreens = (page: Page) => page.evaluate(() => (window as unknown as { drawnScreens: string[] }).drawnScreens);

test('the first screen answers a touch before the app has loaded: the visit starts in the language touched', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.addInitScript(recordDrawnScreens);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Rencontres Kelvoa Marseille 2016' })).toBeVisible();
  const arabic = page.getByRole('button', { name: 'العربية', exact: true });
  await expect.poll(() => marks(page, 'first-screen-drawn')).toBe(1);
  expect(await marks(page, 'app-drawn')).toBe(0);
  await arabic.click();
  // The touch is seen at once, and kept.
  await expect(arabic).toHaveAttribute('data-chosen', '');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الفصول الأربعة');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect.poll(() => narrationKeys(page), { timeout: 20_000 }).toContain('ui.home.intro');
  expect(await marks(page, 'app-drawn')).toBe(1);
  // The choice shown is never taken back: the app draws the visit straight over the first screen, not its
  // own attract screen first (a language other than the default one has its texts loaded before).
  expect(await drawnScreens(page)).toEqual(['home']);
});

test("a touch beside the buttons before the app has loaded starts the visit in the venue's language", async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/?defaultLanguage=es', { waitUntil: 'commit' });
  await expect.poll(() => marks(page, 'first-screen-drawn')).toBe(1);
  await page.getByRole('img').first().click();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Los 4 actos');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a language the venue does not offer, touched before the app has loaded, starts nothing', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/?languages=fr,en', { waitUntil: 'commit' });
  await expect.poll(() => marks(page, 'first-screen-drawn')).toBe(1);
  await page.getByRole('button', { name: 'العربية', exact: true }).click();
  release();
  // The app's own first screen, with the venue's languages only.
  await expectScreen(page, 'attract');
  await expect(page.getByRole('button', { name: 'Français', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'العربية', exact: true })).toHaveCount(0);
  await nextFrames(page);
  expect(await narrationKeys(page)).toEqual([]);
});

test("the first screen the build draws is the app's own: the same names and roles, the same places", async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/?attractInvitationSeconds=0', { waitUntil: 'commit' });
  await expect.poll(() => marks(page, 'first-screen-drawn')).toBe(1);
  const screen = page.getByRole('main');
  const layout = () =>
    screen.evaluate(async (main) => {
      await document.fonts.ready;
      // Boxes before transforms: the beckoning hand moves.
      return [...main.querySelectorAll<HTMLElement>('h1, img, button, p')].map(
        (element) => `${element.tagName} ${element.offsetLeft},${element.offsetTop} ${element.offsetWidth}×${element.offsetHeight}`,
      );
    });
  const drawnByTheBuild = { tree: await screen.ariaSnapshot(), layout: await layout() };
  release();
  await expectScreen(page, 'attract');
  expect({ tree: await screen.ariaSnapshot(), layout: await layout() }).toEqual(drawnByTheBuild);
});

test('a press resting on the first screen while the app loads never keeps the app out, and chooses nothing', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect.poll(() => marks(page, 'first-screen-drawn')).toBe(1);
  const arabic = page.getByRole('button', { name: 'العربية', exact: true });
  const box = (await arabic.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  release();
  // The app waits a moment for the press to end, then draws its own first screen.
  await expectScreen(page, 'attract', { timeout: 15_000 });
  await page.mouse.up();
  await nextFrames(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rencontres Kelvoa Marseille 2016');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
