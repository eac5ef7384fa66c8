/**
 * Howler's output as the kiosk needs it: an audio context that never sleeps, made at the clips' own rate,
 * and a volume set in decibels.
 */
import { Howler } from 'howler';

/** The rate every clip is encoded at: Opus always decodes to 48 kHz. */
export const CLIP_SAMPLE_RATE = 48_000;

/**
 * Has howler make its audio context at the clips' own rate, so that a clip is decoded without being
 * resampled: measured in Chromium, 285 ms instead of 440 ms for 103 s of speech in a 44.1 kHz context. The
 * output device, whatever its rate, is fed by one resampler instead. Howler has no option for the rate:
 * its own set-up runs (so its state and master gain are its own) with the constructor lent the rate.
 */
function makeAudioContextAtClipRate(): void {
  if (Howler.ctx || typeof AudioContext === 'undefined') return;
  const NativeAudioContext = AudioContext;
  window.AudioContext = function AudioContextAtClipRate(options?: AudioContextOptions) {
    return new NativeAudioContext({ latencyHint: 'interactive', ...options, sampleRate: CLIP_SAMPLE_RATE });
  } as unknown as typeof AudioContext;
  try {
    Howler.volume();
  } finally {
    window.AudioContext = NativeAudioContext;
  }
}

let outputVolume = 1;
let outputReady = false;

/**
 * Makes the audio output on first need (a clip to decode, a press to click) or once the first screen is drawn,
 * whichever comes first: making an audio context can hold the page for a few hundred milliseconds (300 ms in
 * headless Chromium), which the first screen must not wait for.
 */
export function ensureAudioOutput(): void {
  if (outputReady) return;
  outputReady = true;
  // An unattended kiosk must answer the first tap of the day at once: the audio context never sleeps.
  Howler.autoSuspend = false;
  Howler.html5PoolSize = 0;
  // The kiosk's page may play without a gesture (window-options.ts); howler's unlock for mobile browsers
  // would also replace any context not at 44.1 kHz by one at the device's rate. A play after a touch still
  // resumes a suspended context (howler's auto-resume), as in a plain browser's preview.
  Howler.autoUnlock = false;
  makeAudioContextAtClipRate();
  Howler.volume(outputVolume);
}

/** The venue's volume, applied now or as the output is made. */
export function setOutputVolumeDb(db: number): void {
  outputVolume = 10 ** (db / 20);
  if (outputReady) Howler.volume(outputVolume);
}

/** The output's sample rate, which decoded clips are stored at. */
export function outputSampleRate(): number {
  return Howler.ctx?.sampleRate ?? CLIP_SAMPLE_RATE;
}
