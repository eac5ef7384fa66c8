/**
 * The recorded voices on disk (main/policy/recorded-voice-store.ts) and the voices file: one atomic file per
 * text, damaged files left out and logged, the budget per language, an import all or none (an import
 * interrupted after its journal is finished at the next start, one interrupted before it is dropped).
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecordedText, readVoicesFile, voicesFile, type RecordedText } from '../../contract/recorded-voices';
import { RecordedVoiceStore } from '../../main/policy/recorded-voice-store';
import { tempFolder } from './temp-folder';

/** Real Ogg Opus bytes: a clip of the build. */
const opus = new Uint8Array(readFileSync(path.resolve(__dirname, '../../audio/fr/lexicon.numerique.word.opus')));

const text = (key: string, language: RecordedText['language'] = 'fr', complete = true): RecordedText => ({
  language,
  key,
  lines: [{ text: 'Le numérique', audio: opus, duration: 0.6, words: [{ start: 0.15, end: 0.3 }, { start: 0.3, end: 0.55 }] }],
  clip: complete ? { audio: opus, words: [{ line: 0, word: 0, start: 0.08, end: 0.3 }, { line: 0, word: 1, start: 0.3, end: 0.6 }], duration: 0.6, shown: '0123456789abcdef' } : null,
});

function logged() {
  const lines: string[] = [];
  return { lines, log: (level: string, message: string) => lines.push(`${level}: ${message}`) };
}

describe('the recorded voices contract', () => {
  it('accepts a whole text and refuses a clip without every line, a non-Ogg audio, a key that could leave its folder', () => {
    expect(parseRecordedText(text('lexicon.numerique.word'))).toEqual(text('lexicon.numerique.word'));
    expect(parseRecordedText({ ...text('a'), lines: [null] })).toBeNull();
    expect(parseRecordedText({ ...text('a', 'fr', false), lines: [null] })).not.toBeNull();
    expect(parseRecordedText({ ...text('a'), lines: [{ text: 'x', audio: new Uint8Array(100), duration: 1, words: [] }] })).toBeNull();
    for (const key of ['../evil', 'a/b', '.hidden', '', 'x'.repeat(200)]) expect(parseRecordedText({ ...text('a'), key }), key).toBeNull();
    expect(parseRecordedText({ ...text('a'), language: 'de' })).toBeNull();
  });

  it('carries texts through a voices file unchanged, and refuses a file that is not one, newer, or damaged in one text', () => {
    const texts = [text('a'), text('b', 'ar', false)];
    expect(readVoicesFile(voicesFile(texts, new Date()))).toEqual({ ok: true, texts });
    expect(readVoicesFile('{"hello": 1}')).toEqual({ ok: false, reason: 'not-a-voices-file' });
    expect(readVoicesFile('not json')).toEqual({ ok: false, reason: 'not-a-voices-file' });
    const file = JSON.parse(voicesFile(texts, new Date()));
    expect(readVoicesFile(JSON.stringify({ ...file, version: 2 }))).toEqual({ ok: false, reason: 'newer-version' });
    file.texts[1].lines[0] = { text: 'x', audio: '!!!', duration: 1 };
    expect(readVoicesFile(JSON.stringify(file))).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('RecordedVoiceStore', () => {
  it('keeps each text in its own file under the language, and lists them back', async () => {
    const dir = tempFolder('voices-');
    const store = await RecordedVoiceStore.open(dir, logged().log);
    expect(await store.save(text('item.cep.title'))).toEqual({ ok: true });
    expect(await store.save(text('item.cep.title', 'ar'))).toEqual({ ok: true });
    expect(await readdir(path.join(dir, 'fr'))).toEqual(['item.cep.title.json']);
    expect(await store.list('fr')).toEqual([text('item.cep.title')]);
    expect(await store.all()).toHaveLength(2);
    expect(await store.remove('fr', ['item.cep.title'])).toEqual({ ok: true });
    expect(await store.list('fr')).toEqual([]);
    expect(await store.remove('ar', null)).toEqual({ ok: true });
    expect(await store.all()).toEqual([]);
  });

  it('leaves a damaged or misplaced file out, with one log line, and the others are still read', async () => {
    const dir = tempFolder('voices-');
    const { lines, log } = logged();
    const store = await RecordedVoiceStore.open(dir, log);
    await store.save(text('a'));
    await writeFile(path.join(dir, 'fr', 'b.json'), '{"format": "kelvoa-recorded-voices", "version": 1, "texts": [{"half": ');
    await writeFile(path.join(dir, 'fr', 'c.json'), voicesFile([text('not-c')], new Date()));
    expect((await store.list('fr')).map((entry) => entry.key)).toEqual(['a']);
    await store.list('fr');
    // Files are read together: their lines come in any order, once each.
    expect(lines.filter((line) => line.startsWith('warn')).sort()).toEqual([expect.stringMatching(/b\.json: damaged/), expect.stringMatching(/c\.json: damaged/)]);
  });

  it('refuses a save that takes a language over its budget, and changes nothing', async () => {
    const dir = tempFolder('voices-');
    const store = await RecordedVoiceStore.open(dir, logged().log, { budgetBytes: opus.length * 2 });
    expect(await store.save(text('a'))).toEqual({ ok: true });
    expect(await store.save(text('b'))).toEqual({ ok: true });
    expect(await store.save(text('c'))).toEqual({ ok: false, reason: 'over-budget' });
    // Replacing a text counts it once; a text without its clip yet costs nothing.
    expect(await store.save(text('b'))).toEqual({ ok: true });
    expect(await store.save(text('c', 'fr', false))).toEqual({ ok: true });
    expect(await store.import([text('d'), text('e')])).toEqual({ ok: false, reason: 'over-budget' });
    expect((await store.list('fr')).map((entry) => entry.key).sort()).toEqual(['a', 'b', 'c']);
  });

  it('reports a write the disk refuses, and the text before it is kept', async () => {
    const dir = tempFolder('voices-');
    const store = await RecordedVoiceStore.open(dir, logged().log);
    await store.save(text('a', 'fr', false));
    // A folder where the file should go: the rename cannot replace it.
    await mkdir(path.join(dir, 'fr', 'b.json'));
    expect(await store.save(text('b'))).toEqual({ ok: false, reason: 'not-saved' });
    expect(await store.list('fr')).toEqual([text('a', 'fr', false)]);
  });

  it('imports many texts at once, replacing those of the same key', async () => {
    const dir = tempFolder('voices-');
    const store = await RecordedVoiceStore.open(dir, logged().log);
    await store.save(text('a', 'fr', false));
    expect(await store.import([text('a'), text('b', 'es')])).toEqual({ ok: true });
    expect(await store.list('fr')).toEqual([text('a')]);
    expect(await store.list('es')).toEqual([text('b', 'es')]);
    expect(await readdir(dir)).toEqual(expect.not.arrayContaining(['.import', 'import-journal.json']));
  });

  it('finishes an import interrupted after its journal, and drops one interrupted before it', async () => {
    const dir = tempFolder('voices-');
    await mkdir(path.join(dir, '.import', 'fr'), { recursive: true });
    await writeFile(path.join(dir, '.import', 'fr', 'a.json'), voicesFile([text('a')], new Date()));
    await writeFile(path.join(dir, 'import-journal.json'), JSON.stringify([['fr', 'a'], ['fr', '../../escape']]));
    const { lines, log } = logged();
    const store = await RecordedVoiceStore.open(dir, log);
    expect(await store.list('fr')).toEqual([text('a')]);
    expect(lines).toContainEqual(expect.stringMatching(/interrupted import of 1 recorded texts was finished/));

    const other = tempFolder('voices-');
    await mkdir(path.join(other, '.import', 'fr'), { recursive: true });
    await writeFile(path.join(other, '.import', 'fr', 'a.json'), voicesFile([text('a')], new Date()));
    const second = await RecordedVoiceStore.open(other, logged().log);
    expect(await second.list('fr')).toEqual([]);
    expect(await readdir(other)).toEqual([]);
  });

  it('writes each text atomically: what is on disk is always a whole voices file', async () => {
    const dir = tempFolder('voices-');
    const store = await RecordedVoiceStore.open(dir, logged().log);
    await Promise.all(['a', 'b', 'c', 'a', 'b'].map((key) => store.save(text(key))));
    for (const name of await readdir(path.join(dir, 'fr'))) {
      expect(readVoicesFile(await readFile(path.join(dir, 'fr', name), 'utf8')).ok, name).toBe(true);
    }
  });
});
