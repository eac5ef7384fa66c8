/**
 * The facilitator mode and the workshop with a keyboard or a screen reader: focus on each new view's heading,
 * the PIN typed on the keyboard with one announcement per digit.
 */
import type { Page } from '@playwright/test';
import { expect, expectScreen, test } from './fixtures';
import { menuButton, PIN, setPreviewPin, ui } from './facilitator-helpers';

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
  await expect(page.getByRole('heading', { level: 1, name: ui.facilitator.menu.title })).toBeFocused({ timeout: 10_000 });
});
