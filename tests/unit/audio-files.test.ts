import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClipIndex } from '../../domain/narration/clip-index';
import type { AudioManifest } from '../../domain/narration/audio-manifest';
import { audioOutput } from '../../scripts/audio-files-plugin';

const manifest = JSON.parse(readFileSync('audio/manifest.json', 'utf8')) as AudioManifest;

describe('the narration files the build writes', () => {
  const output = audioOutput();
  const files = new Map(output.files.map((file) => [file.fileName, file.source]));

  it('gives every clip of the manifest, per language, an index entry pointing at its own copied files', () => {
    expect(files.size).toBe(output.files.length);
    for (const language of ['fr', 'en', 'es', 'ar'] as const) {
      const index = parseClipIndex(JSON.parse(String(files.get(output.indexUrls[language]))))!;
      const entries = manifest.entries.filter((entry) => entry.language === language);
      expect(Object.keys(index.clips).sort()).toEqual(entries.map((entry) => entry.key).sort());
      for (const entry of entries) {
        const clip = index.clips[entry.key]!;
        expect(clip.duration).toBe(entry.duration);
        expect(Buffer.from(files.get(clip.audio)!).equals(readFileSync(`audio/${entry.file}`)), clip.audio).toBe(true);
        expect(clip.audio).toMatch(/^assets\/[^/]+\.opus$/);
        expect(files.has(clip.timings)).toBe(true);
      }
    }
  });

  it('keeps the full manifest, with its hashes, out of the indexes, in a file of its own', () => {
    expect(String(files.get(output.manifestUrl))).toBe(readFileSync('audio/manifest.json', 'utf8'));
    expect(String(files.get(output.indexUrls.fr))).not.toMatch(/textHash|shownHash|engine/);
  });
});

describe('a clip index read by the page', () => {
  it('keeps only well-formed entries, and refuses what is not an index', () => {
    expect(parseClipIndex({ clips: { a: { audio: 'a.opus', timings: 'a.json', duration: 1.5 }, b: { audio: 3 }, constructor: 'x' } })).toEqual({
      clips: expect.objectContaining({ a: { audio: 'a.opus', timings: 'a.json', duration: 1.5 } }),
    });
    expect(Object.keys(parseClipIndex({ clips: { b: { audio: 3 } } })!.clips)).toEqual([]);
    for (const bad of [null, [], { clips: [] }, { clips: 'x' }]) expect(parseClipIndex(bad)).toBeNull();
  });
});
