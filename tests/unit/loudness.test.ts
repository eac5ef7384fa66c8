import { describe, expect, it } from 'vitest';
import { fromDb, integratedLoudness, kWeightingFilters, limit, normaliseLoudness, TARGET_LUFS, TRUE_PEAK_CEILING_DBTP, truePeak } from '../../domain/audio/loudness';

const RATE = 48_000;

function sine(seconds: number, hz: number, peakDbfs: number, rate = RATE, phase = 0): Float32Array {
  const amplitude = fromDb(peakDbfs);
  return Float32Array.from({ length: Math.round(seconds * rate) }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / rate + phase));
}

const joined = (...parts: Float32Array[]) => {
  const out = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
};

/**
 * A mono 997 Hz sine of peak P dBFS reads P − 3.01 LUFS (BS.1770: a full-scale sine in one channel reads
 * −3.01 LKFS). The EBU Tech 3341 cases, given for a sine in both channels of a stereo file at L dBFS, are the
 * same loudness L as one mono sine at L + 3.01 dBFS.
 */
const toneAt = (seconds: number, lufs: number) => sine(seconds, 997, lufs + 3.01);

describe('integrated loudness (ITU-R BS.1770-4)', () => {
  it('builds the K-weighting filters whose 48 kHz coefficients BS.1770 tables', () => {
    const [shelf, highPass] = kWeightingFilters(48_000);
    const expected = [1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585];
    [...shelf.b, ...shelf.a].forEach((value, i) => expected[i] !== undefined && expect(value).toBeCloseTo(expected[i], 8));
    expect(highPass.b).toEqual([1, -2, 1]);
    expect(highPass.a[0]).toBeCloseTo(-1.99004745483398, 8);
    expect(highPass.a[1]).toBeCloseTo(0.99007225036621, 8);
  });

  it('reads a 997 Hz sine at −20 dBFS as −23.0 LUFS, at 48 kHz and at the 16 kHz of the clips', () => {
    expect(integratedLoudness(sine(10, 997, -20), 48_000)).toBeCloseTo(-23.0, 1);
    expect(integratedLoudness(sine(10, 997, -20, 16_000), 16_000)).toBeCloseTo(-23.0, 1);
  });

  it('passes the EBU Tech 3341 gating cases: quiet stretches below the relative gate, silence below the absolute one', () => {
    // Case 3: −36 / −23 / −36 LUFS for 10 / 60 / 10 s. Ungated it would read about −24.2.
    expect(integratedLoudness(joined(toneAt(10, -36), toneAt(60, -23), toneAt(10, -36)), RATE)).toBeCloseTo(-23, 1);
    // Case 4: −72 / −36 / −23 / −36 / −72 LUFS for 10 / 10 / 60 / 10 / 10 s.
    expect(integratedLoudness(joined(toneAt(10, -72), toneAt(10, -36), toneAt(60, -23), toneAt(10, -36), toneAt(10, -72)), RATE)).toBeCloseTo(-23, 1);
    // Case 5: −26 / −20 / −26 LUFS for 20 / 20.1 / 20 s: everything passes the gates.
    expect(integratedLoudness(joined(toneAt(20, -26), toneAt(20.1, -20), toneAt(20, -26)), RATE)).toBeCloseTo(-23, 1);
    expect(integratedLoudness(new Float32Array(RATE), RATE)).toBe(-Infinity);
  });

  it('measures a clip shorter than one 400 ms block over its whole length', () => {
    expect(integratedLoudness(sine(0.3, 997, -20), RATE)).toBeCloseTo(-23, 0);
  });
});

describe('true peak (BS.1770-4 Annex 2, 4× oversampling)', () => {
  it('finds the peak between samples that the samples miss', () => {
    // A sine at a quarter of the sample rate, 45° off: every sample is at ±0.707 (−3 dBFS), the wave reaches 1.
    const between = sine(1, RATE / 4, 0, RATE, Math.PI / 4);
    expect(Math.max(...between.slice(100, 200))).toBeCloseTo(Math.SQRT1_2, 3);
    const peak = truePeak(between);
    expect(peak).toBeGreaterThan(-0.4);
    expect(peak).toBeLessThan(0.2);
  });

  it('reads an ordinary tone at its sample peak', () => {
    expect(truePeak(sine(1, 997, -6))).toBeCloseTo(-6, 1);
  });
});

describe('limiter and normalisation', () => {
  const speechLike = (rate: number) => {
    // Syllables: 1 s bursts of a harmonic-rich tone with a loud attack, between short silences.
    const syllable = Float32Array.from({ length: rate }, (_, i) => {
      const t = i / rate;
      const envelope = Math.min(1, t * 40) * Math.exp(-3 * t) * (t < 0.05 ? 3 : 1);
      return 0.25 * envelope * (Math.sin(2 * Math.PI * 180 * t) + 0.6 * Math.sin(2 * Math.PI * 540 * t) + 0.3 * Math.sin(2 * Math.PI * 1260 * t));
    });
    return joined(syllable, new Float32Array(rate / 5), syllable, new Float32Array(rate / 5), syllable);
  };

  it('keeps a loud signal under the ceiling without clipping: the waveform keeps its shape', () => {
    const loud = sine(1, 440, 6, 16_000);
    const limited = limit(loud, 16_000, -1);
    expect(truePeak(limited)).toBeLessThanOrEqual(-1 + 0.05);
    // Not clipped: past the attack, it is the same sine scaled down, not flat-topped.
    const steady = limited.slice(8_000, 8_400);
    const scale = Math.max(...steady.map(Math.abs)) / fromDb(6);
    steady.forEach((value, i) => expect(value).toBeCloseTo(loud[8_000 + i]! * scale, 2));
  });

  it('leaves a signal under the ceiling untouched', () => {
    const quiet = sine(1, 440, -6, 16_000);
    expect(limit(quiet, 16_000, -1)).toEqual(quiet);
  });

  it.each([16_000, 48_000])(`brings quiet and loud speech at %i Hz to ${TARGET_LUFS} LUFS with true peaks at most ${TRUE_PEAK_CEILING_DBTP} dBTP`, (rate) => {
    for (const gain of [0.05, 1, 3]) {
      const out = normaliseLoudness(speechLike(rate).map((x) => x * gain), rate);
      expect(integratedLoudness(out, rate)).toBeCloseTo(TARGET_LUFS, 0);
      expect(truePeak(out)).toBeLessThanOrEqual(TRUE_PEAK_CEILING_DBTP + 0.05);
    }
  });

  it('takes another loudness and ceiling when asked, to leave room for the codec', () => {
    const out = normaliseLoudness(speechLike(16_000), 16_000, { targetLufs: -15.5, ceilingDb: -3 });
    expect(integratedLoudness(out, 16_000)).toBeCloseTo(-15.5, 0);
    expect(truePeak(out)).toBeLessThanOrEqual(-3 + 0.05);
  });

  it('returns silence unchanged', () => {
    const silence = new Float32Array(16_000);
    expect(normaliseLoudness(silence, 16_000)).toBe(silence);
  });
});
