/** Shared steps of the facilitator end-to-end tests (browser preview: PIN, settings and counts in local storage). */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type frUi from '../../locales/fr/ui.json';
import type { Language } from '../../contract/venue-config';
import { expect } from './fixtures';

export const PIN = '2468';


/** The preview's `npm run set-pin`. */
export async function setPreviewPin(page: Page, pin: string | null = PIN) {
  type Preview = { kioskPreview?: { setPin(pin: string | null): Promise<void> } };
  await page.waitForFunction(() => (window as Preview).kioskPreview !== undefined);
  await page.evaluate((value) => (window as Preview).kioskPreview!.setPin(value), pin);
  // The app has drawn its own first screen, whose keys open the facilitator mode (the build's answers touches only).
  await expect(page.locator('html[data-booted]')).toBeAttached();
}

/** Holds a finger (the mouse) on the top-left corner for the given time, on the page's installed clock. */
export async function holdCorner(page: Page, ms: number) {
  await page.mouse.move(12, 12);
  await page.mouse.down();
  await page.clock.runFor(ms);
  await page.mouse.up();
}

/** The UI strings of a language: the facilitator mode speaks the kiosk's current language. */
export const uiOf = (language: Language) => JSON.parse(readFileSync(new URL(`../../locales/${language}/ui.json`, import.meta.url), 'utf8')) as typeof frUi;

export async function typePin(page: Page, pin: string, strings = ui) {
  const pad = page.getByRole('region', { name: strings.facilitator.pin.title });
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: strings.facilitator.pin.enter, exact: true }).click();
}

/** Entry gesture, then the PIN: the facilitator menu is shown. */
export async function enterFacilitatorMode(page: Page, strings = ui) {
  await holdCorner(page, 5_200);
  await expect(page.getByRole('heading', { name: strings.facilitator.pin.title })).toBeVisible();
  await typePin(page, PIN, strings);
  await expect(page.getByRole('heading', { name: strings.facilitator.menu.title, level: 1 })).toBeVisible({ timeout: 30_000 });
}

export const menuButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

export const ui = uiOf('fr');

/** From a fresh page: the preview PIN set, the facilitator mode entered, and a workshop of act 1 started. */
export async function startActOneWorkshop(page: Page) {
  await page.goto('/');
  await setPreviewPin(page);
  await enterFacilitatorMode(page);
  await menuButton(page, ui.facilitator.menu.workshop).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await menuButton(page, ui.facilitator.workshop.start).click();
}
