import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../contract/venue-config';
import type { AudioManifest, WordTiming } from '../../domain/narration/audio-manifest';
import { wordsOf } from '../../domain/content/line-segments';
import { readNarrationCatalogue } from '../../scripts/voice/narration-sources';
import { oggOpusDuration } from '../../scripts/voice/ogg-opus-encoder';
import { AUDIO_DIR, LANGUAGE_AUDIO_BUDGET, MANIFEST_FILE, VOICES, narrationHash, recordedFile, sha256 } from '../../scripts/voice/voice-config';
import { voiceLines } from '../../scripts/voice/narrate';
import { spellingFor } from '../../scripts/voice/speakers';
import { timingFaults } from '../../scripts/voice/timing-quality';
import { readPronunciations } from '../../scripts/pronunciation-sources';

const catalogue = readNarrationCatalogue();
const { lexicons } = readPronunciations();
const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as AudioManifest;
const entries = new Map(manifest.entries.map((entry) => [`${entry.language}/${entry.key}`, entry]));


describe('narration clips', () => {
  it('exist for every item, lexicon word, reference and control label, in every language and level', () => {
    const missing = catalogue.filter((text) => !entries.has(`${text.language}/${text.key}`)).map((text) => `${text.language}/${text.key}`);
    expect(missing, 'clips missing: run npm run voice').toEqual([]);
    for (const language of LANGUAGES) {
      for (const level of ['easy', 'full', 'label'] as const) expect(catalogue.some((t) => t.language === language && t.level === level)).toBe(true);
    }
  });

  it('speak the current text: a changed text makes its clip stale', () => {
    const stale = catalogue
      .filter((text) => {
        const entry = entries.get(`${text.language}/${text.key}`);
        const recording = recordedFile(text.language, text.key);
        const source = existsSync(recording) ? { recordingSha256: sha256(readFileSync(recording)) } : { voice: VOICES[text.language] };
        const voiceText = voiceLines(text, lexicons[text.language]).map((words) => spellingFor(text.language)(words.map((word) => word.text)).join(' '));
        return entry?.textHash !== narrationHash(text, voiceText, source);
      })
      .map((text) => `${text.language}/${text.key}`);
    expect(stale, 'stale audio: run npm run voice').toEqual([]);
  });

  it('are real Ogg Opus files whose length matches the manifest', () => {
    for (const entry of manifest.entries) {
      const bytes = readFileSync(path.join(AUDIO_DIR, entry.file));
      expect(bytes.subarray(0, 4).toString('latin1'), entry.file).toBe('OggS');
      expect(bytes.includes('OpusHead'), entry.file).toBe(true);
      expect(Math.abs(oggOpusDuration(bytes) - entry.duration), entry.file).toBeLessThan(0.05);
    }
  });

  it('have word timings that increase, cover every displayed word and end inside the clip', () => {
    const texts = new Map(catalogue.map((text) => [`${text.language}/${text.key}`, text]));
    for (const entry of manifest.entries) {
      const { words } = JSON.parse(readFileSync(path.join(AUDIO_DIR, entry.timings), 'utf8')) as { words: WordTiming[] };
      const text = texts.get(`${entry.language}/${entry.key}`)!;
      const expected = text.lines.reduce((sum, line) => sum + wordsOf(line).length, 0);
      expect(words.length, entry.timings).toBe(expected);
      let previous = 0;
      for (const word of words) {
        expect(word.start, entry.timings).toBeGreaterThanOrEqual(previous - 0.0011);
        expect(word.end, entry.timings).toBeGreaterThanOrEqual(word.start);
        previous = word.end;
      }
      expect(previous, entry.timings).toBeLessThanOrEqual(entry.duration + 0.001);
    }
  });

  it.each(LANGUAGES)('in %s, highlight no word more than 2.5 s inside a line, and no run of four words under 60 ms each', (language) => {
    const faults = catalogue
      .filter((text) => text.language === language)
      .flatMap((text) => {
        const entry = entries.get(`${text.language}/${text.key}`)!;
        const { words } = JSON.parse(readFileSync(path.join(AUDIO_DIR, entry.timings), 'utf8')) as { words: WordTiming[] };
        const spokenWords = new Map<string, number>();
        voiceLines(text, lexicons[language]).forEach((spoken, line) => {
          for (const word of spoken) for (let shown = word.from; shown <= word.to; shown++) spokenWords.set(`${line}/${shown}`, (spokenWords.get(`${line}/${shown}`) ?? 0) + word.text.split(/\s+/).length);
        });
        return timingFaults(words, text.lines.map(wordsOf), (line, word) => spokenWords.get(`${line}/${word}`) ?? 0).map((fault) => `${entry.timings} line ${fault.line}: ${fault.kind} "${fault.text}" ${fault.seconds.toFixed(2)} s`);
      });
    expect(faults).toEqual([]);
  });

  it.each(LANGUAGES)('keep the narration of %s within its 8 MB budget', (language) => {
    const bytes = manifest.entries.filter((e) => e.language === language).reduce((sum, e) => sum + statSync(path.join(AUDIO_DIR, e.file)).size + statSync(path.join(AUDIO_DIR, e.timings)).size, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(LANGUAGE_AUDIO_BUDGET);
  });

  it('name their source, engine, voice and level', () => {
    for (const entry of manifest.entries) {
      expect(['recorded', 'synthesised']).toContain(entry.source);
      expect(entry.engine.length).toBeGreaterThan(0);
      expect(entry.voice.length).toBeGreaterThan(0);
      expect(['easy', 'full', 'label']).toContain(entry.level);
    }
  });
});
