/**
 * Colours every accessibility checker can read (issue 20). HTML_CodeSniffer reads the computed colours; its
 * 7:1 check (WCAG 1.4.6) reports a contrast of "NaN" for a text, or a background behind a text, with any
 * transparency, whatever way it is written: text colours and backgrounds are opaque. Colours with transparency
 * elsewhere (a shadow, a dialog's backdrop) are written rgba(r, g, b, a), never with the space-and-slash syntax.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/content-sources';

const styleSheets = readdirSync(path.join(PROJECT_ROOT, 'renderer/src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));
const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, 'renderer/src', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Each colour with an alpha below 1 in a value: rgba()/hsla() with a fourth number, or a hex colour of 4 or 8 digits. */
function translucentColours(value: string): string[] {
  const functions = [...value.matchAll(/\b(?:rgba?|hsla?)\(([^)]*)\)/g)].filter((match) => {
    const alpha = match[1]!.split(/[\s,/]+/).filter(Boolean)[3];
    return alpha !== undefined && (alpha.endsWith('%') ? parseFloat(alpha) < 100 : parseFloat(alpha) < 1);
  });
  const hexes = [...value.matchAll(/#(?:[0-9a-f]{4}|[0-9a-f]{8})\b/gi)].filter((match) => !/^#(?:[0-9a-f]{3}f|[0-9a-f]{6}ff)$/i.test(match[0]));
  return [...functions, ...hexes].map((match) => match[0]);
}

/** The declarations of text colours, backgrounds and custom properties (they hold both) with a translucent colour, but on a backdrop (it has no text). */
function translucentTextColours(css: string): string[] {
  const found: string[] = [];
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = rule[1]!.trim();
    if (selector.includes('::backdrop')) continue;
    for (const declaration of rule[2]!.split(';')) {
      const [property, ...value] = declaration.split(':');
      if (!/^\s*(?:color|background|background-color|--[\w-]+)\s*$/.test(property ?? '')) continue;
      for (const colour of translucentColours(value.join(':'))) found.push(`${selector} { ${property!.trim()}: ${colour} }`);
    }
  }
  return found;
}

describe('colours every accessibility checker can read', () => {
  it('has style sheets to check', () => expect(styleSheets.length).toBeGreaterThan(1));

  it.each(styleSheets)('%s writes no colour with the slash alpha syntax', (file) => {
    expect(read(file).match(/\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([^)]*\/[^)]*\)/g) ?? []).toEqual([]);
  });

  it.each(styleSheets)('%s gives texts and their backgrounds opaque colours', (file) => {
    expect(translucentTextColours(read(file))).toEqual([]);
  });

  it('finds a translucent text colour or background, however it is written, and lets a backdrop or a shadow be', () => {
    const css = `.a { background: rgba(255, 255, 255, 0.08); } .b { color: #ffffff80; } .c { background-color: hsla(0, 0%, 100%, 50%); }
      :root { --tint: rgb(0 0 0 / 0.5); } .d { background: rgba(0, 0, 0, 1); color: #fff; } dialog::backdrop { background: rgba(0, 0, 0, 0.8); } .e { box-shadow: 0 0 0 18px rgba(255, 225, 77, 0.35); }`;
    expect(translucentTextColours(css)).toEqual(['.a { background: rgba(255, 255, 255, 0.08) }', '.b { color: #ffffff80 }', '.c { background-color: hsla(0, 0%, 100%, 50%) }', ':root { --tint: rgb(0 0 0 / 0.5) }']);
  });
});
