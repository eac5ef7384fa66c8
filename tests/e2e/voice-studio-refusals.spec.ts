/**
 * Takes the voice studio refuses, with the reason, before they can be kept: Chromium hears a file of silence,
 * or one of sound flattened at full scale, as its microphone (tests/e2e/fake-microphone.ts; one project each).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { menuButton, PIN, setPreviewPin, typePin, ui } from './facilitator-helpers';

const studio = ui.studio;

async function recordOneLine(page: Page) {
  await page.goto('/');
  await setPreviewPin(page);
  await page.keyboard.press('Control+Alt+Shift+KeyA');
  await typePin(page, PIN);
  await menuButton(page, ui.facilitator.menu.voice).click();
  await page.getByRole('combobox', { name: studio.group }).selectOption({ label: studio.groupLexicon });
  const line = page.getByRole('article', { name: `${studio.field.explanation} – numérique` }).getByRole('listitem');
  await line.getByRole('button', { name: studio.record, exact: true }).click();
  await expect(line.getByText(studio.recording)).toBeVisible({ timeout: 20_000 });
  return line;
}

test('a take of silence is refused, with the reason, and cannot be kept', async ({ page }) => {
  test.setTimeout(90_000);
  const line = await recordOneLine(page);
  // Nothing is heard, so nothing ends the take by itself: the facilitator stops it.
  await line.getByRole('button', { name: studio.stop, exact: true }).click();
  await expect(line.getByText(studio.problem.silent)).toBeVisible({ timeout: 30_000 });
  await expect(line.getByRole('button', { name: studio.keep })).toHaveCount(0);
  await expect(line.getByRole('button', { name: studio.redo, exact: true })).toBeVisible();
  await expect(line.getByText(studio.status.synthesised, { exact: true })).toBeVisible();
});

test('a clipped take is refused, with the reason, and cannot be kept', async ({ page }) => {
  test.setTimeout(90_000);
  const line = await recordOneLine(page);
  await expect(line.getByText(studio.problem.clipped)).toBeVisible({ timeout: 30_000 });
  await expect(line.getByRole('button', { name: studio.keep })).toHaveCount(0);
  await expect(line.getByText(studio.status.synthesised, { exact: true })).toBeVisible();
});
