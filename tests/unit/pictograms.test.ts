/**
 * Pictures a visitor who cannot read can trust: each act, initiative and control has its own picture (never
 * one picture for two meanings), every picture exists as a file, and each has a text alternative everywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../contract/venue-config';
import { buildContent } from '../../domain/content/build-content';
import { CONTROL_PICTOGRAMS } from '../../domain/controls/control-pictograms';
import { PROJECT_ROOT, pictogramNames, readContentSources } from '../../scripts/content-sources';
import { mainEmoji } from '../../scripts/pictogram-svg';

const { content } = buildContent(readContentSources());
const items = content.acts.flatMap((act) => [act, ...act.initiatives]);
const files = pictogramNames();

function duplicates(names: readonly string[]): string[] {
  return names.filter((name, index) => names.indexOf(name) !== index);
}

describe('pictures that carry the meaning', () => {
  it('gives every act and initiative its own picture', () => {
    expect(duplicates(items.map((item) => item.pictogram))).toEqual([]);
  });

  it('gives every act and initiative its own main emoji, and no badge to more than 2 of them', () => {
    // How alike the pictures look, drawn in Chromium: tests/e2e/picture-likeness.spec.ts.
    const names = items.map((item) => item.pictogram);
    expect(duplicates(names.map(mainEmoji))).toEqual([]);
    const badges = names.filter((name) => mainEmoji(name) !== name).map((name) => name.slice(mainEmoji(name).length + '-plus-'.length));
    expect(badges.filter((badge) => badges.filter((other) => other === badge).length > 2)).toEqual([]);
  });

  it('gives every control its own picture, never one of an act, an initiative or a word', () => {
    const controls = Object.values(CONTROL_PICTOGRAMS);
    expect(duplicates(controls)).toEqual([]);
    const used = new Set([...items.map((item) => item.pictogram), ...content.lexicon.map((entry) => entry.pictogram)]);
    expect(controls.filter((name) => used.has(name))).toEqual([]);
  });

  it('has a file for every picture a control uses, and a text alternative in every language', () => {
    for (const name of Object.values(CONTROL_PICTOGRAMS)) expect(files.has(name), name).toBe(true);
    for (const language of LANGUAGES) {
      const alternatives = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'locales', language, 'pictograms.json'), 'utf8')) as Record<string, string>;
      for (const name of files) expect(alternatives[name]?.trim().length, `${language}: ${name}`).toBeGreaterThan(0);
      expect(Object.keys(alternatives).filter((name) => !files.has(name)), `${language}: alternatives of pictures no longer used`).toEqual([]);
    }
  });

  it('draws every picture with an outline, so that it stands out on its light plate', () => {
    for (const name of files) expect(readFileSync(path.join(PROJECT_ROOT, 'assets/pictograms', `${name}.svg`), 'utf8'), name).toContain('feMorphology');
  });
});
