import { clipKey } from '../../domain/narration/clip-keys';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { wordsOf } from '../../domain/content/line-segments';
import { compilePronunciation } from '../../domain/narration/pronunciation';
import { narrate, sliceRecording, voiceLines } from '../../scripts/voice/narrate';
import { encodeOggOpus, oggOpusDuration, resample } from '../../scripts/voice/ogg-opus-encoder';
import { openSpeaker, type LineSpeaker } from '../../scripts/voice/speakers';
import { VOICES, missingPicoFiles, narrationHash } from '../../scripts/voice/voice-config';
import { decodeWav, encodeWav } from '../../scripts/voice/wav';
import { tempFolder } from './temp-folder';

const text = { key: clipKey.item('test', 'easy'), language: 'ar' as const, level: 'easy' as const, lines: ['العمل يتغيّر كثيرًا.', 'الـ CEP مجاني، وهو للجميع.'], spokenLines: ['العمل يتغيّر كثيرًا.', 'الـ CEP مجاني، وهو للجميع.'] };
const lexicon = compilePronunciation('ar', {
  words: { 'العمل': 'الْعَمَل', 'يتغيّر': 'يَتَغَيَّر', 'كثيرًا': 'كَثِيرًا', 'ال': 'اَلْ', CEP: 'سِي إِي بِي', 'مجاني': 'مَجَّانِي', 'وهو': 'وَهُوَ', 'للجميع': 'لِلْجَمِيع' },
});
let speaker: LineSpeaker;
beforeAll(async () => {
  speaker = await openSpeaker('ar', VOICES.ar);
}, 30_000);

describe('voice pipeline', () => {
  it('says each line through the lexicon and times every displayed word from the voice’s own word events', () => {
    const spoken = voiceLines(text, lexicon);
    expect(spoken[1]!.map((word) => word.text)).toEqual(['اَلْ', 'سِي', 'إِي', 'بِي', 'مَجَّانِي،', 'وَهُوَ', 'لِلْجَمِيع.']);
    expect(spoken[1]!.slice(1, 4).every((word) => word.from === 1 && word.to === 1)).toBe(true);
    const result = narrate(text, spoken, speaker);
    const duration = result.samples.length / result.sampleRate;
    expect(duration).toBeGreaterThan(2);
    expect(result.timings).toHaveLength(wordsOf(text.lines[0]!).length + wordsOf(text.lines[1]!).length);
    const lineTwo = result.timings.filter((t) => t.line === 1);
    expect(lineTwo[0]!.start).toBeGreaterThan(result.timings.filter((t) => t.line === 0).at(-1)!.end);
    // "CEP" is said as three letters: it is marked for longer than "الـ".
    expect(lineTwo[1]!.end - lineTwo[1]!.start).toBeGreaterThan(lineTwo[0]!.end - lineTwo[0]!.start);
    for (let i = 1; i < result.timings.length; i++) expect(result.timings[i]!.start).toBeGreaterThanOrEqual(result.timings[i - 1]!.start);
    expect(result.timings.at(-1)!.end).toBeLessThanOrEqual(duration);
    const opus = encodeOggOpus(result.samples, result.sampleRate, 7);
    expect(Buffer.from(opus.subarray(0, 4)).toString('latin1')).toBe('OggS');
    expect(Math.abs(oggOpusDuration(opus) - duration)).toBeLessThan(0.01);
    // Speech bitrate, container included: under 24 kbit/s.
    expect((opus.length * 8) / duration).toBeLessThan(24_000);
    // Deterministic: unchanged texts give unchanged files.
    expect(Buffer.compare(Buffer.from(opus), Buffer.from(encodeOggOpus(result.samples, result.sampleRate, 7)))).toBe(0);
  }, 30_000);

  it('makes a clip stale when the lexicon changes what is said, not when nothing changes', () => {
    const said = (words: Record<string, string>) => voiceLines(text, compilePronunciation('ar', { words })).map((line) => line.map((word) => word.text).join(' '));
    const source = { voice: VOICES.ar };
    expect(narrationHash(text, said({ CEP: 'سِي إِي بِي' }), source)).toBe(narrationHash(text, said({ CEP: 'سِي إِي بِي' }), source));
    expect(narrationHash(text, said({ CEP: 'سِي إِي بِي' }), source)).not.toBe(narrationHash(text, said({ CEP: 'سِيب' }), source));
  });

  it('cuts a recorded take of several lines at its pauses and aligns its words against the synthetic voice', () => {
    const spoken = voiceLines(text, lexicon);
    const first = speaker.speakLine(spoken[0]!.map((word) => word.text));
    const second = speaker.speakLine(spoken[1]!.map((word) => word.text));
    const gap = new Float32Array(Math.round(first.sampleRate * 0.8));
    const take = new Float32Array([...first.samples, ...gap, ...second.samples]);
    const recording = decodeWav(encodeWav({ samples: take, sampleRate: first.sampleRate }), 'take.wav');
    const lines = sliceRecording(recording, 2);
    expect(lines).toHaveLength(2);
    const result = narrate(text, spoken, speaker, lines);
    const lineTwoStart = result.timings.find((t) => t.line === 1)!.start;
    expect(lineTwoStart).toBeGreaterThan(first.samples.length / first.sampleRate - 0.5);
    expect(result.timings.filter((t) => t.line === 1).at(-1)!.end).toBeGreaterThan(lineTwoStart + 1);
  }, 30_000);

  it('resamples without changing the length of the speech', () => {
    const second = new Float32Array(22_050).map((_, i) => Math.sin((2 * Math.PI * 440 * i) / 22_050) * 0.5);
    const out = resample(second, 22_050);
    expect(out.length).toBe(16_000);
    expect(Math.max(...out.slice(100, -100))).toBeCloseTo(0.5, 1);
  });

  it('rejects a corrupt recording with a clear message', () => {
    expect(() => decodeWav(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), 'audio/recorded/fr/x.wav')).toThrow('audio/recorded/fr/x.wav: not a WAV file');
  });

  it('names the missing Pico voice files', async () => {
    const empty = tempFolder('pico-');
    const spec = VOICES.fr;
    if (spec.engine !== 'svox-pico') throw new Error('French is spoken by Pico');
    expect(missingPicoFiles(spec, empty)).toEqual([path.join(empty, 'fr-FR_ta.bin'), path.join(empty, 'fr-FR_nk0_sg.bin')]);
  });
});
