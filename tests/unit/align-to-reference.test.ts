/**
 * The voice studio's aligner on recorded speech: another voice (SVOX Pico's Spanish voice) reading the French line
 * of clip lexicon.numerique.explanation at 0.8×, 1× and 1.25× the pace of the synthetic French clip, and the 1× take
 * as Chromium's fake microphone gives it at 48 kHz (tests/fixtures/voice-takes/, whose word starts are exact). Each
 * take is processed as the kiosk does (trimmed, levelled), the synthetic clip decoded as a player does (libopus at
 * 48 kHz), and the clip's word timings carried onto the take: every word must start within 150 ms of the truth.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OpusDecoder } from 'opus-decoder';
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceLine, startAfterPausesWhereTheReferencePauses, transferSpans } from '../../domain/audio/align-to-reference';
import type { WordTiming } from '../../domain/narration/audio-manifest';
import { processTake } from '../../domain/voice-studio/take-processing';
import { AUDIO_DIR } from '../../scripts/voice/voice-config';
import { readOggOpus } from './ogg-opus-reader';
import { PACED_TAKES, readVoiceTake, trimmedAt, type TakeName } from './voice-takes';

const CLIP = 'lexicon.numerique.explanation';
const PLAYBACK_RATE = 48_000;
const TOLERANCE_SECONDS = 0.15;

let clip: { samples: Float32Array; sampleRate: number };
let timings: WordTiming[];

beforeAll(async () => {
  const decoder = new OpusDecoder({ sampleRate: PLAYBACK_RATE });
  await decoder.ready;
  const file = readOggOpus(readFileSync(path.join(AUDIO_DIR, 'fr', `${CLIP}.opus`)));
  const { channelData, errors } = decoder.decodeFrames(file.packets);
  decoder.free();
  if (errors.length > 0) throw new Error(`${CLIP}.opus: ${errors[0]!.message}`);
  clip = { samples: channelData[0]!.slice(file.preSkip, file.finalGranule), sampleRate: PLAYBACK_RATE };
  timings = (JSON.parse(readFileSync(path.join(AUDIO_DIR, 'fr', `${CLIP}.timings.json`), 'utf8')) as { words: WordTiming[] }).words;
});

describe('aligning a recorded take to the synthetic clip', () => {
  it('cuts one line of a clip out as the reference, its words timed from the cut', () => {
    const line = referenceLine(clip, timings, 0);
    const first = timings[0]!.start;
    // The clip's first line has only its 80 ms lead-in before it.
    expect(line.samples.length / PLAYBACK_RATE).toBeCloseTo(Math.min(clip.samples.length / PLAYBACK_RATE, timings.at(-1)!.end + 0.25), 2);
    expect(line.spans).toHaveLength(10);
    expect(line.spans[0]!.start).toBeCloseTo(first, 3);
    // Two lines: each keeps to its half of the pause between them.
    const twoLines = [...timings.slice(0, 6), ...timings.slice(6).map((word, i) => ({ ...word, line: 1, word: i }))];
    const second = referenceLine(clip, twoLines, 1);
    expect(second.spans).toHaveLength(4);
    const pause = timings[6]!.start - timings[5]!.end;
    expect(pause).toBeGreaterThan(0.15);
    expect(second.spans[0]!.start).toBeCloseTo(pause / 2, 2);
    expect(referenceLine(clip, twoLines, 0).samples.length / PLAYBACK_RATE).toBeCloseTo(timings[5]!.end + pause / 2, 2);
    expect(() => referenceLine(clip, timings, 3)).toThrow(/no word on line 3/);
  });

  it("a word said after a comma starts where the take's sound comes back, even when the path carries its start late", () => {
    const take = readVoiceTake('mic-numerique');
    const processed = processTake(take.samples, take.sampleRate, { maxSeconds: 20 });
    if (!processed.ok) throw new Error(`refused: ${processed.problem}`);
    const offset = trimmedAt(take.samples, processed.samples, take.sampleRate, take.speechStart - 0.15);
    // "ce", after "numérique,": its start carried 150 ms late, as a path that finds the soft "s" late does on a
    // take captured under load.
    const reference = referenceLine(clip, timings, 0);
    const spans = transferSpans(reference, processed);
    spans[2] = { start: take.wordStarts[2]! - offset + 0.15, end: spans[2]!.end };
    startAfterPausesWhereTheReferencePauses(reference, spans, processed);
    const ce = spans[2]!;
    expect(Math.abs(ce.start + offset - take.wordStarts[2]!)).toBeLessThanOrEqual(0.08);
  });

  it.each([...PACED_TAKES, 'mic-numerique'] satisfies TakeName[])('%s: every word starts within 150 ms of the truth', (name) => {
    const take = readVoiceTake(name);
    const processed = processTake(take.samples, take.sampleRate, { maxSeconds: 20 });
    if (!processed.ok) throw new Error(`${name} refused: ${processed.problem}`);
    const offset = trimmedAt(take.samples, processed.samples, take.sampleRate, take.speechStart - 0.15);
    const spans = transferSpans(referenceLine(clip, timings, 0), processed);
    expect(spans).toHaveLength(take.words.length);
    const errors = spans.map((span, i) => span.start + offset - take.wordStarts[i]!);
    const worst = Math.max(...errors.map(Math.abs));
    console.info(`${name}: worst word start error ${Math.round(worst * 1000)} ms (each word, ms: ${errors.map((error) => Math.round(error * 1000)).join(' ')})`);
    expect(worst).toBeLessThanOrEqual(TOLERANCE_SECONDS);
  });
});
