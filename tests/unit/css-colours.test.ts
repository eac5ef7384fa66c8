/**
 * Colours with transparency are written rgba(r, g, b, a): HTML_CodeSniffer cannot read the space-and-slash
 * syntax (rgb(r g b / a)) and reports "NaN" contrasts instead of checking them (issue 20).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/content-sources';

const styleSheets = readdirSync(path.join(PROJECT_ROOT, 'renderer/src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));

describe('colours every accessibility checker can read', () => {
  it('has style sheets to check', () => expect(styleSheets.length).toBeGreaterThan(1));

  it.each(styleSheets)('%s writes no colour with the slash alpha syntax', (file) => {
    const css = readFileSync(path.join(PROJECT_ROOT, 'renderer/src', file), 'utf8');
    expect(css.match(/\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([^)]*\/[^)]*\)/g) ?? []).toEqual([]);
  });
});
