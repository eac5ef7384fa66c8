/**
 * The facilitator mode and the workshop with a keyboard or a screen reader: focus on each new view's heading,
 * the PIN typed on the keyboard with one announcement per digit.
 */
import type { Page } from '@playwright/test';
import { expect, expectScreen, test } from './fixtures';
import { PIN, enterFacilitatorMode, menuButton, setPreviewPin, startActOneWorkshop, ui, uiOf } from './facilitator-helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

/** Focus is on the new view's level-1 heading, with this name: a screen reader says where the facilitator is. */
async function expectHeadingFocused(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
}

test('focus goes to the heading of every facilitator and workshop view, and back to the visitor screen after "Annuler"', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await setPreviewPin(page);
  await page.keyboard.press('Control+Alt+Shift+KeyA');
  await expectHeadingFocused(page, ui.facilitator.pin.title);
  await page.getByRole('button', { name: ui.facilitator.pin.cancel }).click();
  await expectScreen(page, 'attract');
  await expectHeadingFocused(page, /.+/);

  await page.keyboard.press('Control+Alt+Shift+KeyA');
  await expectHeadingFocused(page, ui.facilitator.pin.title);
  await page.keyboard.type(PIN);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, ui.facilitator.menu.title);
  const sections = [
    [ui.facilitator.menu.settings, ui.facilitator.menu.settings],
    [ui.facilitator.menu.usage, ui.facilitator.usage.title],
    [ui.facilitator.menu.contentCheck, ui.facilitator.check.title],
    [ui.facilitator.menu.workshop, ui.facilitator.menu.workshop],
  ];
  for (const [button, heading] of sections) {
    await menuButton(page, button!).click();
    await expectHeadingFocused(page, heading!);
    if (button !== ui.facilitator.menu.workshop) {
      await page.getByRole('button', { name: ui.facilitator.menu.title }).click();
      await expectHeadingFocused(page, ui.facilitator.menu.title);
    }
  }
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await menuButton(page, ui.facilitator.workshop.start).click();
  await expectHeadingFocused(page, /^Et vous, /);
  const first = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('button', { name: ui.workshop.next }).click();
  await expectHeadingFocused(page, /^Et vous, /);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(first!);
  await page.getByRole('button', { name: ui.workshop.questions }).click();
  await expectHeadingFocused(page, ui.workshop.questions);
  await page.getByRole('button', { name: ui.workshop.backToWorkshop }).click();
  await expectHeadingFocused(page, /^Et vous, /);
  await page.getByRole('button', { name: ui.workshop.openItem }).click();
  await expectHeadingFocused(page, 'WeTechCare et CLICNJOB');
  await page.getByRole('button', { name: ui.workshop.backToWorkshop }).click();
  await expectHeadingFocused(page, /^Et vous, /);
});

test('the PIN is typed with the digit keys, Backspace and Enter; each change is announced once, in the right plural', async ({ page }) => {
  await page.goto('/');
  await setPreviewPin(page);
  await page.keyboard.press('Control+Alt+Shift+KeyA');
  const pad = page.getByRole('region', { name: ui.facilitator.pin.title });
  await expect(pad.getByRole('heading', { level: 1 })).toBeFocused();
  // One live region says the count; the dots are hidden from it, and no label repeats it.
  const count = pad.getByRole('status');
  await expect(count).toHaveCount(1);
  await expect(count).toHaveText('0 chiffre tapé');
  await expect(count).not.toHaveAttribute('aria-label');
  await expect(pad.locator('[aria-live], [role="status"], [role="alert"]')).toHaveCount(1);
  await page.keyboard.press('2');
  await expect(count).toHaveText('1 chiffre tapé');
  await page.keyboard.press('9');
  await expect(count).toHaveText('2 chiffres tapés');
  await page.keyboard.press('Backspace');
  await expect(count).toHaveText('1 chiffre tapé');
  // The number pad's keys type digits too.
  await page.keyboard.press('Numpad4');
  await page.keyboard.type('68');
  await expect(count).toHaveText('4 chiffres tapés');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ui.facilitator.menu.title })).toBeFocused({ timeout: 30_000 });
});

test('a refused setting is said in the facilitator\'s language beside its field, which is marked invalid and gets focus; Enter in a field saves', async ({ page }) => {
  await page.goto('/');
  await setPreviewPin(page);
  await enterFacilitatorMode(page);
  await menuButton(page, ui.facilitator.menu.settings).click();
  const field = (name: string) => page.getByRole('spinbutton', { name, exact: true });
  const warning = field(ui.facilitator.settings.idleWarningSeconds);
  const workshop = field(ui.facilitator.settings.workshopMaxMinutes);
  await workshop.fill('1');
  await warning.fill('1');
  // Enter in a field submits the form; the first field refused, in the form's order, takes focus.
  await workshop.press('Enter');
  await expect(page.getByRole('alert')).toContainText(ui.facilitator.settings.refused);
  await expect(warning).toBeFocused();
  await expect(warning).toHaveAttribute('aria-invalid', 'true');
  await expect(warning).toHaveAccessibleDescription('Un nombre de 20 à 300.');
  await expect(workshop).toHaveAttribute('aria-invalid', 'true');
  await expect(workshop).toHaveAccessibleDescription('Un nombre de 15 à 480.');
  await expect(field(ui.facilitator.settings.idleTimeoutSeconds)).not.toHaveAttribute('aria-invalid');
  await expect(page.getByRole('alert')).not.toContainText('must be');
  await expect(page.getByRole('alert').locator('[lang="en"]')).toHaveCount(0);

  await warning.fill('25');
  await workshop.fill('60');
  await workshop.press('Enter');
  await expect(page.getByRole('status')).toHaveText(ui.facilitator.settings.saved);
  await expect(warning).not.toHaveAttribute('aria-invalid');
});

test('in Arabic, the reason is Arabic', async ({ page }) => {
  const ar = uiOf('ar');
  await page.goto('/');
  await setPreviewPin(page);
  await page.getByRole('button', { name: ar.language.name, exact: true }).click();
  await enterFacilitatorMode(page, ar);
  await menuButton(page, ar.facilitator.menu.settings).click();
  const idle = page.getByRole('spinbutton', { name: ar.facilitator.settings.idleTimeoutSeconds, exact: true });
  await idle.fill('5');
  await idle.press('Enter');
  await expect(idle).toBeFocused();
  await expect(idle).toHaveAccessibleDescription('عدد من 15 إلى 3600.');
});

test('the session warns before it ends; "Je suis là" keeps it open on the host too; unsaved settings are kept when it ends', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await setPreviewPin(page);
  await enterFacilitatorMode(page);
  await menuButton(page, ui.facilitator.menu.settings).click();
  const idle = page.getByRole('spinbutton', { name: ui.facilitator.settings.idleTimeoutSeconds, exact: true });
  await idle.fill('20');

  // 10 minutes after the last touch the session ends: the warning comes at least 60 s before, with the time left.
  await page.clock.runFor(8 * 60_000 + 40_000);
  const warning = page.getByRole('alertdialog', { name: ui.idle.stillThere });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/\b[6-8]\d\b/);
  await expect(warning.getByRole('button', { name: ui.idle.imHere })).toBeFocused();
  await warning.getByRole('button', { name: ui.idle.imHere }).click();
  await expect(warning).toHaveCount(0);
  // 13 minutes after the PIN: the host's session was kept open too, so the settings are saved.
  await page.clock.runFor(5 * 60_000);
  await menuButton(page, ui.facilitator.settings.save).click();
  await expect(page.getByRole('status')).toHaveText(ui.facilitator.settings.saved);

  // A change left unsaved when the session ends is there, and said to be unsaved, when the facilitator comes back.
  await idle.fill('45');
  await page.clock.runFor(10 * 60_000 + 2_000);
  await expect(page.getByRole('heading', { name: ui.facilitator.menu.settings })).toHaveCount(0);
  await enterFacilitatorMode(page);
  await menuButton(page, ui.facilitator.menu.settings).click();
  await expect(idle).toHaveValue('45');
  await expect(page.getByText(/pas encore enregistrés/)).toBeVisible();
  await menuButton(page, ui.facilitator.settings.save).click();
  await expect(page.getByRole('status')).toHaveText(ui.facilitator.settings.saved);
  await expect(page.getByText(/pas encore enregistrés/)).toHaveCount(0);
});

/** WCAG contrast ratio of two computed colours ("rgb(…)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

test('"Terminer l\'atelier" asks first, in a dialog that holds focus; Escape keeps the workshop and focus comes back; its picture is a stop sign', async ({ page }) => {
  await startActOneWorkshop(page);
  const bar = page.getByRole('navigation');
  const end = bar.getByRole('button', { name: ui.workshop.end });
  // Every picture of the bar is its own, and ending is a stop sign, not the check mark of "C'est compris".
  const pictures = await bar.getByRole('button').locator('img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
  expect(new Set(pictures).size).toBe(pictures.length);
  await expect(end.locator('img')).toHaveAttribute('src', /stop-sign/);

  await end.click();
  const dialog = page.getByRole('alertdialog', { name: ui.workshop.end });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: ui.workshop.backToWorkshop })).toBeFocused();
  // Tab goes round inside the dialog.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: ui.workshop.end })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: ui.workshop.backToWorkshop })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(end).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Et vous, /);

  await end.click();
  await dialog.getByRole('button', { name: ui.workshop.end }).click();
  await expect(page.getByRole('complementary', { name: ui.workshop.inProgress })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Français', exact: true })).toBeVisible();
});

test('the workshop reads from 3 m, and its marker has a visible ring and a full-size button, in both themes', async ({ page }) => {
  await startActOneWorkshop(page);
  const px = (value: string) => parseFloat(value);
  expect(px(await page.getByText(/^Question 1 sur 6 · /).evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(40);
  for (const label of await page.getByRole('navigation').locator('.button-label').all()) expect(px(await label.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(32);

  await page.getByRole('button', { name: ui.workshop.openItem }).click();
  const marker = page.getByRole('complementary', { name: ui.workshop.inProgress });
  const back = marker.getByRole('button', { name: ui.workshop.backToWorkshop });
  expect((await back.boundingBox())!.height).toBeGreaterThanOrEqual(88);
  for (const theme of ['normal', 'high']) {
    await page.evaluate((value) => (document.documentElement.dataset.contrast = value), theme);
    await back.focus();
    await page.keyboard.press('Shift');
    expect(await back.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
    const ring = await back.evaluate((element) => getComputedStyle(element).outlineColor);
    const around = await marker.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(contrast(ring, around), `${theme}: ring ${ring} on ${around}`).toBeGreaterThanOrEqual(3);
  }
});

test('a <main> is a Tab stop only while it scrolls', async ({ page }) => {
  await page.goto('/');
  await setPreviewPin(page);
  const main = page.getByRole('main');
  const expectTabStopOnlyIfScrolls = (where: string, scrolls: boolean) =>
    expect
      .poll(async () => main.evaluate((element) => ({ scrolls: element.scrollHeight > element.clientHeight, tabStop: element.getAttribute('tabindex') === '0' })), { message: where })
      .toEqual({ scrolls, tabStop: scrolls });
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expectScreen(page, 'home');
  await expectTabStopOnlyIfScrolls('home', false);
  await page.keyboard.press('Control+Alt+Shift+KeyA');
  // The pad first (its chunk may still be loading): digits typed before it is drawn go nowhere.
  await expectHeadingFocused(page, ui.facilitator.pin.title);
  await page.keyboard.type(PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ui.facilitator.menu.title })).toBeFocused({ timeout: 30_000 });
  await expectTabStopOnlyIfScrolls('menu', false);
  // The workshop's choices are longer than the screen: scrolled with the keyboard.
  await menuButton(page, ui.facilitator.menu.workshop).click();
  await expectTabStopOnlyIfScrolls('workshop choices', true);
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await menuButton(page, ui.facilitator.workshop.start).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Et vous, /);
  await expectTabStopOnlyIfScrolls('workshop question', false);
  await page.getByRole('button', { name: ui.workshop.questions }).click();
  await expectTabStopOnlyIfScrolls('workshop questions', true);
});

test('the focus ring of an initiative\'s section buttons is whole, not cut by the side that scrolls', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await page.getByRole('button', { name: 'WeTechCare et CLICNJOB', exact: true }).click();
  await expectScreen(page, 'item/wetechcare');
  const side = page.locator('.item-side');
  for (const button of await side.locator('.section-buttons button').all()) {
    await button.focus();
    await page.keyboard.press('Shift');
    const { ring, clip } = await button.evaluate((element) => {
      const style = getComputedStyle(element);
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const box = element.getBoundingClientRect();
      const area = element.closest('.item-side')!;
      const frame = area.getBoundingClientRect();
      return {
        ring: { left: box.left - reach, right: box.right + reach, top: box.top - reach, bottom: box.bottom + reach },
        clip: { left: frame.left + area.clientLeft, right: frame.left + area.clientLeft + area.clientWidth, top: frame.top, bottom: frame.bottom },
      };
    });
    expect(ring.left).toBeGreaterThanOrEqual(clip.left);
    expect(ring.right).toBeLessThanOrEqual(clip.right);
  }
});

/** Tabs through the page and reads, for each element reached, its focus ring and the colour the ring is drawn on. */
async function ringsReachedByTab(page: Page, presses: number) {
  const rings: { name: string; style: string; width: number; ring: string; behind: string }[] = [];
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press('Tab');
    rings.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        let behind = 'rgb(0, 0, 0)';
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          const background = getComputedStyle(parent).backgroundColor;
          if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') {
            behind = background;
            break;
          }
        }
        return { name: element.getAttribute('aria-label') ?? element.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth), ring: style.outlineColor, behind };
      }),
    );
  }
  return rings;
}

async function expectRings(page: Page, where: string, presses: number) {
  for (const { name, style, width, ring, behind } of await ringsReachedByTab(page, presses)) {
    // Past the last control, Tab leaves the page for a moment: nothing of the page is focused.
    if (name === 'BODY') continue;
    expect(style, `${where}, ${name}`).not.toBe('none');
    expect(width, `${where}, ${name}`).toBeGreaterThanOrEqual(4);
    expect(contrast(ring, behind), `${where}, ${name}: ${ring} on ${behind}`).toBeGreaterThanOrEqual(3);
  }
}

test('every control of the visitor screens shows a focus ring at least 4 px wide, at 3:1 against what is around it, in both themes', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  for (const theme of ['normal', 'high']) {
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await expectScreen(page, 'home');
    await page.evaluate((value) => (document.documentElement.dataset.contrast = value), theme);
    await expectRings(page, `${theme}: home`, 14);
    await page.getByRole('button', { name: /^Acte 1 : / }).click();
    await expectScreen(page, 'act/act-1');
    await expectRings(page, `${theme}: act 1`, 16);
    await page.getByRole('button', { name: 'WeTechCare et CLICNJOB', exact: true }).click();
    await expectScreen(page, 'item/wetechcare');
    await expectRings(page, `${theme}: initiative`, 20);
    await page.goto('/');
  }
});

test('every control of the facilitator mode and the workshop shows a focus ring at least 4 px wide, at 3:1 against what is around it', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await setPreviewPin(page);
  await enterFacilitatorMode(page);
  const expectRingsHere = (where: string, presses: number) => expectRings(page, where, presses);
  await expectRingsHere('menu', 6);
  await menuButton(page, ui.facilitator.menu.settings).click();
  await expectRingsHere('settings', 14);
  await page.getByRole('button', { name: ui.facilitator.menu.title }).click();
  await menuButton(page, ui.facilitator.menu.workshop).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await menuButton(page, ui.facilitator.workshop.start).click();
  await expectRingsHere('workshop question', 5);
  await page.getByRole('button', { name: ui.workshop.end }).click();
  await expectRingsHere('end dialog', 2);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: ui.workshop.openItem }).click();
  await expectRingsHere('item during a workshop', 4);
});

test('a workshop warns before it ends by itself; "Je suis là" gives it the venue\'s time again', async ({ page }) => {
  await page.goto('/?workshopMaxMinutes=15');
  await setPreviewPin(page);
  await enterFacilitatorMode(page);
  await menuButton(page, ui.facilitator.menu.workshop).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await menuButton(page, ui.facilitator.workshop.start).click();
  const marker = page.getByRole('complementary', { name: ui.workshop.inProgress });
  const endsAt = async () => (await marker.getByRole('paragraph').textContent())!.match(/\d{2}:\d{2}/)![0];
  const first = await endsAt();
  await page.clock.runFor(13 * 60_000 + 30_000);
  const warning = page.getByRole('alertdialog', { name: ui.idle.stillThere });
  await expect(warning).toBeVisible();
  // 90 s left at most (the warning came 2 min before the end, 30 s ago), fewer as real time goes on meanwhile.
  await expect(warning).toContainText(/\b([3-8]\d|90)\b/);
  await warning.getByRole('button', { name: ui.idle.imHere }).click();
  await expect(warning).toHaveCount(0);
  await expect.poll(endsAt).not.toBe(first);
  // 14 more minutes: the group is still in its workshop, then warned again, then the kiosk is back for visitors.
  await page.clock.runFor(14 * 60_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Et vous, /);
  await expect(warning).toBeVisible();
  await page.clock.runFor(2 * 60_000);
  await expect(marker).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Français', exact: true })).toBeVisible();
});
