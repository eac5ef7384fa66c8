/**
 * Pictures a visitor who cannot read can tell apart: a visitor finds an initiative again by its picture, so no
 * two acts or initiatives may look alike, whatever their badges. Each picture is drawn by Chromium, the kiosk's
 * renderer, on its light plate, and measured by a perceptual hash; two pictures closer than THRESHOLD fail.
 *
 * The measure: a 64-bit difference hash (dHash). The picture is drawn at 288×288 px on the plate's colour, made
 * grey (luma), averaged down to 9 columns × 8 rows; each bit says whether a cell is brighter than its right-hand
 * neighbour. Two pictures' distance is the number of bits that differ (0: the same shape, 64: none alike). It
 * compares shapes and light, not colours: a visitor who sees few colours still tells the pictures apart.
 *
 * Each composed picture ("main-plus-badge") is also measured by its main emoji alone: a badge moves the hash of
 * a whole picture by 16 to 33 bits, so two pictures with one main shape and different badges could pass as
 * whole pictures, yet a visitor sees the same picture twice. Every pair of items is compared picture to
 * picture, picture to main emoji and main emoji to main emoji.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { mainEmoji, pictogramSvg } from '../../scripts/pictogram-svg';
import { expect, test } from './fixtures';

/**
 * Chosen from the measures (Chromium 150, Fluent Emoji Flat 1.2.6): pictures a visitor takes for one another
 * measure at most 8 bits apart (one main emoji with two badges: 0 to 4; two people of the same pose, a person
 * at a laptop and an office worker: 6, a student and an office worker: 8); pictures of plainly different things
 * at least 10 (a phone and a pair of scales, the closest such pair before issue 20; a graduation cap and a
 * backpack, the closest after it). 9 lies between the two: a pair 8 bits apart or closer fails. The pictures
 * before issue 20 fail it 4 times (6 to 8 bits: the people, and the phone and the student with a briefcase).
 */
const THRESHOLD = 9;
/** The light plate every tile draws its picture on (--plate in styles.css). */
const PLATE = '#fff8e7';

interface Drawn {
  label: string;
  svg: string;
}

/** The 64-bit dHash of each SVG, as drawn by the page's Chromium on the plate. */
async function differenceHashes(page: Page, pictures: readonly Drawn[]): Promise<string[]> {
  const grids = await page.evaluate(
    async ({ svgs, plate }) => {
      const SIZE = 288;
      const COLUMNS = 9;
      const ROWS = 8;
      const result: number[][] = [];
      for (const svg of svgs) {
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = SIZE;
        const context = canvas.getContext('2d')!;
        context.fillStyle = plate;
        context.fillRect(0, 0, SIZE, SIZE);
        context.drawImage(image, 0, 0, SIZE, SIZE);
        const { data } = context.getImageData(0, 0, SIZE, SIZE);
        const grid: number[] = [];
        for (let row = 0; row < ROWS; row++) {
          for (let column = 0; column < COLUMNS; column++) {
            let sum = 0;
            let count = 0;
            for (let y = Math.floor((row * SIZE) / ROWS); y < Math.floor(((row + 1) * SIZE) / ROWS); y++) {
              for (let x = Math.floor((column * SIZE) / COLUMNS); x < Math.floor(((column + 1) * SIZE) / COLUMNS); x++) {
                const i = (y * SIZE + x) * 4;
                sum += 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
                count++;
              }
            }
            grid.push(sum / count);
          }
        }
        result.push(grid);
      }
      return result;
    },
    { svgs: pictures.map((picture) => picture.svg), plate: PLATE },
  );
  return grids.map((grid) => {
    let bits = '';
    for (let row = 0; row < 8; row++) for (let column = 0; column < 8; column++) bits += grid[row * 9 + column]! > grid[row * 9 + column + 1]! ? '1' : '0';
    return bits;
  });
}

const distance = (a: string, b: string) => [...a].filter((bit, index) => bit !== b[index]).length;

/** An emoji of the set drawn as the pictograms script draws it. */
function emoji(name: string): string {
  const svg = pictogramSvg(name);
  if (!svg) throw new Error(`${name}: not in Fluent Emoji Flat`);
  return svg;
}

const structure = JSON.parse(readFileSync(path.join('assets', 'content', 'programme.json'), 'utf8')) as {
  acts: { id: string; pictogram: string }[];
  initiatives: { id: string; pictogram: string }[];
};

/** Each act and initiative: its picture as shipped, and its main emoji alone when the picture has a badge. */
function itemPictures(): { item: string; drawn: Drawn[] }[] {
  return [...structure.acts, ...structure.initiatives].map(({ id, pictogram }) => {
    const drawn: Drawn[] = [{ label: pictogram, svg: readFileSync(path.join('assets', 'pictograms', `${pictogram}.svg`), 'utf8') }];
    const main = mainEmoji(pictogram);
    if (main !== pictogram) drawn.push({ label: `${main} alone`, svg: emoji(main) });
    return { item: id, drawn };
  });
}

test.beforeEach(async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><title>Picture likeness</title></html>');
});

test('the measure puts pictures a visitor takes for one another under the threshold', async ({ page }) => {
  /**
   * One main shape with different badges (two voice speeds), and two people of the same pose. A plain picture
   * and the same with a badge ("mouth", "mouth-plus-turtle") measure 22 bits apart: hence the main emoji alone.
   */
  const lookAlikes: [string, string][] = [
    ['mouth-plus-turtle', 'mouth-plus-rabbit'],
    ['student-plus-briefcase', 'student-plus-round-pushpin'],
    ['office-worker-plus-briefcase', 'office-worker-plus-handshake'],
    ['technologist', 'office-worker'],
    ['student', 'office-worker'],
  ];
  const names = [...new Set(lookAlikes.flat())];
  const hashes = await differenceHashes(page, names.map((name) => ({ label: name, svg: emoji(name) })));
  const hashOf = new Map(names.map((name, index) => [name, hashes[index]!]));
  const measured = lookAlikes.map(([a, b]) => ({ pair: `${a} ~ ${b}`, bits: distance(hashOf.get(a)!, hashOf.get(b)!) }));
  console.log(`look-alikes, dHash distance:\n  ${measured.map(({ pair, bits }) => `${bits} ${pair}`).join('\n  ')}`);
  for (const { pair, bits } of measured) expect(bits, pair).toBeLessThan(THRESHOLD);
});

test('every act and initiative has a picture, and a main emoji, that looks like no other', async ({ page }) => {
  const items = itemPictures();
  const flat = items.flatMap(({ item, drawn }) => drawn.map((picture) => ({ item, ...picture })));
  const hashes = await differenceHashes(page, flat);
  // A picture drawn blank or in one tone would hash to all zeros and make the measure meaningless.
  for (const [index, picture] of flat.entries()) expect(hashes[index], `${picture.label}: drawn`).not.toMatch(/^0+$/);
  const pairs: { pair: string; bits: number }[] = [];
  for (let i = 0; i < flat.length; i++) {
    for (let j = i + 1; j < flat.length; j++) {
      if (flat[i]!.item === flat[j]!.item) continue;
      pairs.push({ pair: `${flat[i]!.item} (${flat[i]!.label}) ~ ${flat[j]!.item} (${flat[j]!.label})`, bits: distance(hashes[i]!, hashes[j]!) });
    }
  }
  pairs.sort((a, b) => a.bits - b.bits);
  console.log(`${items.length} items, ${pairs.length} pairs; the closest (dHash distance, threshold ${THRESHOLD}):\n  ${pairs
    .slice(0, 8)
    .map(({ pair, bits }) => `${bits} ${pair}`)
    .join('\n  ')}`);
  expect(items).toHaveLength(23);
  expect(pairs.filter(({ bits }) => bits < THRESHOLD).map(({ pair, bits }) => `${bits} bits: ${pair}`), 'pictures closer than the threshold').toEqual([]);
});
