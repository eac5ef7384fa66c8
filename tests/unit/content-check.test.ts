import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ResolvedItem } from '../../domain/content/build-content';
import type { AudioManifest, ManifestEntry } from '../../domain/narration/audio-manifest';
import type { NarrationText } from '../../domain/narration/narration-catalogue';
import { shownTextInput } from '../../domain/narration/narration-fingerprint';
import { checkContent, CHECKED_FIELDS } from '../../renderer/src/facilitator/content-check';
import { shownHash } from '../../scripts/voice/voice-config';

const sha256 = async (text: string) => createHash('sha256').update(text).digest('hex');
const text = { title: 'ANLCI', easy: ['Une ligne.'], full: ['Le texte.'], presenter: { role: 'presents', name: 'Hervé' }, question: 'Et vous ?' };
const item = { id: 'anlci', kind: 'initiative', pictogram: 'open-book', references: [], text: { fr: text } } as unknown as ResolvedItem;
const catalogue: NarrationText[] = CHECKED_FIELDS.map((field) => {
  const value = text[field];
  const lines = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [`Présenté par : ${value.name}`];
  return { key: `item.anlci.${field}`, language: 'fr', level: 'label', lines, spokenLines: lines } as NarrationText;
});
const entry = (field: string, shown: string): ManifestEntry => ({
  key: `item.anlci.${field}`,
  language: 'fr',
  level: 'label',
  source: 'synthesised',
  engine: 'svox-pico',
  voice: 'fr-FR_nk0',
  duration: 1,
  textHash: 'what the voice said',
  shownHash: shown,
  file: `fr/item.anlci.${field}.opus`,
  timings: `fr/item.anlci.${field}.timings.json`,
});
const upToDate = (field: string) => shownHash(catalogue.find((t) => t.key === `item.anlci.${field}`)!.lines);

function sources(manifest: AudioManifest, broken: Set<string> = new Set()) {
  return {
    items: [item],
    languages: ['fr'] as const,
    manifest,
    catalogue,
    pictogramUrl: (name: string) => (name === 'open-book' ? '/p/open-book.svg' : undefined),
    clipUrls: (_language: string, key: string) => ({ audioUrl: `/a/${key}.opus`, timingsUrl: `/a/${key}.timings.json` }),
    fileOk: async (url: string) => !broken.has(url),
    sha256,
  };
}

describe('content check', () => {
  it('uses the same fingerprint of the shown text as the voice pipeline', async () => {
    expect(await sha256(shownTextInput(catalogue[0]!.lines))).toBe(upToDate('title'));
  });

  it('finds everything present and up to date', async () => {
    const [check] = await checkContent(sources({ version: 1, entries: CHECKED_FIELDS.map((f) => entry(f, upToDate(f))) }));
    expect(check).toEqual({ language: 'fr', itemId: 'anlci', title: 'ANLCI', missingText: [], pictogramOk: true, missingClips: [], staleClips: [], missingTimings: [] });
  });

  it('names a clip whose text changed, a clip or timings file that cannot be read, and one missing from the manifest', async () => {
    const entries = CHECKED_FIELDS.filter((f) => f !== 'presenter').map((f) => entry(f, f === 'easy' ? shownHash(['Une ancienne ligne.']) : upToDate(f)));
    const [check] = await checkContent(sources({ version: 1, entries }, new Set(['/a/item.anlci.question.opus', '/a/item.anlci.full.timings.json', '/p/open-book.svg'])));
    expect(check).toMatchObject({ pictogramOk: false, staleClips: ['easy'], missingClips: ['presenter', 'question'], missingTimings: ['full', 'presenter'] });
  });
});
