/**
 * Word timings of a recording, from a reference whose word boundaries are known (the synthetic voice saying the
 * same line): both are cut to their sound and turned into frames of MFCC and level, the reference is warped onto the
 * recording by dynamic time warping (domain/audio/dtw.ts), and each word boundary is carried along the warping path.
 * Align one line at a time: the warping holds a table of (reference frames × take frames), 17 bytes each, so two
 * 10 s lines take 17 MB, two 60 s texts 600 MB. Pure (no Node, no DOM): the
 * voice pipeline (scripts/voice/narrate.ts) and the page's voice studio use it alike.
 */
import { frameEnergies, HOP_SECONDS, mfcc, type Span } from './audio-features';
import type { WordTiming } from '../narration/audio-manifest';
import { warpRanges } from './dtw';

export type { Span };

/** Mono audio at any rate (the two sides may differ: MFCC frames are 10 ms apart whatever the rate). */
export interface MonoAudio {
  samples: Float32Array;
  sampleRate: number;
}

/**
 * The warping path may take up to 3 frames of one side for 1 of the other. A person's take differs from the
 * synthetic voice far more, locally, than the voice's own phrase from its words said alone (slope 2 there): a pause
 * held three times as long, a function word said slowly, a syllable of an accent.
 */
const MAX_SLOPE = 3;
/** Each side is cut to its sound (frames within 25 dB of its loudest) with 50 ms around it before it is warped. */
const SOUND_RANGE_DB = 25;
const SOUND_MARGIN_SECONDS = 0.05;
/**
 * The frame's loudness under the side's loudest frame, floored at −50 dB and scaled to 0…50, beside MFCC 1–12:
 * MFCCs describe the shape of the spectrum, not its level, so a pause and a soft consonant look alike to them.
 * 50 is about twice the spread of the first coefficient: enough to keep pauses on pauses, not so much that level
 * outweighs what is said.
 */
const ENERGY_FLOOR_DB = -50;
const ENERGY_WEIGHT = 50;

/** Where a side's sound starts and ends (seconds), with the margin, within the side. */
function soundBounds({ samples, sampleRate }: MonoAudio): { from: number; to: number } {
  const energies = frameEnergies(samples, sampleRate);
  const threshold = energies.reduce((most, energy) => Math.max(most, energy), 0) * 10 ** (-SOUND_RANGE_DB / 20);
  const first = Math.max(0, energies.findIndex((energy) => energy >= threshold));
  const last = Math.max(first, energies.findLastIndex((energy) => energy >= threshold));
  const duration = samples.length / sampleRate;
  return { from: Math.max(0, first * HOP_SECONDS - SOUND_MARGIN_SECONDS), to: Math.min(duration, (last + 1) * HOP_SECONDS + SOUND_MARGIN_SECONDS) };
}

/** MFCC 1–12 and the frame's level under the loudest, per 10 ms frame. */
export function alignmentFeatures(samples: Float32Array, sampleRate: number): Float32Array[] {
  const energies = frameEnergies(samples, sampleRate);
  const loudest = energies.reduce((most, energy) => Math.max(most, energy), 0);
  return mfcc(samples, sampleRate).map((coefficients, frame) => {
    const energy = energies[frame] ?? 0;
    const level = energy > 0 && loudest > 0 ? Math.max(ENERGY_FLOOR_DB, 20 * Math.log10(energy / loudest)) : ENERGY_FLOOR_DB;
    const features = new Float32Array(coefficients.length + 1);
    features.set(coefficients);
    features[coefficients.length] = ((level - ENERGY_FLOOR_DB) / -ENERGY_FLOOR_DB) * ENERGY_WEIGHT;
    return features;
  });
}

/**
 * Carries word spans from a reference (the synthetic voice saying the line) onto another take of the same line
 * (a recording): both are cut to their sound, so silence left before or after the speech (a take keeps 150 ms, a
 * clip's first line has 80 ms) does not pull the path; the reference is warped onto the take; each word boundary
 * follows the path. Times outside the cut move with its nearest edge. Spans are in seconds from the start of
 * `target.samples`, in the reference's order; a span's start is never before the previous span's end.
 */
export function transferSpans(reference: MonoAudio & { spans: readonly Span[] }, target: MonoAudio): Span[] {
  const referenceCut = soundBounds(reference);
  const targetCut = soundBounds(target);
  const cut = ({ samples, sampleRate }: MonoAudio, { from, to }: { from: number; to: number }) => samples.subarray(Math.floor(from * sampleRate), Math.ceil(to * sampleRate));
  const referenceFrames = alignmentFeatures(cut(reference, referenceCut), reference.sampleRate);
  const targetFrames = alignmentFeatures(cut(target, targetCut), target.sampleRate);
  if (referenceFrames.length === 0 || targetFrames.length === 0) throw new Error('a line of the recording, or its synthetic reference, holds no sound to align');
  const ranges = warpRanges(referenceFrames, targetFrames, MAX_SLOPE);
  const duration = target.samples.length / target.sampleRate;
  const lastFrame = ranges.last.length - 1;
  const at = (seconds: number, mapping: Int32Array) => {
    const local = seconds - Math.floor(referenceCut.from * reference.sampleRate) / reference.sampleRate;
    const frame = Math.round(local / HOP_SECONDS);
    const targetFrom = Math.floor(targetCut.from * target.sampleRate) / target.sampleRate;
    const mapped = frame < 0 ? targetFrom + local : frame > lastFrame ? targetFrom + mapping[lastFrame]! * HOP_SECONDS + (local - lastFrame * HOP_SECONDS) : targetFrom + mapping[frame]! * HOP_SECONDS;
    return Math.min(duration, Math.max(0, mapped));
  };
  const spans = reference.spans.map((span) => ({ start: at(span.start, ranges.first), end: at(span.end, ranges.last) }));
  startAfterPausesWhereTheReferencePauses(reference, spans, target);
  spans.forEach((span, index) => {
    const previous = spans[index - 1];
    if (previous) span.start = Math.max(span.start, previous.end);
    span.end = Math.max(span.end, span.start);
  });
  return spans;
}

/** A pause: this long at least, this far under the side's loudest frame (a comma, a breath). */
const PAUSE_SECONDS = 0.08;
const PAUSE_DEPTH_DB = 40;
/** How far before and after a word's carried start the end of a pause in the take may be, for the word to start there. */
const SNAP_BEFORE_SECONDS = 0.2;
const SNAP_AFTER_SECONDS = 0.1;

/** The pauses of a side, in seconds: runs of quiet frames at least PAUSE_SECONDS long. */
function pauses({ samples, sampleRate }: MonoAudio): Span[] {
  const energies = frameEnergies(samples, sampleRate);
  const threshold = energies.reduce((most, energy) => Math.max(most, energy), 0) * 10 ** (-PAUSE_DEPTH_DB / 20);
  const found: Span[] = [];
  let quietFrom = -1;
  energies.forEach((energy, frame) => {
    if (energy < threshold) {
      if (quietFrom < 0) quietFrom = frame;
      return;
    }
    if (quietFrom >= 0 && (frame - quietFrom) * HOP_SECONDS >= PAUSE_SECONDS) found.push({ start: quietFrom * HOP_SECONDS, end: frame * HOP_SECONDS });
    quietFrom = -1;
  });
  return found;
}

/**
 * A word the reference says after a pause (a comma) starts, in the take, where the sound comes back after the
 * take's pause there. The warping path finds that edge late when the word opens softly (the "s" of "ce" after a
 * comma looks like the pause to the level feature), and how late varies with the take's frame grid: the start
 * carried near the end of a pause of the take is moved onto it.
 */
export function startAfterPausesWhereTheReferencePauses(reference: MonoAudio & { spans: readonly Span[] }, spans: Span[], target: MonoAudio): void {
  const referencePauses = pauses(reference);
  const targetPauses = pauses(target);
  spans.forEach((span, index) => {
    const word = reference.spans[index]!;
    const afterPause = index > 0 && referencePauses.some((pause) => pause.end >= word.start - HOP_SECONDS && pause.end <= word.start + SNAP_AFTER_SECONDS && pause.start >= reference.spans[index - 1]!.start);
    if (!afterPause) return;
    const pause = targetPauses.find(({ end }) => end >= span.start - SNAP_BEFORE_SECONDS && end <= span.start + SNAP_AFTER_SECONDS);
    if (pause && spans[index - 1]!.start < pause.start) span.start = pause.end;
  });
}

/** Kept of the synthetic clip around a line's words, like the margins a processed take keeps around its speech. */
const REFERENCE_BEFORE_SECONDS = 0.15;
const REFERENCE_AFTER_SECONDS = 0.25;

/**
 * One line of a synthetic clip as the reference of a take of that line: the clip from a little before the line's
 * first word to a little after its last (never into the next or previous line), and the spans of the line's words,
 * in word order, from there. `words` are the clip's word timings (its `<key>.timings.json`).
 */
export function referenceLine(clip: MonoAudio, words: readonly WordTiming[], line: number): MonoAudio & { spans: Span[] } {
  const own = words.filter((word) => word.line === line).sort((a, b) => a.word - b.word);
  if (own.length === 0) throw new Error(`the word timings have no word on line ${line}`);
  const duration = clip.samples.length / clip.sampleRate;
  const first = Math.min(...own.map((word) => word.start));
  const last = Math.max(...own.map((word) => word.end));
  // Halfway through the pause between two lines, at most: the clip's own ends otherwise.
  const before = words.filter((word) => word.line < line).reduce((latest, word) => Math.max(latest, (word.end + first) / 2), 0);
  const after = words.filter((word) => word.line > line).reduce((earliest, word) => Math.min(earliest, (last + word.start) / 2), duration);
  const from = Math.max(first - REFERENCE_BEFORE_SECONDS, before);
  const to = Math.min(last + REFERENCE_AFTER_SECONDS, after);
  const samples = clip.samples.slice(Math.floor(from * clip.sampleRate), Math.ceil(to * clip.sampleRate));
  const offset = Math.floor(from * clip.sampleRate) / clip.sampleRate;
  return { samples, sampleRate: clip.sampleRate, spans: own.map((word) => ({ start: Math.max(0, word.start - offset), end: Math.max(0, word.end - offset) })) };
}
