/**
 * Pictures that carry the meaning: each fills most of its tile, stands out from its light plate (3:1, WCAG
 * 1.4.11), and each act's colour follows it from its tile to its screen and its initiatives.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectScreen, KIOSK_VIEWPORTS, pressForNewScreen, test } from './fixtures';

const LANGUAGES = [
  { code: 'fr', name: 'Français', act: (n: number) => new RegExp(`^Acte ${n} : `), home: 'Accueil' },
  { code: 'ar', name: 'العربية', act: (n: number) => new RegExp(`^الفصل ${n}`), home: 'الصفحة الرئيسية' },
] as const;

/** The side of the drawn picture (square, contained in its box) and of the tile around it. */
async function pictureSizes(tiles: Locator) {
  return tiles.evaluateAll((buttons) =>
    buttons.map((button) => {
      const tile = button.getBoundingClientRect();
      const image = button.querySelector('img')!.getBoundingClientRect();
      return { name: button.getAttribute('aria-label'), picture: Math.min(image.width, image.height), tileWidth: tile.width, tileHeight: tile.height };
    }),
  );
}

const tilesOf = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('button');

for (const viewport of KIOSK_VIEWPORTS) {
  for (const language of LANGUAGES) {
    test(`each picture fills most of its tile (${language.code}, ${viewport.width}×${viewport.height})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(viewport);
      await page.goto('/');
      await page.getByRole('button', { name: language.name, exact: true }).click();
      await expectScreen(page, 'home');
      const report: string[] = [];
      const home = await pictureSizes(tilesOf(page));
      expect(home).toHaveLength(4);
      for (const tile of home) {
        report.push(`home ${tile.name}: picture ${tile.picture.toFixed(0)} px in a ${tile.tileWidth.toFixed(0)}×${tile.tileHeight.toFixed(0)} tile`);
        // Most of the tile: the picture is at least 70 % of the tile's narrower side.
        expect(tile.picture / Math.min(tile.tileWidth, tile.tileHeight), `${tile.name}`).toBeGreaterThanOrEqual(0.7);
        if (viewport.width === 1920) expect(tile.picture, `${tile.name} at 1920×1080`).toBeGreaterThanOrEqual(240);
      }
      for (const number of [1, 2, 3, 4]) {
        await page.getByRole('button', { name: language.act(number) }).click();
        // The act's screen is drawn just after its sound starts: measure it, not the screen it replaces.
        await expectScreen(page, `act/act-${number}`);
        const tiles = await pictureSizes(tilesOf(page));
        expect(tiles.length, `act ${number}: its tiles`).toBeGreaterThan(1);
        for (const tile of tiles) {
          report.push(`act ${number} ${tile.name}: picture ${tile.picture.toFixed(0)} px in a ${tile.tileWidth.toFixed(0)}×${tile.tileHeight.toFixed(0)} tile`);
          expect(tile.picture / Math.min(tile.tileWidth, tile.tileHeight), `${tile.name}`).toBeGreaterThanOrEqual(0.5);
          expect(tile.picture, `${tile.name}`).toBeGreaterThanOrEqual(150);
        }
        await page.getByRole('button', { name: language.home }).click();
        await expectScreen(page, 'home');
      }
      console.log(`${language.code} ${viewport.width}×${viewport.height}\n  ${report.join('\n  ')}`);
    });
  }
}

test('every picture stands out from what is behind it: its outline at 3:1 all round', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  /** Each picture on screen with the colour behind it: the light plate of a tile, or a button's background. */
  const pictures = new Map<string, string>();
  const screensSeen: string[] = [];
  /** Reads the pictures of the screen with this marker, once it is drawn, and of the control bar. */
  const collect = async (marker: string) => {
    await expectScreen(page, marker);
    screensSeen.push(marker);
    const found = await page.locator('img').evaluateAll((images) =>
      images.map((image) => {
        let element: Element | null = image;
        let background = 'rgb(0, 0, 0)';
        while (element) {
          const colour = getComputedStyle(element).backgroundColor;
          if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
            background = colour;
            break;
          }
          element = element.parentElement;
        }
        return { src: (image as HTMLImageElement).src, background, attached: image.isConnected };
      }),
    );
    expect(found.length, `${marker}: pictures found`).toBeGreaterThan(0);
    for (const { src, background, attached } of found) {
      expect(attached, `${marker}: ${src} still on the page when measured`).toBe(true);
      expect(background, `${marker}: the colour behind ${src}`).toMatch(/^rgba?\(\d+, \d+, \d+(, [\d.]+)?\)$/);
      pictures.set(`${src} ${background}`, background);
    }
  };
  await collect('home');
  const acts = [1, 2, 3, 4];
  for (const number of acts) {
    await page.getByRole('button', { name: new RegExp(`^Acte ${number} : `) }).click();
    await collect(`act/act-${number}`);
    await collect(await pressForNewScreen(page.getByRole('main').getByRole('listitem').getByRole('button').nth(1)));
    await page.getByRole('button', { name: 'Accueil' }).click();
    await expectScreen(page, 'home');
  }
  await page.getByRole('button', { name: 'Réglages' }).click();
  await collect('settings');
  expect(screensSeen.filter((marker) => marker.startsWith('act/')), 'every act measured').toEqual(acts.map((n) => `act/act-${n}`));
  expect(screensSeen.filter((marker) => marker.startsWith('item/')), 'one initiative of every act measured').toHaveLength(4);
  const measured = await page.evaluate(async (entries) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (r: number, g: number, b: number) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const SIZE = 192;
    const results: { name: string; background: string; edge: number; pixels: number }[] = [];
    for (const [key, background] of entries) {
      const source = key.slice(0, key.indexOf(' '));
      const [br, bg, bb] = (background.match(/\d+/g) ?? []).map(Number);
      const backgroundLuminance = luminance(br!, bg!, bb!);
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = SIZE;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, SIZE, SIZE);
      const { data } = context.getImageData(0, 0, SIZE, SIZE);
      const opaque = (x: number, y: number) => x >= 0 && y >= 0 && x < SIZE && y < SIZE && data[(y * SIZE + x) * 4 + 3]! >= 128;
      const contrasts = (x: number, y: number) => {
        const i = (y * SIZE + x) * 4;
        const alpha = data[i + 3]! / 255;
        const mix = (value: number, under: number) => value * alpha + under * (1 - alpha);
        const l = luminance(mix(data[i]!, br!), mix(data[i + 1]!, bg!), mix(data[i + 2]!, bb!));
        return (Math.max(l, backgroundLuminance) + 0.05) / (Math.min(l, backgroundLuminance) + 0.05) >= 3;
      };
      let drawn = 0;
      let strong = 0;
      let edge = 0;
      let strongEdge = 0;
      for (let y = 0; y < SIZE; y++) {
        for (let x = 0; x < SIZE; x++) {
          if (!opaque(x, y)) continue;
          drawn++;
          const ok = contrasts(x, y);
          if (ok) strong++;
          // The rim of the picture's silhouette: what lets its shape be seen against what is behind.
          if (!opaque(x - 1, y) || !opaque(x + 1, y) || !opaque(x, y - 1) || !opaque(x, y + 1)) {
            edge++;
            if (ok) strongEdge++;
          }
        }
      }
      results.push({ name: decodeURIComponent(source.slice(source.lastIndexOf('/') + 1)).replace(/-[\w-]{8}\.svg$/, ''), background, edge: strongEdge / edge, pixels: strong / drawn });
    }
    return results;
  }, [...pictures.entries()]);
  measured.sort((a, b) => a.pixels - b.pixels);
  console.log(`picture, behind it, its rim at 3:1, all its pixels at 3:1:\n  ${measured.map((m) => `${m.name} on ${m.background}: rim ${(m.edge * 100).toFixed(0)} %, pixels ${(m.pixels * 100).toFixed(0)} %`).join('\n  ')}`);
  expect(measured.length).toBeGreaterThan(40);
  for (const { name, background, edge } of measured) expect(edge, `${name} on ${background}`).toBeGreaterThanOrEqual(0.9);
});

test("each act's colour follows it from its tile to its screen and its initiatives", async ({ page }) => {
  // Four acts and their initiatives, each screen waited for: more than the default 30 s on a loaded machine.
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expectScreen(page, 'home');
  const colours = new Set<string>();
  for (const number of [1, 2, 3, 4]) {
    const act = page.getByRole('button', { name: new RegExp(`^Acte ${number} : `) });
    const colour = await act.evaluate((tile) => getComputedStyle(tile).borderTopColor);
    colours.add(colour);
    await act.click();
    const actScreen = await expectScreen(page, `act/act-${number}`);
    await expect(actScreen.locator('.act-header')).toHaveCSS('border-bottom-color', colour);
    const tiles = await actScreen.getByRole('listitem').getByRole('button').all();
    expect(tiles.length, `act ${number}: its tiles`).toBeGreaterThan(1);
    for (const tile of tiles) await expect(tile).toHaveCSS('border-top-color', colour);
    await tilesOf(page).nth(1).click();
    await expect(page.locator('[data-screen^="item/"] .item-plate')).toHaveCSS('border-top-color', colour);
    await page.getByRole('button', { name: 'Accueil' }).click();
    await expectScreen(page, 'home');
  }
  expect(colours.size, 'four acts, four colours').toBe(4);
});
