import { clipKey } from '../../domain/narration/clip-keys';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { espeakSynthesize } from '../../scripts/voice/espeak-engine';
import { wordsOf } from '../../domain/content/line-segments';
import { narrate, sliceRecording } from '../../scripts/voice/narrate';
import { encodeOggOpus, oggOpusDuration, resample } from '../../scripts/voice/ogg-opus-encoder';
import { VOICES, missingPicoFiles, prepareForVoice } from '../../scripts/voice/voice-config';
import { decodeWav, encodeWav } from '../../scripts/voice/wav';
import { letterWeight } from '../../scripts/voice/word-timings';

const text = { key: clipKey.item('test', 'easy'), language: 'ar' as const, level: 'easy' as const, lines: ['مرحبًا بكم.', 'هذا نص سهل القراءة.'], spokenLines: ['مرحبًا بكم.', 'هذا نص سهل القراءة.'] };

describe('voice pipeline', () => {
  it('synthesises each line with eSpeak NG and times every displayed word', async () => {
    const result = await narrate(text, (i) => espeakSynthesize(text.spokenLines[i], 'ar', 135), (spoken) => spoken.map(letterWeight));
    const duration = result.samples.length / result.sampleRate;
    expect(duration).toBeGreaterThan(1);
    expect(result.timings).toHaveLength(wordsOf(text.lines[0]).length + wordsOf(text.lines[1]).length);
    expect(result.timings.filter((t) => t.line === 1)[0].start).toBeGreaterThan(result.timings.filter((t) => t.line === 0).at(-1)!.end);
    expect(result.timings.at(-1)!.end).toBeLessThanOrEqual(duration);
    const opus = encodeOggOpus(result.samples, result.sampleRate, 7);
    expect(Buffer.from(opus.subarray(0, 4)).toString('latin1')).toBe('OggS');
    expect(Math.abs(oggOpusDuration(opus) - duration)).toBeLessThan(0.01);
    // Speech bitrate, container included: under 24 kbit/s.
    expect((opus.length * 8) / duration).toBeLessThan(24_000);
    // Deterministic: unchanged texts give unchanged files.
    expect(Buffer.compare(Buffer.from(opus), Buffer.from(encodeOggOpus(result.samples, result.sampleRate, 7)))).toBe(0);
  });

  it('cuts a recorded take of several lines at its pauses', async () => {
    const first = await espeakSynthesize(text.spokenLines[0], 'ar', 135);
    const second = await espeakSynthesize(text.spokenLines[1], 'ar', 135);
    const gap = new Float32Array(Math.round(first.sampleRate * 0.8));
    const take = new Float32Array([...first.samples, ...gap, ...second.samples]);
    const recording = decodeWav(encodeWav({ samples: take, sampleRate: first.sampleRate }), 'take.wav');
    const result = await narrate(text, sliceRecording(recording, text), (spoken) => spoken.map(letterWeight));
    const lineTwoStart = result.timings.find((t) => t.line === 1)!.start;
    expect(lineTwoStart).toBeGreaterThan(first.samples.length / first.sampleRate - 0.5);
  });

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
    const empty = await mkdtemp(path.join(tmpdir(), 'pico-'));
    const spec = VOICES.fr;
    if (spec.engine !== 'svox-pico') throw new Error('French is spoken by Pico');
    expect(missingPicoFiles(spec, empty)).toEqual([path.join(empty, 'fr-FR_ta.bin'), path.join(empty, 'fr-FR_nk0_sg.bin')]);
  });

  it('reads grouped digits as one number', () => {
    expect(prepareForVoice('En France, 2 500 000 personnes.')).toBe('En France, 2500000 personnes.');
    expect(prepareForVoice('En 2015, 47 %')).toBe('En 2015, 47 %');
  });
});
