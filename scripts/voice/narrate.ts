/** Turns a text's spoken lines into one clip with the timing of every displayed word. */
import type { WordTiming } from '../../domain/narration/audio-manifest';
import type { NarrationText } from '../../domain/narration/narration-catalogue';
import { wordsOf } from '../../domain/content/line-segments';
import type { DecodedAudio } from './wav';
import { displayWordSpans, letterWeight, speechBounds, spokenWordSpans } from './word-timings';

const LINE_GAP_SECONDS = 0.35;
const EDGE_SECONDS = 0.03;

/** Trims each line to its speech, joins the lines with a pause, and times every displayed word. */
export async function narrate(text: NarrationText, lineAudio: (index: number) => Promise<DecodedAudio>, weights: (spoken: string[]) => number[]) {
  const parts: Float32Array[] = [];
  const timings: WordTiming[] = [];
  let sampleRate = 0;
  let cursor = 0;
  for (let index = 0; index < text.spokenLines.length; index++) {
    const audio = await lineAudio(index);
    if (sampleRate === 0) sampleRate = audio.sampleRate;
    if (audio.sampleRate !== sampleRate) throw new Error(`${text.key}: lines at different sample rates`);
    const bounds = speechBounds(audio.samples, audio.sampleRate) ?? { start: 0, end: audio.samples.length / audio.sampleRate };
    const from = Math.max(0, Math.floor((bounds.start - EDGE_SECONDS) * sampleRate));
    const to = Math.min(audio.samples.length, Math.ceil((bounds.end + EDGE_SECONDS) * sampleRate));
    const samples = audio.samples.slice(from, to);
    const spoken = wordsOf(text.spokenLines[index]);
    const spokenSpans = spokenWordSpans(samples, sampleRate, spoken, weights(spoken));
    displayWordSpans(spoken, spokenSpans, wordsOf(text.lines[index])).forEach((span, word) =>
      timings.push({ line: index, word, start: round(cursor + span.start), end: round(cursor + span.end) }),
    );
    parts.push(samples);
    cursor += samples.length / sampleRate;
    if (index < text.spokenLines.length - 1) {
      parts.push(new Float32Array(Math.round(LINE_GAP_SECONDS * sampleRate)));
      cursor += LINE_GAP_SECONDS;
    }
  }
  const samples = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    samples.set(part, offset);
    offset += part.length;
  }
  return { samples, sampleRate, timings };
}

export const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

export function sliceRecording(recording: DecodedAudio, text: NarrationText): (index: number) => Promise<DecodedAudio> {
  // A recording is one take of the whole text: its lines are found at its longest pauses.
  if (text.spokenLines.length === 1) return async () => recording;
  const { samples, sampleRate } = recording;
  const weights = text.spokenLines.map((line) => wordsOf(line).map(letterWeight).reduce((a, b) => a + b, 0));
  const spans = spokenWordSpans(samples, sampleRate, text.spokenLines.map((_, i) => `line${i}.`), weights);
  return async (index) => ({ samples: samples.slice(Math.floor(spans[index].start * sampleRate), Math.ceil(spans[index].end * sampleRate)), sampleRate });
}

