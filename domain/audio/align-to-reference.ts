/**
 * Word timings of a recording, from a reference whose word boundaries are known (the synthetic voice saying the
 * same line): both are turned into MFCC frames, the reference is warped onto the recording by dynamic time warping
 * (domain/audio/dtw.ts), and each word boundary is carried along the warping path. Pure (no Node, no DOM): the
 * voice pipeline (scripts/voice/narrate.ts) and the page's voice studio use it alike.
 */
import { HOP_SECONDS, mfcc, type Span } from './audio-features';
import { warp } from './dtw';

export type { Span };

/** Mono audio at any rate (the two sides may differ: MFCC frames are 10 ms apart whatever the rate). */
export interface MonoAudio {
  samples: Float32Array;
  sampleRate: number;
}

/** Carries word spans from a reference (the synthetic voice saying the line) onto another take of the same line. */
export function transferSpans(reference: MonoAudio & { spans: readonly Span[] }, target: MonoAudio): Span[] {
  const referenceFrames = mfcc(reference.samples, reference.sampleRate);
  const targetFrames = mfcc(target.samples, target.sampleRate);
  if (referenceFrames.length === 0 || targetFrames.length === 0) throw new Error('a line of the recording, or its synthetic reference, holds no sound to align');
  const mapping = warp(referenceFrames, targetFrames);
  const duration = target.samples.length / target.sampleRate;
  const at = (seconds: number) => {
    const frame = Math.min(mapping.length - 1, Math.max(0, Math.round(seconds / HOP_SECONDS)));
    return Math.min(duration, Math.max(0, mapping[frame]!) * HOP_SECONDS);
  };
  const spans = reference.spans.map((span) => ({ start: at(span.start), end: at(span.end) }));
  spans.forEach((span, index) => {
    const previous = spans[index - 1];
    if (previous) span.start = Math.max(span.start, previous.end);
    span.end = Math.max(span.end, span.start);
  });
  return spans;
}
