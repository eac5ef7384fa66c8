/**
 * A take of the voice studio, from the microphone to a clip-ready recording of one line: the speech found, the
 * take refused with its reason when it cannot become a good clip, else trimmed to the speech and levelled like
 * every synthesised clip (domain/audio/loudness.ts: −16 LUFS, true peak under −1 dBTP). And the detector that
 * stops a take by itself after a second of silence. Pure (no DOM, no Node): the page runs it on the captured
 * samples, at whatever rate the microphone gives (48 kHz in the kiosk), and the tests on recorded files.
 *
 * Speech is told from the room by level, per 10 ms frame: a frame is speech when its RMS is at least 12 dB over the
 * room's noise, within 40 dB of the take's loudest frame, and over −70 dBFS. The room's noise is the 10th
 * percentile of the frames' RMS (a take holds some silence before and after its speech), digital silence left out
 * (a microphone's first buffers are often exact zeros). Stretches of speech less than 0.15 s apart are one (a stop
 * consonant's closure is shorter); a stretch shorter than 60 ms on its own (a tap on the screen, a click of the
 * tongue) is not speech.
 */
import { frameEnergies, HOP_SECONDS } from '../audio/audio-features';
import { fromDb, integratedLoudness, normaliseLoudness, TARGET_LUFS } from '../audio/loudness';

export type TakeProblem = 'silent' | 'too-quiet' | 'clipped' | 'cut-off' | 'too-long';

export interface TakeLimits {
  /** The longest speech accepted, in seconds, from its first sound to its last. */
  maxSeconds: number;
}

export type ProcessedTake =
  | {
      ok: true;
      /** The speech with its margins, levelled, at the input's rate. */
      samples: Float32Array;
      sampleRate: number;
      /** Seconds from the start of `samples` to the first sound of the speech. */
      speechStart: number;
    }
  | { ok: false; problem: TakeProblem };

/** Kept before the first sound and after the last: a breath-in and the decay of the last word stay whole. */
export const KEEP_BEFORE_SECONDS = 0.15;
export const KEEP_AFTER_SECONDS = 0.25;
/**
 * Speech in the first or last 50 ms of the capture was already under way when it began, or still under way when
 * it stopped: the take is cut off.
 */
export const CUT_OFF_SECONDS = 0.05;
/**
 * The most gain levelling may apply. A take that needs more is refused as too quiet: 30 dB lifts a microphone's
 * own hiss (commonly −75 to −65 dBFS) to −45 to −35 dBFS, audible between words at the clips' −16 LUFS, and
 * the speech itself, 30 dB under its normal level, was spoken too far from the microphone to sound close.
 */
export const MAX_GAIN_DB = 30;
/**
 * Clipping. A sample at or over 0.99 of full scale is at the converter's limit (a float capture past ±1 is past it
 * too: the first conversion to integers flattens it). An overdriven converter holds its largest code, so clipping
 * shows as samples at the limit several in a row; an unclipped wave shows three in a row only when its crest comes
 * within about 0.1 dB of full scale, the edge of clipping anyway. One such run is a tap or a plosive's pop, brief
 * and taken care of by the limiter; overdriven speech clips on each pitch period of its loud vowels (the test take
 * driven just 1 dB past full scale has 25 runs in 3.5 s). So three runs or more of three samples or more in the
 * kept speech refuse the take: a hot but clean take and a lone click pass, any overdriven syllable does not.
 */
export const CLIP_LEVEL = 0.99;
export const CLIP_RUN_SAMPLES = 3;
export const CLIP_RUNS = 3;

const SPEECH_OVER_NOISE_DB = 12;
const SPEECH_RANGE_DB = 40;
const SILENCE_DBFS = -70;
const NOISE_PERCENTILE = 0.1;
const DIGITAL_SILENCE = 1e-6;
const JOIN_GAP_SECONDS = 0.15;
const MIN_SPEECH_SECONDS = 0.06;

interface Stretch {
  /** Frame indices: [first, end). */
  first: number;
  end: number;
}

function noiseFloor(energies: readonly number[]): number {
  const sounding = energies.filter((energy) => energy > DIGITAL_SILENCE).sort((a, b) => a - b);
  return sounding[Math.floor(NOISE_PERCENTILE * (sounding.length - 1))] ?? 0;
}

/** The stretches of speech, in 10 ms frames: loud enough frames, joined across short pauses, lone blips dropped. */
function speechStretches(energies: readonly number[]): Stretch[] {
  const loudest = energies.reduce((most, energy) => Math.max(most, energy), 0);
  const threshold = Math.max(fromDb(SILENCE_DBFS), noiseFloor(energies) * fromDb(SPEECH_OVER_NOISE_DB), loudest * fromDb(-SPEECH_RANGE_DB));
  const joinGap = Math.round(JOIN_GAP_SECONDS / HOP_SECONDS);
  const stretches: Stretch[] = [];
  energies.forEach((energy, frame) => {
    if (energy < threshold) return;
    const last = stretches.at(-1);
    if (last && frame - last.end < joinGap) last.end = frame + 1;
    else stretches.push({ first: frame, end: frame + 1 });
  });
  return stretches.filter(({ first, end }) => (end - first) * HOP_SECONDS >= MIN_SPEECH_SECONDS);
}

/** Runs of `CLIP_RUN_SAMPLES` or more samples in a row at `CLIP_LEVEL` or over. */
export function clippedRuns(samples: Float32Array): number {
  let runs = 0;
  let length = 0;
  for (const sample of samples) {
    if (Math.abs(sample) >= CLIP_LEVEL) {
      length++;
      if (length === CLIP_RUN_SAMPLES) runs++;
    } else length = 0;
  }
  return runs;
}

/**
 * A captured take (mono, any rate) trimmed to its speech with `KEEP_BEFORE_SECONDS` before and `KEEP_AFTER_SECONDS`
 * after it, levelled to `TARGET_LUFS` under the true-peak ceiling; or the first problem found, in this order:
 * silent, too-long, cut-off, clipped, too-quiet. So a capture that a time limit stopped in the middle of a long
 * speech says too-long when the speech already is, and cut-off otherwise.
 */
export function processTake(samples: Float32Array, sampleRate: number, limits: TakeLimits): ProcessedTake {
  let mean = 0;
  for (const sample of samples) mean += sample / samples.length;
  // A microphone's DC offset would read as sound in every frame.
  const centred = samples.map((sample) => sample - mean);
  const energies = frameEnergies(centred, sampleRate);
  const stretches = speechStretches(energies);
  const first = stretches[0];
  const last = stretches.at(-1);
  if (!first || !last) return { ok: false, problem: 'silent' };
  const duration = samples.length / sampleRate;
  const onset = first.first * HOP_SECONDS;
  const end = Math.min(duration, last.end * HOP_SECONDS);
  if (end - onset > limits.maxSeconds) return { ok: false, problem: 'too-long' };
  if (onset < CUT_OFF_SECONDS || end > duration - CUT_OFF_SECONDS) return { ok: false, problem: 'cut-off' };
  const from = Math.max(0, Math.floor((onset - KEEP_BEFORE_SECONDS) * sampleRate));
  const to = Math.min(samples.length, Math.ceil((end + KEEP_AFTER_SECONDS) * sampleRate));
  if (clippedRuns(samples.subarray(from, to)) >= CLIP_RUNS) return { ok: false, problem: 'clipped' };
  const kept = centred.slice(from, to);
  const loudness = integratedLoudness(kept, sampleRate);
  if (!Number.isFinite(loudness) || TARGET_LUFS - loudness > MAX_GAIN_DB) return { ok: false, problem: 'too-quiet' };
  return { ok: true, samples: normaliseLoudness(kept, sampleRate), sampleRate, speechStart: onset - from / sampleRate };
}

export interface SilenceDetector {
  /** Feeds the next captured samples (any length); says where the take is after them. */
  push(chunk: Float32Array): 'waiting' | 'speaking' | 'ended';
}

/** The room's noise is the quietest frame of the last 2 s ("minimum statistics"): it follows a room that changes. */
const NOISE_WINDOW_SECONDS = 2;
/** Speech is heard once this long is loud enough without a break: a tap or a click is shorter. */
const SPEECH_HEARD_SECONDS = 0.08;

/**
 * Follows a take as it is captured: 'waiting' until speech is heard, 'speaking' while it goes on, 'ended' (for
 * good) once `silenceSeconds` have passed without speech after it. Speech is told from silence as in
 * `processTake`, but from what has been heard so far: at least 12 dB over the room's noise, within 40 dB of the
 * loudest frame yet, over −70 dBFS.
 */
export function silenceDetector(sampleRate: number, silenceSeconds = 1): SilenceDetector {
  const hop = Math.max(1, Math.round(sampleRate * HOP_SECONDS));
  const recent = new Float64Array(Math.round(NOISE_WINDOW_SECONDS / HOP_SECONDS)).fill(Infinity);
  const heardFrames = Math.round(SPEECH_HEARD_SECONDS / HOP_SECONDS);
  const silentFrames = Math.max(1, Math.round(silenceSeconds / HOP_SECONDS));
  let frames = 0;
  let loudest = 0;
  let loudRun = 0;
  let quietRun = 0;
  let state: 'waiting' | 'speaking' | 'ended' = 'waiting';
  let sum = 0;
  let filled = 0;

  const frame = (rms: number) => {
    if (rms > DIGITAL_SILENCE) recent[frames++ % recent.length] = rms;
    let noise = Infinity;
    for (const value of recent) noise = Math.min(noise, value);
    if (!Number.isFinite(noise)) noise = 0;
    loudest = Math.max(loudest, rms);
    const threshold = Math.max(fromDb(SILENCE_DBFS), noise * fromDb(SPEECH_OVER_NOISE_DB), loudest * fromDb(-SPEECH_RANGE_DB));
    const speech = rms >= threshold;
    loudRun = speech ? loudRun + 1 : 0;
    quietRun = speech ? 0 : quietRun + 1;
    if (state === 'waiting' && loudRun >= heardFrames) state = 'speaking';
    else if (state === 'speaking' && quietRun >= silentFrames) state = 'ended';
  };

  return {
    push(chunk) {
      for (const sample of chunk) {
        sum += sample * sample;
        if (++filled === hop) {
          if (state !== 'ended') frame(Math.sqrt(sum / hop));
          sum = 0;
          filled = 0;
        }
      }
      return state;
    },
  };
}
