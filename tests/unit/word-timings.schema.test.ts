import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AudioManifest } from '../../domain/narration/audio-manifest';
import { parseWordTimings } from '../../domain/narration/word-timings';

const AUDIO_DIR = path.resolve(import.meta.dirname, '../../audio');

describe('word timings file schema', () => {
  it('accepts every timings file of every language', () => {
    const manifest = JSON.parse(readFileSync(path.join(AUDIO_DIR, 'manifest.json'), 'utf8')) as AudioManifest;
    for (const entry of manifest.entries) {
      const result = parseWordTimings(JSON.parse(readFileSync(path.join(AUDIO_DIR, entry.timings), 'utf8')));
      expect(result, entry.timings).toMatchObject({ ok: true });
    }
  });

  it.each([
    ['words not a list', { words: { line: 0 } }, /^words: /],
    ['no words', { key: 'x' }, /^words: /],
    ['a word without its start', { words: [{ line: 0, word: 0, end: 1 }] }, /^words\.0\.start: /],
    ['a negative line', { words: [{ line: -1, word: 0, start: 0, end: 1 }] }, /^words\.0\.line: /],
    ['a word that ends before it starts', { words: [{ line: 0, word: 0, start: 2, end: 1 }] }, /ends before it starts/],
    ['words out of order', { words: [{ line: 0, word: 1, start: 2, end: 3 }, { line: 0, word: 0, start: 0, end: 1 }] }, /not in the order/],
    ['not an object', 'words', /./],
    ['null', null, /./],
  ])('refuses %s, with a reason', (_name, data, reason) => {
    const result = parseWordTimings(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(reason);
  });
});
