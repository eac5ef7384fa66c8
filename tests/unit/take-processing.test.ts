/**
 * A take of the voice studio, from the microphone to a clip-ready line: trimmed to its speech, levelled like every
 * clip, or refused with its reason; and the detector that ends a take after a second of silence. On the test
 * recordings (tests/fixtures/voice-takes/: real speech of the project's Spanish voice, with the room's noise) and on
 * takes spoilt from them here: silent, too quiet, clipped, cut off, too long.
 */
import { describe, expect, it } from 'vitest';
import { integratedLoudness, TARGET_LUFS, TRUE_PEAK_CEILING_DBTP, truePeak } from '../../domain/audio/loudness';
import { clippedRuns, KEEP_AFTER_SECONDS, KEEP_BEFORE_SECONDS, MAX_GAIN_DB, processTake, silenceDetector, type ProcessedTake } from '../../domain/voice-studio/take-processing';
import { PACED_TAKES, readVoiceTake, trimmedAt, type TakeName } from './voice-takes';

const LIMITS = { maxSeconds: 20 };
/** Frames are 10 ms: an edge found from them may be a frame or two out. */
const FRAME_SLACK = 0.03;
/**
 * The first and last sound of a word can be fainter than the level that tells speech from the room (the truth puts
 * a word's edges 50 dB under the voice's loudest): speech is then found up to this much inside its true edges, and
 * the margins kept around it cover the difference.
 */
const FAINT_EDGE = 0.08;

function accepted(result: ProcessedTake): Extract<ProcessedTake, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result;
}

const scaled = (samples: Float32Array, gain: number) => samples.map((sample) => sample * gain);
const part = (samples: Float32Array, sampleRate: number, from: number, to = samples.length / sampleRate) => samples.slice(Math.round(from * sampleRate), Math.round(to * sampleRate));

/** Seeded white noise at an RMS level (dBFS). */
function noise(length: number, dbfs: number, seed = 1): Float32Array {
  let state = seed;
  const uniform = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const scale = 10 ** (dbfs / 20) / 0.5;
  return Float32Array.from({ length }, () => (uniform() + uniform() + uniform() - 1.5) * scale);
}

describe('trimming a take to its speech', () => {
  it.each([...PACED_TAKES, 'mic-numerique'] satisfies TakeName[])('%s: keeps the speech whole, with 150 ms before it and 250 ms after it', (name) => {
    const take = readVoiceTake(name);
    const processed = accepted(processTake(take.samples, take.sampleRate, LIMITS));
    expect(processed.sampleRate).toBe(take.sampleRate);
    const from = trimmedAt(take.samples, processed.samples, take.sampleRate, take.speechStart - KEEP_BEFORE_SECONDS);
    const to = from + processed.samples.length / take.sampleRate;
    expect(from).toBeLessThanOrEqual(take.speechStart);
    expect(to).toBeGreaterThanOrEqual(take.speechEnd);
    const before = take.speechStart - from;
    const after = to - take.speechEnd;
    console.info(`${name}: kept ${Math.round(before * 1000)} ms before the speech and ${Math.round(after * 1000)} ms after it`);
    expect(before).toBeGreaterThanOrEqual(KEEP_BEFORE_SECONDS - FRAME_SLACK);
    expect(before).toBeLessThanOrEqual(KEEP_BEFORE_SECONDS + FAINT_EDGE);
    expect(after).toBeGreaterThanOrEqual(KEEP_AFTER_SECONDS - FAINT_EDGE);
    expect(after).toBeLessThanOrEqual(KEEP_AFTER_SECONDS + FRAME_SLACK);
    // speechStart: where the speech was found, in the returned samples.
    expect(Math.abs(processed.speechStart - KEEP_BEFORE_SECONDS)).toBeLessThanOrEqual(FRAME_SLACK);
    expect(from + processed.speechStart - take.speechStart).toBeGreaterThanOrEqual(-FRAME_SLACK);
    expect(from + processed.speechStart - take.speechStart).toBeLessThanOrEqual(FAINT_EDGE);
  });

  it('keeps what is left before the speech when the capture began less than 150 ms before it', () => {
    const take = readVoiceTake('numerique-1x');
    const late = part(take.samples, take.sampleRate, take.speechStart - 0.1);
    const processed = accepted(processTake(late, take.sampleRate, LIMITS));
    expect(processed.speechStart).toBeGreaterThanOrEqual(0.1 - FRAME_SLACK);
    expect(processed.speechStart).toBeLessThanOrEqual(0.1 + FAINT_EDGE);
    expect(trimmedAt(late, processed.samples, take.sampleRate, 0, 0.05)).toBe(0);
  });

  it('leaves out a tap on the screen well before the speech', () => {
    const take = readVoiceTake('numerique-1x');
    const tapped = take.samples.slice();
    // A 20 ms knock 0.3 s into the room's 0.4 s.
    for (let i = 0; i < 0.02 * take.sampleRate; i++) tapped[Math.round(0.1 * take.sampleRate) + i] = 0.3 * Math.sin(i / 3) * Math.exp(-i / 80);
    const processed = accepted(processTake(tapped, take.sampleRate, LIMITS));
    expect(processed.samples.length).toBe(accepted(processTake(take.samples, take.sampleRate, LIMITS)).samples.length);
  });
});

describe('levelling a take', () => {
  it.each([...PACED_TAKES, 'mic-numerique'] satisfies TakeName[])('%s: −16 LUFS ± 0.5 LU, true peak at most −1 dBTP', (name) => {
    const take = readVoiceTake(name);
    // The takes were captured well under the target: levelling has work to do.
    expect(integratedLoudness(take.samples, take.sampleRate)).toBeLessThan(TARGET_LUFS - 6);
    const { samples, sampleRate } = accepted(processTake(take.samples, take.sampleRate, LIMITS));
    expect(Math.abs(integratedLoudness(samples, sampleRate) - TARGET_LUFS)).toBeLessThanOrEqual(0.5);
    expect(truePeak(samples)).toBeLessThanOrEqual(TRUE_PEAK_CEILING_DBTP);
  });

  it('brings a hot take (peaks at 0.98 of full scale) and one 24 dB under it to the same level', () => {
    const take = readVoiceTake('numerique-1x');
    let peak = 0;
    for (const sample of take.samples) peak = Math.max(peak, Math.abs(sample));
    for (const gain of [0.98 / peak, (0.98 / peak) * 10 ** (-24 / 20)]) {
      const { samples, sampleRate } = accepted(processTake(scaled(take.samples, gain), take.sampleRate, LIMITS));
      expect(Math.abs(integratedLoudness(samples, sampleRate) - TARGET_LUFS)).toBeLessThanOrEqual(0.5);
      expect(truePeak(samples)).toBeLessThanOrEqual(TRUE_PEAK_CEILING_DBTP);
    }
  });
});

describe('refusing a take, with the reason', () => {
  const take = readVoiceTake('numerique-1x');
  const rate = take.sampleRate;
  const refusal = (samples: Float32Array, limits = LIMITS) => {
    const result = processTake(samples, rate, limits);
    return result.ok ? 'accepted' : result.problem;
  };

  it('silent: nothing but the room, digital silence, or a tap on the screen', () => {
    expect(refusal(noise(4 * rate, -72))).toBe('silent');
    expect(refusal(noise(4 * rate, -45))).toBe('silent');
    expect(refusal(new Float32Array(4 * rate))).toBe('silent');
    expect(refusal(new Float32Array(0))).toBe('silent');
    const tap = noise(4 * rate, -72);
    for (let i = 0; i < 0.02 * rate; i++) tap[2 * rate + i] = 0.5 * Math.sin(i / 3) * Math.exp(-i / 80);
    expect(refusal(tap)).toBe('silent');
  });

  it(`too quiet: speech that would need more than ${MAX_GAIN_DB} dB to reach the target`, () => {
    const speech = part(take.samples, rate, take.speechStart - KEEP_BEFORE_SECONDS, take.speechEnd + KEEP_AFTER_SECONDS);
    const needed = TARGET_LUFS - integratedLoudness(speech, rate);
    const quietBy = (db: number) => scaled(take.samples, 10 ** (-(db - needed) / 20));
    expect(refusal(quietBy(MAX_GAIN_DB + 2))).toBe('too-quiet');
    expect(refusal(quietBy(MAX_GAIN_DB + 12))).toBe('too-quiet');
    expect(refusal(quietBy(MAX_GAIN_DB - 2))).toBe('accepted');
  });

  it('clipped: speech driven past full scale, not a hot take nor a single click', () => {
    const overdriven = take.samples.map((sample) => Math.max(-1, Math.min(1, sample * 8)));
    expect(clippedRuns(overdriven)).toBeGreaterThan(20);
    expect(refusal(overdriven)).toBe('clipped');
    // Past full scale by only 1 dB: still flattened on several pitch periods.
    let peak = 0;
    for (const sample of take.samples) peak = Math.max(peak, Math.abs(sample));
    const justOver = take.samples.map((sample) => Math.max(-1, Math.min(1, (sample / peak) * 10 ** (1 / 20))));
    expect(refusal(justOver)).toBe('clipped');
    // Up to 0.98 of full scale, and one click pinned at full scale for 4 samples in the speech.
    const hot = scaled(take.samples, 0.98 / peak);
    expect(refusal(hot)).toBe('accepted');
    hot.fill(1, Math.round((take.speechStart + 1) * rate), Math.round((take.speechStart + 1) * rate) + 4);
    expect(clippedRuns(hot)).toBe(1);
    expect(refusal(hot)).toBe('accepted');
  });

  it('cut off: speech already under way when the capture began, or still under way when it stopped', () => {
    expect(refusal(part(take.samples, rate, take.wordStarts[1]! + 0.05))).toBe('cut-off');
    expect(refusal(part(take.samples, rate, 0, take.wordStarts[9]! + 0.1))).toBe('cut-off');
    // A capture that begins 0.1 s before the speech and stops 0.1 s after it is whole.
    expect(refusal(part(take.samples, rate, take.speechStart - 0.1, take.speechEnd + 0.1))).toBe('accepted');
  });

  it('too long: speech longer than allowed, from its first sound to its last', () => {
    const seconds = take.speechEnd - take.speechStart;
    expect(refusal(take.samples, { maxSeconds: seconds - 0.1 })).toBe('too-long');
    expect(refusal(take.samples, { maxSeconds: seconds + 0.1 })).toBe('accepted');
  });
});

describe('the silence detector', () => {
  /** The detector's answers over a capture fed in chunks: when it first said 'speaking' and 'ended' (seconds). */
  function follow(samples: Float32Array, sampleRate: number, chunk: number, silenceSeconds?: number) {
    const detector = silenceDetector(sampleRate, silenceSeconds);
    const seen = new Map<string, number>();
    const states: string[] = [];
    for (let at = 0; at < samples.length; at += chunk) {
      const state = detector.push(samples.subarray(at, at + chunk));
      states.push(state);
      if (!seen.has(state)) seen.set(state, Math.min(samples.length, at + chunk) / sampleRate);
    }
    return { speaking: seen.get('speaking'), ended: seen.get('ended'), states };
  }

  it('waits for speech, follows it through its pauses, and ends 1 s after it', () => {
    const take = readVoiceTake('mic-numerique');
    const { speaking, ended, states } = follow(take.samples, take.sampleRate, 128);
    expect(speaking).toBeGreaterThan(take.speechStart);
    expect(speaking).toBeLessThan(take.speechStart + 0.2);
    expect(ended).toBeGreaterThanOrEqual(take.speechEnd + 1 - FAINT_EDGE);
    expect(ended).toBeLessThanOrEqual(take.speechEnd + 1 + FRAME_SLACK);
    // Once ended, it stays ended.
    expect(states.slice(states.indexOf('ended')).every((state) => state === 'ended')).toBe(true);
  });

  it('gives the same answers whatever the size of the chunks', () => {
    const take = readVoiceTake('numerique-1x');
    const small = follow(take.samples, take.sampleRate, 128);
    const large = follow(take.samples, take.sampleRate, 4096);
    expect(Math.abs(small.ended! - large.ended!)).toBeLessThanOrEqual(4096 / take.sampleRate);
    expect(Math.abs(small.speaking! - large.speaking!)).toBeLessThanOrEqual(4096 / take.sampleRate);
  });

  it('takes a shorter silence when told: the pause after a comma then ends the take', () => {
    const take = readVoiceTake('numerique-0.8x');
    const { ended } = follow(take.samples, take.sampleRate, 512, 0.2);
    // The first comma's pause (0.31 s at this pace) follows "numérique," (word 2).
    expect(ended).toBeGreaterThan(take.wordStarts[1]!);
    expect(ended).toBeLessThan(take.wordStarts[2]!);
  });

  it('keeps waiting through the room’s noise, digital silence and a tap on the screen', () => {
    const rate = 48_000;
    const room = noise(5 * rate, -50);
    for (let i = 0; i < 0.02 * rate; i++) room[2 * rate + i] = 0.5 * Math.sin(i / 9) * Math.exp(-i / 240);
    expect(follow(room, rate, 128).states.every((state) => state === 'waiting')).toBe(true);
    expect(follow(new Float32Array(2 * rate), rate, 128).states.every((state) => state === 'waiting')).toBe(true);
  });
});
