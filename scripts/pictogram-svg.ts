/**
 * How a pictogram's SVG file is drawn from the Fluent Emoji Flat set (MIT, installed from npm): written by
 * `npm run pictograms` (scripts/pictograms.ts), and drawn again by the test of how alike the pictures look
 * (tests/e2e/picture-likeness.spec.ts), which also draws each composed picture's main emoji alone.
 *
 * A name "base-plus-badge" combines two pictograms of the set: the base, large, and the badge on a white disc
 * at its lower corner ("school-plus-laptop": a school, and the computer it now teaches with). The base is what
 * tells a picture from the others; the badge only adds to it.
 */
import { clearIDCache, getIconData, iconToSVG, replaceIDs } from '@iconify/utils';
import icons from '@iconify-json/fluent-emoji-flat/icons.json' with { type: 'json' };

/** Fluent Emoji Flat draws on a 32-unit square. */
const SIZE = 32;
const OUTLINE = '#1f2937';
/** In units of the 32-unit square: about 3 px on a 160 px picture. */
const OUTLINE_WIDTH = 0.55;
const BADGE = '-plus-';

/** The main emoji of a pictogram's name: the base of a "base-plus-badge", or the name itself. */
export function mainEmoji(name: string): string {
  return name.split(BADGE)[0]!;
}

/** The drawing of one pictogram of the set, its ids made unique within the file (two may share one). */
function body(name: string): string | null {
  const data = getIconData(icons, name);
  if (!data) return null;
  return replaceIDs(iconToSVG(data, { height: SIZE }).body);
}

/** The SVG file of a pictogram's name, or null when the set lacks one of its emoji or the name is not "base[-plus-badge]". */
export function pictogramSvg(name: string): string | null {
  // Ids are numbered per file, so a file's content never depends on which other pictograms exist.
  clearIDCache();
  const [base, badge, ...rest] = name.split(BADGE);
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
