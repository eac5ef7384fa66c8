/**
 * The voice studio's test recordings (tests/fixtures/voice-takes/, made by scripts/voice/make-test-takes.ts): each
 * take with its ground truth, word times in seconds from the start of its file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeWav } from '../../scripts/voice/wav';

export const VOICE_TAKES = path.join(import.meta.dirname, '..', 'fixtures', 'voice-takes');
export const PACED_TAKES = ['numerique-0.8x', 'numerique-1x', 'numerique-1.25x'] as const;
export type TakeName = (typeof PACED_TAKES)[number] | 'mic-numerique';

export interface VoiceTake {
  samples: Float32Array;
  sampleRate: number;
  words: string[];
  /** Seconds from the start of the file. */
  speechStart: number;
  speechEnd: number;
  wordStarts: number[];
}

interface TruthFile {
  words: string[];
  speechSeconds: number;
  /** Paced takes: times from the file's start. */
  speechStart?: number;
  /** The fake microphone's take: times from its speech onset, which is this far into the file. */
  speechOnset?: number;
  wordStarts: number[];
}

export function readVoiceTake(name: TakeName): VoiceTake {
  const { samples, sampleRate } = decodeWav(readFileSync(path.join(VOICE_TAKES, `${name}.wav`)), name);
  const truth = JSON.parse(readFileSync(path.join(VOICE_TAKES, `${name}.json`), 'utf8')) as TruthFile;
  const shift = truth.speechOnset ?? 0;
  const speechStart = truth.speechStart ?? shift;
  return { samples, sampleRate, words: truth.words, speechStart, speechEnd: speechStart + truth.speechSeconds, wordStarts: truth.wordStarts.map((start) => start + shift) };
}

/**
 * Where a processed take starts in its capture (seconds): the offset, within `searchSeconds` of `near`, at which the
 * capture is most like the processed samples (levelling is a gain, and the limiter barely touches this speech).
 */
export function trimmedAt(capture: Float32Array, processed: Float32Array, sampleRate: number, near: number, searchSeconds = 0.3): number {
  const length = Math.min(processed.length, Math.round(0.5 * sampleRate));
  const step = Math.max(1, Math.round(sampleRate / 16_000));
  let best = 0;
  let bestScore = -Infinity;
  const around = Math.round(near * sampleRate);
  const reach = Math.round(searchSeconds * sampleRate);
  for (let offset = Math.max(0, around - reach); offset <= Math.min(capture.length - length, around + reach); offset++) {
    let dot = 0;
    let energy = 0;
    for (let i = 0; i < length; i += step) {
      dot += capture[offset + i]! * processed[i]!;
      energy += capture[offset + i]! ** 2;
    }
    const score = dot / Math.sqrt(energy || 1);
    if (score > bestScore) [best, bestScore] = [offset, score];
  }
  return best / sampleRate;
}
