/** Frame energies, speech bounds and MFCC features of mono audio (10 ms hop), for trimming and alignment. Pure: the voice pipeline and the page use it alike. */
import FFT from 'fft.js';

export interface Span {
  start: number;
  end: number;
}

export const HOP_SECONDS = 0.01;
const WINDOW_SECONDS = 0.025;
const SILENCE_RMS = 0.015;
const MEL_FILTERS = 26;
const CEPSTRA = 13;

export function frameEnergies(samples: Float32Array, sampleRate: number): number[] {
  const hop = Math.max(1, Math.round(sampleRate * HOP_SECONDS));
  const energies: number[] = [];
  for (let start = 0; start < samples.length; start += hop) {
    let sum = 0;
    const end = Math.min(samples.length, start + hop);
    for (const sample of samples.subarray(start, end)) sum += sample * sample;
    energies.push(Math.sqrt(sum / (end - start)));
  }
  return energies;
}

/** Seconds where speech starts and ends within [from, to) of a clip, or null when that stretch is silent. */
export function speechBounds(samples: Float32Array, sampleRate: number, from = 0, to = samples.length / sampleRate): Span | null {
  const hop = Math.max(1, Math.round(sampleRate * HOP_SECONDS));
  const energies = frameEnergies(samples.subarray(Math.floor(from * sampleRate), Math.ceil(to * sampleRate)), sampleRate);
  const first = energies.findIndex((e) => e > SILENCE_RMS);
  if (first === -1) return null;
  const last = energies.findLastIndex((e) => e > SILENCE_RMS);
  return { start: from + (first * hop) / sampleRate, end: Math.min(to, from + ((last + 1) * hop) / sampleRate) };
}

const hzToMel = (hz: number) => 2595 * Math.log10(1 + hz / 700);
const melToHz = (mel: number) => 700 * (10 ** (mel / 2595) - 1);

/** Mel-frequency cepstral coefficients 1–12 per 10 ms frame, mean-normalised over the clip. */
export function mfcc(samples: Float32Array, sampleRate: number): Float32Array[] {
  const hop = Math.round(sampleRate * HOP_SECONDS);
  const window = Math.round(sampleRate * WINDOW_SECONDS);
  let size = 1;
  while (size < window) size *= 2;
  const fft = new FFT(size);
  const spectrum = fft.createComplexArray() as number[];
  const frame = new Array<number>(size).fill(0);
  const hamming = Float32Array.from({ length: window }, (_, i) => 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (window - 1)));
  const bins = size / 2 + 1;
  const top = hzToMel(Math.min(7600, sampleRate / 2));
  const bottom = hzToMel(80);
  const edge = (i: number) => Math.floor((melToHz(bottom + ((top - bottom) * i) / (MEL_FILTERS + 1)) * size) / sampleRate);
  const filters = Array.from({ length: MEL_FILTERS }, (_, f) => ({ low: edge(f), centre: edge(f + 1), high: edge(f + 2) }));
  const frames: Float32Array[] = [];
  const logMel = new Float64Array(MEL_FILTERS);
  for (let start = 0; start < samples.length; start += hop) {
    for (let i = 0; i < size; i++) frame[i] = i < window && start + i < samples.length ? samples[start + i]! * hamming[i]! : 0;
    fft.realTransform(spectrum, frame);
    filters.forEach(({ low, centre, high }, f) => {
      let energy = 1e-10;
      for (let bin = low; bin < Math.min(bins, high); bin++) {
        const weight = bin < centre ? (bin - low) / Math.max(1, centre - low) : (high - bin) / Math.max(1, high - centre);
        energy += weight * ((spectrum[2 * bin] ?? 0) ** 2 + (spectrum[2 * bin + 1] ?? 0) ** 2);
      }
      logMel[f] = Math.log(energy);
    });
    const coefficients = new Float32Array(CEPSTRA - 1);
    for (let c = 1; c < CEPSTRA; c++) {
      let sum = 0;
      logMel.forEach((energy, f) => (sum += energy * Math.cos((Math.PI * c * (f + 0.5)) / MEL_FILTERS)));
      coefficients[c - 1] = sum;
    }
    frames.push(coefficients);
  }
  if (frames.length === 0) return frames;
  const mean = new Float32Array(CEPSTRA - 1);
  for (const coefficients of frames) coefficients.forEach((value, c) => (mean[c] = (mean[c] ?? 0) + value / frames.length));
  for (const coefficients of frames) coefficients.forEach((value, c) => (coefficients[c] = value - (mean[c] ?? 0)));
  return frames;
}

/** The parts one after the other, as one signal. */
export function concatSamples(parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
