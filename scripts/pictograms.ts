/**
 * Copies the pictograms the kiosk uses from the Fluent Emoji Flat set (MIT, installed from npm) into
 * assets/pictograms/ as SVG files, so nothing is fetched at run time. Run after adding a pictogram name to
 * the content or the controls: `npm run pictograms`.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getIconData, iconToHTML, iconToSVG, replaceIDs } from '@iconify/utils';
import icons from '@iconify-json/fluent-emoji-flat/icons.json' with { type: 'json' };
import { CONTROL_PICTOGRAMS } from '../domain/controls/control-pictograms';

const OUT_DIR = 'assets/pictograms';
const structure = JSON.parse(readFileSync('assets/content/programme.json', 'utf8')) as {
  acts: { pictogram: string }[];
  initiatives: { pictogram: string }[];
  lexicon: { pictogram: string }[];
};
const names = new Set([...structure.acts, ...structure.initiatives, ...structure.lexicon].map((item) => item.pictogram));
for (const name of Object.values(CONTROL_PICTOGRAMS)) names.add(name);

mkdirSync(OUT_DIR, { recursive: true });
for (const file of readdirSync(OUT_DIR)) if (file.endsWith('.svg') && !names.has(file.slice(0, -4))) rmSync(path.join(OUT_DIR, file));

const missing: string[] = [];
for (const name of [...names].sort()) {
  const data = getIconData(icons, name);
  if (!data) {
    missing.push(name);
    continue;
  }
  const svg = iconToSVG(data, { height: 'auto' });
  const html = iconToHTML(replaceIDs(svg.body), svg.attributes);
  writeFileSync(path.join(OUT_DIR, `${name}.svg`), `${html}\n`);
}
if (missing.length > 0) {
  console.error(`Not in Fluent Emoji Flat: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`${names.size} pictograms written to ${OUT_DIR}`);
