/**
 * From takes to what visitors hear. A take is checked, aligned with the same line of the synthetic clip, mastered
 * and encoded in the studio's worker (take-mastering.ts). Once every line of a text is kept, the lines are joined
 * as the build joins synthetic lines (a lead-in, a pause between lines) and mastered again; each line's words
 * keep their place, moved by where the line starts.
 */
import { concatSamples } from '../../../domain/audio/audio-features';
import { PLAYBACK_RATE } from '../../../domain/audio/clip-mastering';
import { OPUS_SAMPLE_RATE, resample } from '../../../domain/audio/ogg-opus';
import type { WordTiming } from '../../../domain/narration/audio-manifest';
import type { TakeProblem } from '../../../domain/voice-studio/take-processing';
import type { RecordedClip, RecordedLine } from '../../../contract/recorded-voices';
import type { Language } from '../../../contract/venue-config';
import { decodeOggOpus } from './browser-opus';
import { masterClipInWorker, masterTakeInWorker } from './studio-worker';

/** As the build's narration (scripts/voice/narrate.ts): silence before the first word, a pause between lines. */
export const LEAD_IN_SECONDS = 0.08;
export const LINE_GAP_SECONDS = 0.35;

/** The language's bitrate, as the build's voices (scripts/voice/voice-config.ts): Arabic's lower to fit its budget. */
export const bitrateFor = (language: Language) => (language === 'ar' ? 15_000 : 18_000);

export type TakeResult = { ok: true; line: RecordedLine } | { ok: false; problem: TakeProblem };

const randomSerial = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

/** What the aligner needs of the synthetic clip: its audio as the kiosk plays it, and its word timings. */
export interface SyntheticReference {
  samples: Float32Array;
  words: readonly WordTiming[];
}

export async function loadSyntheticReference(audioUrl: string, timingsUrl: string): Promise<SyntheticReference> {
  const [audio, timings] = await Promise.all([fetch(audioUrl).then((r) => r.arrayBuffer()), fetch(timingsUrl).then((r) => r.json() as Promise<{ words: WordTiming[] }>)]);
  return { samples: await decodeOggOpus(new Uint8Array(audio)), words: timings.words };
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** A take of one line: refused with its reason, or ready to keep, its words found. */
export async function prepareTake(text: string, samples: Float32Array, sampleRate: number, language: Language, reference: SyntheticReference, line: number): Promise<TakeResult> {
  const take = await masterTakeInWorker({ samples, sampleRate, bitrate: bitrateFor(language), serial: randomSerial(), reference, line });
  if (!take.ok) return take;
  return { ok: true, line: { text, audio: take.audio, duration: take.duration, words: take.words } };
}

/** The recorded clip of a text whose every line is kept; `lineWords` are the word indices of each line, in order. */
export async function assembleClip(lines: readonly RecordedLine[], lineWords: readonly (readonly number[])[], shown: string, language: Language): Promise<RecordedClip> {
  const decoded = await Promise.all(lines.map(async (line) => resample(await decodeOggOpus(line.audio), PLAYBACK_RATE)));
  const gap = Math.round(LINE_GAP_SECONDS * OPUS_SAMPLE_RATE);
  const parts: Float32Array[] = [new Float32Array(Math.round(LEAD_IN_SECONDS * OPUS_SAMPLE_RATE))];
  const words: WordTiming[] = [];
  let cursor = parts[0]!.length;
  decoded.forEach((samples, index) => {
    const at = cursor / OPUS_SAMPLE_RATE;
    lines[index]!.words.forEach((span, i) => words.push({ line: index, word: lineWords[index]?.[i] ?? i, start: round(at + span.start), end: round(at + span.end) }));
    parts.push(samples);
    cursor += samples.length;
    if (index < decoded.length - 1) {
      parts.push(new Float32Array(gap));
      cursor += gap;
    }
  });
  const encoded = await masterClipInWorker(concatSamples(parts), OPUS_SAMPLE_RATE, bitrateFor(language), randomSerial());
  return { audio: encoded.opus, words, duration: round(encoded.sampleCount / OPUS_SAMPLE_RATE), shown };
}
