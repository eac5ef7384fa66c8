/**
 * One-switch scanning, as a visitor with a single switch lives it: the page speaks first, then the groups
 * (the pictures, then the buttons at the bottom), then the buttons of the chosen group; names never stop the
 * page's narration and never keep the visit from ending; a direct touch acts on what was touched.
 */
import type { Page } from '@playwright/test';
import { expect, expectScreen, KIOSK_VIEWPORTS, pressTheSwitch, recordSpokenWords, startedClips, stopTheClockOn, test, waitForIdleWarning } from './fixtures';


const spokenNames = (page: Page) => startedClips(page, 'name');

const narrations = (page: Page) => startedClips(page, 'narration');

const LANGUAGES = [
  { code: 'fr', name: 'Français', home: 'Les 4 actes', act: /^Acte 2 : / },
  { code: 'ar', name: 'العربية', home: 'الفصول الأربعة', act: /^الفصل 2/ },
] as const;

const STEP_MS = 1000;

/**
 * What the page says, read on its root: the installed clock makes performance marks inert, so the narration
 * and the last name said are read from the attributes the page keeps there.
 */
const root = (page: Page) => page.locator('html');

/**
 * Waits until this name has been said, moving the stopped clock a millisecond at a time (howler loads and
 * starts a clip through zero-delay timers): a few milliseconds in all, far from the next scan step.
 */
async function expectNameSaid(page: Page, key: string) {
  await expect(async () => {
    await page.clock.runFor(1);
    await expect(root(page)).toHaveAttribute('data-last-name', key, { timeout: 100 });
  }).toPass({ timeout: 20_000 });
}

for (const viewport of KIOSK_VIEWPORTS) {
  for (const language of LANGUAGES) {
    test(`scanning waits for the page, then goes group by group and button by button (${language.code}, ${viewport.width}×${viewport.height})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.clock.install();
      await page.setViewportSize(viewport);
      await page.goto(`/?scanningByDefault=true&scanStepSeconds=${STEP_MS / 1000}`);
      await expectScreen(page, 'attract');
      // The attract screen has one group, the languages: scanning goes straight through them.
      const languageButton = page.getByRole('button', { name: language.name, exact: true });
      await stopTheClockOn(page, languageButton, 'item');
      await pressTheSwitch(page, 'Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.home);

      // While the page says its name and its prompt, nothing is highlighted. Together they last about 2 s (3 s in
      // Arabic), a step 1 s: the clock stays stopped, and moves on a tenth of a second at a time, checked at each,
      // until the prompt has been heard and the page is silent.
      const heard = new Set<string>();
      for (let look = 0; ; look++) {
        const { status, key } = await root(page).evaluate((html) => ({ status: html.dataset.narration, key: html.dataset.narrationKey }));
        if (status === 'playing' && key) heard.add(key);
        if (status === 'idle' && heard.has('ui.home.intro')) break;
        expect(look, 'the page fell silent after its name and prompt').toBeLessThan(300);
        await expect(page.locator('[data-scan]')).toHaveCount(0);
        await page.clock.runFor(100);
      }
      expect([...heard].slice(-2)).toEqual(['ui.screen.home', 'ui.home.intro']);
      await page.clock.resume();

      // Then the tiles, all four as one group, with the group's name said on the short channel.
      const tiles = page.getByRole('main').getByRole('listitem').getByRole('button');
      await expect(tiles).toHaveCount(4);
      await expect(tiles.first()).toHaveAttribute('data-scan', 'group', { timeout: 15_000 });
      for (const tile of await tiles.all()) await expect(tile).toHaveAttribute('data-scan', 'group');
      await stopTheClockOn(page, tiles.first(), 'group');
      await expectNameSaid(page, 'ui.groups.tiles');
      // One step later, the control bar as one group.
      await page.clock.runFor(STEP_MS);
      const controls = page.getByRole('navigation').getByRole('button');
      await expect(controls.first()).toHaveAttribute('data-scan', 'group');
      await expect(tiles.first()).not.toHaveAttribute('data-scan');
      await expectNameSaid(page, 'ui.groups.controls');

      // Back to the tiles; the switch enters the group, whose buttons are highlighted and named one by one.
      await page.clock.runFor(STEP_MS);
      await expect(tiles.first()).toHaveAttribute('data-scan', 'group');
      await pressTheSwitch(page, 'Space');
      await expect(tiles.nth(0)).toHaveAttribute('data-scan', 'item');
      await expect(tiles.nth(0)).toBeFocused();
      await expectNameSaid(page, 'ui.home.actLabel.act-1');
      await page.clock.runFor(STEP_MS);
      await expect(tiles.nth(1)).toHaveAttribute('data-scan', 'item');
      await expectNameSaid(page, 'ui.home.actLabel.act-2');
      await pressTheSwitch(page, 'Space');
      await page.clock.resume();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.act);
    });
  }
}

test('the names scanning says never stop the page narration', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?scanningByDefault=true&scanStepSeconds=1.5');
  // A direct touch acts on what was touched, scanning or not.
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  // Recorded from before the press, since the narration may start before the screen is drawn (the act screen
  // marks no word).
  const spokenWords = await recordSpokenWords(page.locator('body'));
  await page.getByRole('button', { name: 'WeTechCare et CLICNJOB', exact: true }).click();
  await expect.poll(spokenWords, { timeout: 20_000 }).toContain('association.');
  // Scanning waits while the page speaks…
  await expect(page.locator('[data-scan]')).toHaveCount(0);
  // …but the switch, pressed while the page speaks, starts it at once: names are said over the narration,
  await page.keyboard.press('Space');
  await expect(page.locator('[data-scan]').first()).toBeVisible();
  await expect.poll(() => spokenNames(page), { timeout: 20_000 }).toContain('ui.groups.sections');
  await expect.poll(async () => (await spokenNames(page)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  // which waits for each name and goes on where it was: more words are marked after the names.
  const heardBefore = (await spokenWords()).length;
  await expect.poll(async () => (await spokenWords()).length, { timeout: 20_000 }).toBeGreaterThan(heardBefore + 3);
  expect((await narrations(page)).filter((key) => key === 'item.wetechcare.easy'), 'the text was never started over').toHaveLength(1);
});

test('scanning speech is not activity: the idle warning comes, and the switch answers it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await page.goto('/?scanningByDefault=true&scanStepSeconds=1&idleTimeoutSeconds=15&idleWarningSeconds=60');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les 4 actes');
  // Scanning is going, group after group, saying their names… (time moves by less than a step at each look: by
  // a whole step, every look could fall on the same one of the two groups)
  const controls = page.getByRole('navigation').getByRole('button');
  await expect(async () => {
    await page.clock.fastForward(300);
    await expect(controls.first()).toHaveAttribute('data-scan', 'group', { timeout: 200 });
  }).toPass({ timeout: 30_000 });
  // …and that is not a visitor's activity: the idle warning still comes.
  const warning = await waitForIdleWarning(page, 'Êtes-vous encore là ?');
  // In the warning, scanning reaches its one button; the switch keeps the visit going.
  const imHere = warning.getByRole('button', { name: 'Je suis là' });
  await expect(async () => {
    await page.clock.fastForward(300);
    await expect(imHere).toHaveAttribute('data-scan', 'item', { timeout: 200 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les 4 actes');
});

test('a direct touch acts on what was touched; a touch beside the buttons is the switch, on release', async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.install();
  await page.goto('/?scanningByDefault=true&scanStepSeconds=3');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  const tiles = page.getByRole('main').getByRole('listitem').getByRole('button');
  await expect(tiles.first()).toHaveAttribute('data-scan', 'group', { timeout: 20_000 });
  // The clock stopped on the tiles' group, so that it is still the one highlighted when the finger is lifted.
  await stopTheClockOn(page, tiles.first(), 'group');
  // A touch on the heading (no button there) enters the highlighted group, as the switch would: when the finger
  // is lifted, not when it goes down (WCAG 2.5.2).
  const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  await page.mouse.move(heading.x + heading.width / 2, heading.y + heading.height / 2);
  await page.mouse.down();
  // A press is handled as it comes and drawn in the next frame (frames run on the stopped clock): a few frames
  // later, nothing has been entered.
  await page.clock.runFor(50);
  await expect(page.locator('[data-scan="item"]')).toHaveCount(0);
  await page.mouse.up();
  await page.clock.runFor(1);
  await expect(tiles.first()).toHaveAttribute('data-scan', 'item');
  await page.clock.resume();
  // A touch on act 3, while act 1 is highlighted, opens act 3.
  await page.getByRole('button', { name: /^Acte 3 : / }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Acte 3 : /);
});

test('a venue may scan every button in turn instead of groups', async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.install();
  await page.goto('/?scanningByDefault=true&scanStepSeconds=1&scanMode=items');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  const tiles = page.getByRole('main').getByRole('listitem').getByRole('button');
  await expect(tiles.nth(0)).toHaveAttribute('data-scan', 'item', { timeout: 20_000 });
  // Step by step on the stopped clock, so that no highlight passes between two looks.
  await stopTheClockOn(page, tiles.nth(0), 'item');
  await page.clock.runFor(1_000);
  await expect(tiles.nth(1)).toHaveAttribute('data-scan', 'item');
  await expect(page.locator('[data-scan="group"]')).toHaveCount(0);
  await page.clock.resume();
});

test('the scanning highlight and the focus ring are two colours, and the ring stands out around a tile', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  // The new screen is drawn and focus is on its heading: the next Tab goes from there.
  await expectScreen(page, 'home');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  const act1 = page.getByRole('button', { name: /^Acte 1 : / });
  await expect(act1).toBeFocused();
  const ring = await act1.evaluate((tile) => ({ ring: getComputedStyle(tile).outlineColor, border: getComputedStyle(tile).borderTopColor, page: getComputedStyle(document.body).backgroundColor }));
  expect(ring.ring, 'the ring is not the colour of the tile border').not.toBe(ring.border);
  // The ring is drawn outside the tile, over the page background: that is where it must stand out.
  expect(contrast(ring.ring, ring.page)).toBeGreaterThanOrEqual(3);

  await page.goto('/?scanningByDefault=true&scanStepSeconds=1');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  const tiles = page.getByRole('main').getByRole('listitem').getByRole('button');
  await expect(tiles.first()).toHaveAttribute('data-scan', 'group', { timeout: 20_000 });
  // The switch enters the tiles' group, the clock stopped so that the highlight stays put while it is read.
  await stopTheClockOn(page, tiles.first(), 'group');
  await pressTheSwitch(page, 'Space');
  await expect(tiles.first()).toHaveAttribute('data-scan', 'item');
  const scan = await tiles.first().evaluate((tile) => ({ colour: getComputedStyle(tile).outlineColor, width: parseFloat(getComputedStyle(tile).outlineWidth) }));
  await page.clock.resume();
  expect(scan.colour).not.toBe(ring.ring);
  expect(scan.colour).not.toBe(ring.border);
  expect(contrast(scan.colour, ring.page)).toBeGreaterThanOrEqual(3);
  expect(scan.width).toBeGreaterThanOrEqual(8);
});

function luminance(colour: string): number {
  const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
