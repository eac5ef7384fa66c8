import type { Page } from '@playwright/test';
import { expect, expectNarrationEnded, expectScreen, startedClips, test, waitForIdleWarning } from './fixtures';

/**
 * Faults injected into the real page: a screen that throws while drawn, an exception nothing catches, a
 * chunk of the app that cannot load, a damaged structure or language file of the programme, a clip that never
 * arrives, a timings file of the wrong shape. Each time
 * the visitor must end up on a working kiosk. Like every other spec, a console error or an uncaught exception
 * fails the test, except the ones the test itself provokes (listed per test); `logs` is the console's lines.
 */

const OUT_OF_ORDER = "Cette borne ne marche pas pour le moment.";

/** The clips howler is playing now (their file names), read from howler's own list of sounds. */
const playingClips = (page: Page) =>
  page.evaluate(() => (window as unknown as { Howler: { _howls: { _src: string; playing: () => boolean }[] } }).Howler._howls.filter((howl) => howl.playing()).map((howl) => howl._src));

/** The narrations started on the page so far; none while the page is being reloaded. */
const narrationStarts = (page: Page) =>
  startedClips(page).catch((error: Error) => {
    if (/Execution context was destroyed|navigation/.test(error.message)) return [] as string[];
    throw error;
  });

/**
 * The narrations started by every page the test sees, reloads included: a binding outlives its page, the
 * `narration-start` marks do not.
 */
async function recordNarrationsAcrossReloads(page: Page): Promise<string[]> {
  const started: string[] = [];
  await page.exposeFunction('reportNarrationStart', (key: string) => void started.push(key));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportNarrationStart: (key: string) => void }).reportNarrationStart;
    new PerformanceObserver((entries) => {
      for (const mark of entries.getEntriesByName('narration-start')) report(((mark as PerformanceMark).detail as { key: string }).key);
    }).observe({ type: 'mark' });
  });
  return started;
}

/**
 * A visit can start and its first screen speaks: the kiosk works. The app's own attract screen comes first: only
 * a page that works draws it, and the build's first screen of a page still loading with the fault (a reload
 * begun before the fault was lifted) would take the touch and lose it with that page.
 */
async function expectWorkingKiosk(page: Page) {
  await expectScreen(page, 'attract', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les 4 actes');
  await expect.poll(() => narrationStarts(page), { timeout: 20_000 }).toContain('ui.screen.home');
}

async function openInitiative(page: Page, title: string) {
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
}

test('a screen that throws while it is drawn: out of order, logged, then back to a working attract screen', async ({ page, logs }) => {
  let injected = 0;
  // The references list of an initiative throws when drawn: a bug in one screen's code.
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    const code = (await response.text()).replace(/className:(["'`])reference-label\1/g, () => {
      injected++;
      return 'className:(()=>{throw new Error("injected fault: references cannot be drawn")})()';
    });
    await route.fulfill({ response, body: code });
  });
  await page.goto('/');
  await openInitiative(page, 'WeTechCare et CLICNJOB');
  expect(injected, 'the fault was injected into the screen').toBeGreaterThan(0);
  await expect(page.getByRole('alert')).toContainText(OUT_OF_ORDER);
  await expect(page.getByRole('button', { name: 'Français', exact: true })).toBeVisible();
  expect(logs).toContainEqual(expect.stringMatching(/\[page\] error: render-error: Error: injected fault: references cannot be drawn/));
  expect(logs).toContainEqual(expect.stringContaining('reloading in 1000 ms'));
  await expectWorkingKiosk(page);
});

test.describe('errors nothing catches', () => {
  test.use({ expectedErrors: { text: /injected (exception|rejection)/ } });

  test('an exception and then a rejected promise: each reloads the page, with a growing delay', async ({ page, logs }) => {
    await page.goto('/');
    await expectWorkingKiosk(page);
    await page.evaluate(() => setTimeout(() => {
      throw new Error('injected exception');
    }));
    await expect(page.getByRole('alert')).toContainText(OUT_OF_ORDER);
    // The reloaded app's own screen, not the one the build drew (up before the app's recovery listens).
    await expectScreen(page, 'attract');
    await page.evaluate(() => void Promise.reject(new Error('injected rejection')));
    await expect(page.getByRole('alert')).toContainText(OUT_OF_ORDER);
    await expectWorkingKiosk(page);
    expect(logs.filter((line) => line.includes('reloading in'))).toEqual([
      expect.stringMatching(/uncaught-error: Error: injected exception.*reloading in 1000 ms/),
      expect.stringMatching(/unhandled-rejection: Error: injected rejection.*reloading in 2000 ms/),
    ]);
  });
});

test('the content cannot load: out of order, spoken, retried automatically until the kiosk works again', async ({ page, logs }) => {
  // The programme's structure, bundled with the page, stays broken until the out-of-order screen has been
  // heard, then is back (a file restored, say): while broken, no act can be read, so no screen can be drawn.
  let broken = true;
  let injected = 0;
  const spoken = await recordNarrationsAcrossReloads(page);
  // Whichever script of the page holds the programme's structure. A script still on its way when the page
  // reloads (a chunk preloaded after the first screen) goes with the page: there is nothing to answer then.
  await page.route(/\/assets\/[^/]*\.js$/, async (route) => {
    const fetched = await route
      .fetch()
      .then(async (response) => ({ response, code: await response.text() }))
      .catch(() => null);
    if (!fetched) return route.abort().catch(() => undefined);
    const { response, code } = fetched;
    if (!broken) return route.fulfill({ response, body: code });
    return route.fulfill({
      response,
      body: code.replace(/\{acts:\[\{id:/g, () => {
        injected++;
        return '{acts:[{broken:';
      }),
    });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(OUT_OF_ORDER);
  expect(injected, 'the fault was injected into the content').toBeGreaterThan(0);
  await expect(alert).toContainText('This kiosk is not working at the moment.');
  await expect(alert.getByRole('img', { name: 'Un marteau et une clé' })).toBeVisible();
  // Each reload is a new page: the out-of-order screen is heard by one of them, however slow the machine.
  await expect.poll(() => spoken, { timeout: 30_000 }).toContain('ui.outOfOrder.lines');
  broken = false;
  // Retried by itself, each time after twice the wait (1 s, 2 s, 4 s…), until the kiosk works.
  await expectWorkingKiosk(page);
  expect(logs).toContainEqual(expect.stringMatching(/\[page\] error: content-unavailable: Error: no act of the programme could be loaded/));
  const delays = logs.flatMap((line) => /reloading in (\d+) ms/.exec(line)?.[1] ?? []).map(Number);
  expect(delays.length, 'reloads').toBeGreaterThan(0);
  expect(delays).toEqual(delays.map((_, index) => 1000 * 2 ** index));
});

test("the default language's texts are damaged: out of order, the file named in the log, working again once it is back", async ({ page, logs }) => {
  // Every title of the French texts renamed until the out-of-order screen has been seen (each reload, 1 s
  // after it is drawn, finds the texts still damaged), then the file is back: no French screen can be drawn.
  let damaged = true;
  let injected = 0;
  await page.route(/\/content\/fr-[^/]*\.json$/, async (route) => {
    if (!damaged) return route.fallback();
    const response = await route.fetch();
    injected++;
    return route.fulfill({ response, body: (await response.text()).replaceAll('"title":', '"titre":') });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(OUT_OF_ORDER, { timeout: 15_000 });
  expect(injected, 'the fault was injected into the texts').toBeGreaterThan(0);
  damaged = false;
  await expectWorkingKiosk(page);
  expect(logs).toContainEqual(expect.stringMatching(/\[page\] error: content-unavailable: Error: fr programme texts: items\.act-1\.title: must be a text/));
  expect(logs).toContainEqual(expect.stringContaining('reloading in 1000 ms'));
});

test("another language's texts cannot be read: logged after the first screen, and choosing it reloads to a working kiosk", async ({ page, logs }) => {
  // The English texts are not JSON for the first load of the page (a disk error), then back.
  let pageLoads = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'document') pageLoads++;
  });
  await page.route(/\/content\/en-[^/]*\.json$/, (route) => (pageLoads > 1 ? route.fallback() : route.fulfill({ contentType: 'application/json', body: '{"items": {' })));
  await page.goto('/');
  // Preloaded once the first screen is drawn: the failure is logged, the first screen goes on.
  await expect.poll(() => logs.some((line) => /\[content\] error: texts not preloaded: Error: en programme texts: .*not JSON/.test(line)), { timeout: 15_000 }).toBe(true);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(OUT_OF_ORDER);
  expect(logs).toContainEqual(expect.stringMatching(/\[page\] error: render-error: Error: en programme texts: .*not JSON/));
  // Reloaded with the file back: English works.
  await page.getByRole('button', { name: 'English', exact: true }).click({ timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The 4 acts');
  await expect(page.getByRole('button', { name: /^Act 1: / })).toBeVisible();
});

test.describe('a page whose code never loads (a damaged install, a disk error)', () => {
  test.use({ expectedErrors: { text: /status of 404/, url: /\/assets\/index-[^/]*\.js$/ } });

  test('out of order after 20 s, reloaded with a growing delay, and working once its code is back', async ({ page, logs }) => {
    let pageLoads = 0;
    page.on('request', (request) => {
      if (request.resourceType() === 'document') pageLoads++;
    });
    // The page's script is missing for the first two loads of the page, then restored.
    await page.route(/\/assets\/index-[^/]*\.js$/, (route) => (pageLoads <= 2 ? route.fulfill({ status: 404, body: 'missing' }) : route.fallback()));
    // The clock stands still unless the test moves it: the page's load takes no time of the watchdog's.
    const start = new Date('2026-05-21T09:00:00');
    await page.clock.install({ time: start });
    // A moment after the start: the installed clock runs until paused, so pausing at the start itself can be "in
    // the past" on a busy machine.
    await page.clock.pauseAt(new Date(start.getTime() + 10_000));
    const watchdogArmed = () => expect(page.locator('html[data-boot-watchdog="armed"]')).toBeAttached();
    const alert = page.getByRole('alert');

    await page.goto('/');
    await watchdogArmed();
    await page.clock.runFor(19_900);
    await expect(alert).toHaveCount(0);
    await page.clock.runFor(100);
    await expect(alert).toContainText(OUT_OF_ORDER);
    await expect(alert).toContainText('This kiosk is not working at the moment.');
    await expect(alert.getByRole('img', { name: 'Un marteau et une clé' })).toBeVisible();
    expect(logs).toContainEqual(expect.stringContaining('the page did not draw its first screen within 20 s; reloading in 1000 ms'));

    await page.clock.runFor(1000);
    await expect.poll(() => pageLoads).toBe(2);
    await watchdogArmed();
    await page.clock.runFor(20_000);
    await expect(alert).toContainText(OUT_OF_ORDER);
    expect(logs).toContainEqual(expect.stringContaining('the page did not draw its first screen within 20 s; reloading in 2000 ms'));

    await page.clock.runFor(2000);
    await expect.poll(() => pageLoads).toBe(3);
    // The kiosk works again, with time flowing as it does for a visitor.
    await page.clock.resume();
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await expectScreen(page, 'home');
    await expect(page.locator('html[data-booted]')).toBeAttached();
    // Booted: the watchdog stands down for good.
    await page.clock.runFor(60_000);
    await expect(page.locator('html[data-boot-watchdog="armed"]')).toBeAttached();
    await expect(alert).toHaveCount(0);
    expect(pageLoads).toBe(3);
  });
});

test.describe('a language whose clip index cannot be read', () => {
  test.use({ expectedErrors: { text: /status of 404/, url: /\/audio\/ar-[^/]*\.json$/ } });

  test('the kiosk works in the other languages, and the log says which index is missing', async ({ page, logs }) => {
    await page.route(/\/audio\/ar-[^/]*\.json$/, (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.goto('/');
    await expectWorkingKiosk(page);
    expect(logs).toContainEqual(expect.stringMatching(/\[audio\] error: clip index of ar unavailable: Error: .*HTTP 404/));
  });
});

test('a clip that never arrives: notice after the load timeout, the visit goes on, the idle reset still comes', async ({ page, logs }) => {
  await page.clock.install();
  // The request of the easy text's audio is never answered.
  await page.route(/item\.wetechcare\.easy-[^/]*\.opus$/, () => undefined);
  await page.goto('/?idleTimeoutSeconds=15&idleWarningSeconds=20');
  await openInitiative(page, 'WeTechCare et CLICNJOB');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('WeTechCare et CLICNJOB');
  const notice = page.getByRole('status');
  await expect(async () => {
    await page.clock.fastForward(1_000);
    await expect(notice).toHaveText('Le son de ce texte ne peut pas être joué. Le texte reste affiché.', { timeout: 200 });
  }).toPass({ timeout: 20_000 });
  expect(logs).toContainEqual(expect.stringMatching(/\[audio\] warn: item\.wetechcare\.easy: .*not loaded after 8 s/));
  // The visit goes on: another initiative speaks.
  await page.getByRole('button', { name: 'Retour' }).click();
  await page.getByRole('button', { name: 'Le numérique pour tous', exact: true }).click();
  // (The page's clock is under the test's control: the title's end comes as time is moved on.)
  await expect(async () => {
    await page.clock.fastForward(500);
    expect((await playingClips(page)).join()).toContain('item.anlci.easy');
  }).toPass({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Retour' }).click();
  // And when the visitor leaves, the kiosk still resets itself.
  const warning = await waitForIdleWarning(page, 'Êtes-vous encore là ?');
  await expect(warning).toBeVisible();
  await expect(async () => {
    await page.clock.fastForward(5_000);
    await expect(page.getByRole('button', { name: 'Français', exact: true })).toBeVisible({ timeout: 200 });
  }).toPass({ timeout: 30_000 });
});

test('a timings file of the wrong shape: the text is spoken without highlight, logged once, nothing thrown', async ({ page, logs }) => {
  test.setTimeout(90_000);
  await page.route(/item\.wetechcare\.easy\.timings-[^/]*\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ words: 5 }) }));
  await page.goto('/');
  await openInitiative(page, 'WeTechCare et CLICNJOB');
  await expect.poll(() => narrationStarts(page), { timeout: 15_000 }).toContain('item.wetechcare.easy');
  const easyText = page.getByRole('region', { name: 'Texte facile à lire' });
  await expect(easyText).toContainText('WeTechCare est une association.');
  // No word is ever marked while the text is heard, from its start to its end.
  await easyText.evaluate((region) => {
    const seen = { marks: region.querySelector('mark') ? 1 : 0 };
    (window as unknown as { seenMarks: typeof seen }).seenMarks = seen;
    new MutationObserver(() => {
      if (region.querySelector('mark')) seen.marks++;
    }).observe(region, { subtree: true, childList: true });
  });
  // The text lasts 28 s.
  await expectNarrationEnded(page, 'item.wetechcare.easy', { timeout: 45_000 });
  expect(await page.evaluate(() => (window as unknown as { seenMarks: { marks: number } }).seenMarks.marks), 'words marked while the text was heard').toBe(0);
  await expect(page.getByRole('status')).toBeEmpty();
  // Heard again: the file is not reported twice.
  await page.getByRole('button', { name: 'Écouter encore' }).click();
  await expect.poll(async () => (await narrationStarts(page)).filter((key) => key === 'item.wetechcare.easy').length, { timeout: 15_000 }).toBe(2);
  expect(logs.filter((line) => line.includes('word timings unavailable'))).toEqual([expect.stringMatching(/item\.wetechcare\.easy: word timings unavailable: wrong shape: words: /)]);
});
