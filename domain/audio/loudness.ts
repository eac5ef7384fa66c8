/**
 * Loudness and true peak of mono audio after ITU-R BS.1770-4, and the normalisation every clip goes through:
 * the synthesised voices now, recorded takes later. Pure (no Node, no DOM): the build scripts, the tests and the
 * page can all import it.
 */

/** Every clip, every language, is brought to this integrated loudness. */
export const TARGET_LUFS = -16;
/** No clip's true peak may exceed this. */
export const TRUE_PEAK_CEILING_DBTP = -1;

const BLOCK_SECONDS = 0.4;
const STEP_SECONDS = 0.1;
const ABSOLUTE_GATE_LUFS = -70;
const RELATIVE_GATE_LU = -10;

interface Biquad {
  b: [number, number, number];
  a: [number, number];
}

/**
 * The two K-weighting stages (high shelf, then high pass) for any sample rate, from the analogue prototype
 * whose 48 kHz coefficients are the ones tabled in BS.1770.
 */
export function kWeightingFilters(sampleRate: number): [Biquad, Biquad] {
  let k = Math.tan((Math.PI * 1681.974450955533) / sampleRate);
  let q = 0.7071752369554196;
  const vh = 10 ** (3.999843853973347 / 20);
  const vb = vh ** 0.4996667741545416;
  let a0 = 1 + k / q + k * k;
  const shelf: Biquad = {
    b: [(vh + (vb * k) / q + k * k) / a0, (2 * (k * k - vh)) / a0, (vh - (vb * k) / q + k * k) / a0],
    a: [(2 * (k * k - 1)) / a0, (1 - k / q + k * k) / a0],
  };
  k = Math.tan((Math.PI * 38.13547087602444) / sampleRate);
  q = 0.5003270373238773;
  a0 = 1 + k / q + k * k;
  const highPass: Biquad = { b: [1, -2, 1], a: [(2 * (k * k - 1)) / a0, (1 - k / q + k * k) / a0] };
  return [shelf, highPass];
}

function filter(samples: Float32Array, { b, a }: Biquad): Float64Array {
  const out = new Float64Array(samples.length);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i]!;
    const y = b[0] * x + b[1] * x1 + b[2] * x2 - a[0] * y1 - a[1] * y2;
    out[i] = y;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
  }
  return out;
}

const loudnessOf = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare);

/**
 * Integrated loudness in LUFS: K-weighted mean square over 400 ms blocks overlapping by 75 %, gated at −70 LUFS
 * and then 10 LU below the loudness of the blocks that passed. A clip shorter than one block counts as one
 * block over its whole length. Silence reads −Infinity.
 */
export function integratedLoudness(samples: Float32Array, sampleRate: number): number {
  const [shelf, highPass] = kWeightingFilters(sampleRate);
  const weighted = filter(Float32Array.from(filter(samples, shelf)), highPass);
  const block = Math.min(weighted.length, Math.round(BLOCK_SECONDS * sampleRate));
  const step = Math.round(STEP_SECONDS * sampleRate);
  if (block === 0) return -Infinity;
  const powers: number[] = [];
  for (let start = 0; start + block <= weighted.length; start += step) {
    let sum = 0;
    for (let i = start; i < start + block; i++) sum += weighted[i]! * weighted[i]!;
    powers.push(sum / block);
  }
  const gated = (threshold: number, from: readonly number[]) => from.filter((power) => loudnessOf(power) > threshold);
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const audible = gated(ABSOLUTE_GATE_LUFS, powers);
  if (audible.length === 0) return -Infinity;
  const kept = gated(loudnessOf(mean(audible)) + RELATIVE_GATE_LU, audible);
  return loudnessOf(mean(kept));
}

/** BS.1770-4 Annex 2: the 48-tap interpolation filter of 4× oversampling, as its four 12-tap phases. */
const OVERSAMPLING_PHASES = [
  [0.001708984375, 0.010986328125, -0.0196533203125, 0.033203125, -0.0594482421875, 0.1373291015625, 0.97216796875, -0.102294921875, 0.047607421875, -0.026611328125, 0.014892578125, -0.00830078125],
  [-0.0291748046875, 0.029296875, -0.0517578125, 0.089111328125, -0.16650390625, 0.465087890625, 0.77978515625, -0.2003173828125, 0.1015625, -0.0582275390625, 0.0330810546875, -0.0189208984375],
  [-0.0189208984375, 0.0330810546875, -0.0582275390625, 0.1015625, -0.2003173828125, 0.77978515625, 0.465087890625, -0.16650390625, 0.089111328125, -0.0517578125, 0.029296875, -0.0291748046875],
  [-0.00830078125, 0.014892578125, -0.026611328125, 0.047607421875, -0.102294921875, 0.97216796875, 0.1373291015625, -0.0594482421875, 0.033203125, -0.0196533203125, 0.010986328125, 0.001708984375],
] as const;
const TAPS = 12;
/** No interpolated value can exceed the largest input sample under the filter by more than this factor. */
const PHASE_GAIN_BOUND = Math.max(...OVERSAMPLING_PHASES.map((phase) => phase.reduce((sum, tap) => sum + Math.abs(tap), 0)));
const SKIP_BLOCK = 16;

/**
 * The largest absolute value of the 4× oversampled signal around each sample (`peaks[n]` covers the four values
 * the filter makes from the twelve samples ending at n + 6), computed only where it could exceed `floor`:
 * elsewhere it is left at 0. Quiet stretches, most of speech, cost almost nothing.
 */
export function oversampledPeaks(samples: Float32Array, floor = 0): Float32Array {
  const peaks = new Float32Array(samples.length);
  const blockMax = new Float32Array(Math.ceil(samples.length / SKIP_BLOCK));
  samples.forEach((sample, i) => (blockMax[Math.floor(i / SKIP_BLOCK)] = Math.max(blockMax[Math.floor(i / SKIP_BLOCK)]!, Math.abs(sample))));
  const at = (i: number) => (i >= 0 && i < samples.length ? samples[i]! : 0);
  for (let block = 0; block < blockMax.length; block++) {
    const nearby = Math.max(blockMax[block - 1] ?? 0, blockMax[block]!, blockMax[block + 1] ?? 0);
    if (nearby * PHASE_GAIN_BOUND <= floor) continue;
    for (let n = block * SKIP_BLOCK; n < Math.min(samples.length, (block + 1) * SKIP_BLOCK); n++) {
      let peak = 0;
      for (const phase of OVERSAMPLING_PHASES) {
        let sum = 0;
        for (let k = 0; k < TAPS; k++) sum += phase[k]! * at(n + 6 - k);
        peak = Math.max(peak, Math.abs(sum));
      }
      peaks[n] = peak;
    }
  }
  return peaks;
}

export const toDb = (linear: number) => 20 * Math.log10(linear);
export const fromDb = (db: number) => 10 ** (db / 20);

/** True peak in dBTP (4× oversampled, BS.1770-4 Annex 2). */
export function truePeak(samples: Float32Array): number {
  let samplePeak = 0;
  for (const sample of samples) samplePeak = Math.max(samplePeak, Math.abs(sample));
  // The oversampled peak is at least about the sample peak: nothing quieter than half of it can matter.
  const peaks = oversampledPeaks(samples, samplePeak / 2);
  let peak = 0;
  for (const value of peaks) peak = Math.max(peak, value);
  return toDb(peak);
}

const LOOKAHEAD_SECONDS = 0.005;
const RELEASE_SECONDS = 0.08;

/**
 * A look-ahead peak limiter: the gain needed to keep the oversampled signal under `ceilingDb` is taken as the
 * minimum over the coming 5 ms and then smoothed over 5 ms, so it has fully come down by each peak (no sample is
 * ever clipped); it comes back up over about 80 ms, so it does not flutter between syllables.
 */
export function limit(samples: Float32Array, sampleRate: number, ceilingDb: number): Float32Array {
  const ceiling = fromDb(ceilingDb);
  const peaks = oversampledPeaks(samples, ceiling);
  const needed = Float64Array.from(peaks, (peak) => (peak > ceiling ? ceiling / peak : 1));
  const window = Math.max(1, Math.round(LOOKAHEAD_SECONDS * sampleRate));
  // An oversampled peak is made of the twelve samples around it: each of them must already be turned down.
  const halo = TAPS / 2;
  // ahead[k]: the least gain any sample from k − halo to k + window + halo − 1 needs; only loud samples need any.
  const ahead = new Float64Array(needed.length).fill(1);
  needed.forEach((gain, n) => {
    if (gain === 1) return;
    for (let k = Math.max(0, n - window - halo + 1); k <= Math.min(needed.length - 1, n + halo); k++) ahead[k] = Math.min(ahead[k]!, gain);
  });
  const release = 1 - Math.exp(-1 / (RELEASE_SECONDS * sampleRate));
  const out = new Float32Array(samples.length);
  let gain = ahead[0] ?? 1;
  // Before the first sample the gain is already where the first samples need it.
  const before = ahead[0] ?? 1;
  let sum = window * before;
  for (let n = 0; n < samples.length; n++) {
    sum += ahead[n]! - (n >= window ? ahead[n - window]! : before);
    gain = Math.min(sum / window, gain + (1 - gain) * release);
    out[n] = samples[n]! * gain;
  }
  return out;
}

/** Gain steps at most: each makes up what the limiter took at the step before. */
const NORMALISATION_PASSES = 6;
const NORMALISATION_TOLERANCE_LU = 0.1;

/**
 * Brings a clip to a loudness (by default `TARGET_LUFS`) by gain alone, then limits it under a true-peak ceiling
 * (by default `TRUE_PEAK_CEILING_DBTP`). Limiting takes a little loudness: gain and limiting are repeated until
 * the loudness is on target.
 */
export function normaliseLoudness(samples: Float32Array, sampleRate: number, { targetLufs = TARGET_LUFS, ceilingDb = TRUE_PEAK_CEILING_DBTP } = {}): Float32Array {
  let out = samples;
  for (let pass = 0; pass < NORMALISATION_PASSES; pass++) {
    const loudness = integratedLoudness(out, sampleRate);
    if (!Number.isFinite(loudness)) return samples;
    if (pass > 0 && Math.abs(loudness - targetLufs) < NORMALISATION_TOLERANCE_LU) break;
    const gain = fromDb(targetLufs - loudness);
    out = limit(
      out.map((sample) => sample * gain),
      sampleRate,
      ceilingDb,
    );
  }
  return out;
}
