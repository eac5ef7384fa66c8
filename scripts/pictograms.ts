/**
 * Copies the pictograms the kiosk uses from the Fluent Emoji Flat set (MIT, installed from npm) into
 * assets/pictograms/ as SVG files, so nothing is fetched at run time. Run after adding a pictogram name to
 * the content or the controls: `npm run pictograms`.
 *
 * A name "base-plus-badge" combines two pictograms of the set: the base, large, and the badge on a white disc
 * at its lower corner ("factory-worker-plus-laptop": work, and the computer that changes it).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clearIDCache, getIconData, iconToSVG, replaceIDs } from '@iconify/utils';
import icons from '@iconify-json/fluent-emoji-flat/icons.json' with { type: 'json' };
import { CONTROL_PICTOGRAMS } from '../domain/controls/control-pictograms';

const OUT_DIR = 'assets/pictograms';
/** Fluent Emoji Flat draws on a 32-unit square. */
const SIZE = 32;
const OUTLINE = '#1f2937';
/** In units of the 32-unit square: about 3 px on a 160 px picture. */
const OUTLINE_WIDTH = 0.55;

const structure = JSON.parse(readFileSync('assets/content/programme.json', 'utf8')) as {
  acts: { pictogram: string }[];
  initiatives: { pictogram: string }[];
  lexicon: { pictogram: string }[];
};
const names = new Set([...structure.acts, ...structure.initiatives, ...structure.lexicon].map((item) => item.pictogram));
for (const name of Object.values(CONTROL_PICTOGRAMS)) names.add(name);

/** The drawing of one pictogram of the set, its ids made unique within the file (two may share one). */
function body(name: string): string | null {
  const data = getIconData(icons, name);
  if (!data) return null;
  return replaceIDs(iconToSVG(data, { height: SIZE }).body);
}

function compose(name: string): string | null {
  // Ids are numbered per file, so a file's content never depends on which other pictograms exist.
  clearIDCache();
  const [base, badge, ...rest] = name.split('-plus-');
  if (rest.length > 0 || !base) return null;
  const baseBody = body(base);
  if (!baseBody) return null;
  if (badge === undefined) return svgFile(name, baseBody);
  const badgeBody = body(badge);
  if (!badgeBody) return null;
  // The base keeps 80 % of the square; the badge sits on a white disc at the lower corner.
  return svgFile(
    name,
    `<g transform="scale(0.8)">${baseBody}</g>` +
      `<circle cx="24" cy="24" r="7.6" fill="#ffffff" stroke="${OUTLINE}" stroke-width="0.8"/>` +
      `<g transform="translate(18 18) scale(0.375)">${badgeBody}</g>`,
  );
}

/**
 * Every picture gets a dark outline: the set's pale yellows and greys would otherwise vanish on the light
 * plate the kiosk shows them on, and its dark purples on a dark background (WCAG 1.4.11, 3:1 for graphics).
 */
function svgFile(name: string, inner: string): string {
  const id = `outline-${name.replace(/[^a-z0-9-]/g, '-')}`;
  const outline =
    `<defs><filter id="${id}" x="-10%" y="-10%" width="120%" height="120%">` +
    `<feMorphology in="SourceAlpha" operator="dilate" radius="${OUTLINE_WIDTH}" result="grown"/>` +
    `<feFlood flood-color="${OUTLINE}"/><feComposite in2="grown" operator="in"/>` +
    `<feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter></defs>`;
  const margin = 1;
  const box = `${-margin} ${-margin} ${SIZE + 2 * margin} ${SIZE + 2 * margin}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="${box}">${outline}<g filter="url(#${id})">${inner}</g></svg>\n`;
}

mkdirSync(OUT_DIR, { recursive: true });
for (const file of readdirSync(OUT_DIR)) if (file.endsWith('.svg') && !names.has(file.slice(0, -4))) rmSync(path.join(OUT_DIR, file));

const missing: string[] = [];
for (const name of [...names].sort()) {
  const svg = compose(name);
  if (svg) writeFileSync(path.join(OUT_DIR, `${name}.svg`), svg);
  else missing.push(name);
}
if (missing.length > 0) {
  console.error(`Not in Fluent Emoji Flat (or not "base-plus-badge"): ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`${names.size} pictograms written to ${OUT_DIR}`);
