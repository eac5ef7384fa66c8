/**
 * Copies the pictograms the kiosk uses from the Fluent Emoji Flat set (MIT, installed from npm) into
 * assets/pictograms/ as SVG files, so nothing is fetched at run time. Run after adding a pictogram name to
 * the content or the controls: `npm run pictograms`.
 *
 * How each file is drawn (a name "base-plus-badge" combines two emoji of the set): scripts/pictogram-svg.ts.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTROL_PICTOGRAMS } from '../domain/controls/control-pictograms';
import { pictogramSvg } from './pictogram-svg';

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
  const svg = pictogramSvg(name);
  if (svg) writeFileSync(path.join(OUT_DIR, `${name}.svg`), svg);
  else missing.push(name);
}
if (missing.length > 0) {
  console.error(`Not in Fluent Emoji Flat (or not "base-plus-badge"): ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`${names.size} pictograms written to ${OUT_DIR}`);
