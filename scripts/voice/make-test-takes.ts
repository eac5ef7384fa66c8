/**
 * Makes the voice studio's test recordings in tests/fixtures/voice-takes/ (`npx tsx scripts/voice/make-test-takes.ts`;
 * needs the SVOX Pico voice data, like `npm run voice`: ../shared/tts/pico-lang or PICO_LANG_DIR). The same voice data
 * and this script always make the same files (the noise is seeded).
 *
 * What they are: another voice than the synthetic clip's, reading the same line, as a microphone would capture it.
 * The Spanish voice (SVOX Pico es-ES_zl0) reads the French line of clip `lexicon.numerique.explanation`
 * ("Le numérique, ce sont les ordinateurs, les téléphones et internet.") with its Spanish accent, at 0.8×, 1× and
 * 1.25× the pace of the synthetic French clip (audio/fr/lexicon.numerique.explanation.opus): its speech, from the
 * first word's start to the last word's end, lasts the French clip's speech divided by the pace.
 *
 * Ground truth: each word is synthesised alone by the Spanish voice, cut where its sound starts and stops (the first
 * and last 10 ms frame above −55 dBFS, about 50 dB under the voice's loudest, so weak fricatives and the end of a
 * vowel are kept; below it is only the vocoder's faint hiss), and the words are joined end to end, with a pause
 * after each comma. So every word starts at a sample the script chooses: the word starts are exact, not estimated.
 * Pico's speed is searched so the joined speech has the wanted length. It is a careful reader who says each word
 * whole; it is not the French voice, nor its pitch, accent, pauses or pace, so the aligner is tested across voices.
 *
 * Each take is captured as a kiosk's microphone would: 0.4 s of room before the speech and 1.1 s after it (the
 * silence detector stops a take after 1 s of silence), speech peaking at −12 dBFS (a speaker at a normal distance,
 * well under the −16 LUFS target, so levelling has work to do), and white noise at −62 dBFS RMS throughout.
 *
 * Files (tests/fixtures/voice-takes/README.md says the same):
 * - `numerique-0.8x.wav`, `numerique-1x.wav`, `numerique-1.25x.wav`: 16 kHz mono 16-bit; beside each, `.json` with the
 *   word starts and ends in seconds from the start of the file (`wordStarts`, `wordEnds`) and how they were made;
 *   `wordLoudStarts` is where each word first reaches 0.015 RMS at the voice's own level, the level the voice
 *   pipeline counts as speech (`speechBounds`), so the convention of the synthetic clips' own word timings: after a
 *   weak consonant ("ce" begins with a soft /θ/ in this voice) it is up to 80 ms after the word's first sound.
 * - `mic-numerique.wav`: 48 kHz mono 16-bit, for Chromium's fake microphone (`--use-fake-device-for-media-stream
 *   --use-file-for-fake-audio-capture=<file>`; Chromium loops it): 0.6 s of silence, the 1× take's speech, then
 *   2.5 s of silence (noise at −62 dBFS as above); its `.json` gives the word starts from the speech onset.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { concatSamples, frameEnergies, HOP_SECONDS, speechBounds } from '../../domain/audio/audio-features';
import { fromDb } from '../../domain/audio/loudness';
import { wordsOf } from '../../domain/content/line-segments';
import { PROJECT_ROOT } from '../content-sources';
import { readNarrationCatalogue } from './narration-sources';
import { resample } from './ogg-opus-encoder';
import { PICO_SAMPLE_RATE, PicoVoice } from './pico-engine';
import { PICO_VOLUME } from './speakers';
import { AUDIO_DIR, missingPicoFiles, picoLangDir, VOICES } from './voice-config';
import { encodeWav } from './wav';

export const FIXTURE_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'voice-takes');
const CLIP_KEY = 'lexicon.numerique.explanation';
const PACES = [0.8, 1, 1.25] as const;
const WORD_EDGE_DBFS = -55;
/** After a comma, at the French clip's pace (its own pause there is 0.2 s). */
const COMMA_PAUSE_SECONDS = 0.25;
const LEAD_SECONDS = 0.4;
const TAIL_SECONDS = 1.1;
const SPEECH_PEAK_DBFS = -12;
const NOISE_DBFS = -72;
const MIC_RATE = 48_000;
const MIC_LEAD_SECONDS = 0.6;
const MIC_TAIL_SECONDS = 2.5;

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const round = (seconds: number) => Math.round(seconds * 10_000) / 10_000;

/** A word's sound: from the first to the last 10 ms frame above `WORD_EDGE_DBFS`. */
function wordSound(samples: Float32Array): Float32Array {
  const energies = frameEnergies(samples, PICO_SAMPLE_RATE);
  const floor = fromDb(WORD_EDGE_DBFS);
  const first = energies.findIndex((e) => e > floor);
  const last = energies.findLastIndex((e) => e > floor);
  if (first === -1) throw new Error('a word of the line has no sound');
  const hop = Math.round(PICO_SAMPLE_RATE * HOP_SECONDS);
  return samples.slice(first * hop, Math.min(samples.length, (last + 1) * hop));
}

/** Seeded white noise (mulberry32, then a sum of uniforms for a roughly normal shape), at an RMS level. */
function noise(length: number, dbfs: number, seed: number): Float32Array {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // The sum of 3 uniforms on [−0.5, 0.5) has variance 3/12 = 1/4: RMS 0.5.
  const scale = fromDb(dbfs) / 0.5;
  return Float32Array.from({ length }, () => (uniform() + uniform() + uniform() - 1.5) * scale);
}

const withNoise = (samples: Float32Array, seed: number) => {
  const hiss = noise(samples.length, NOISE_DBFS, seed);
  return samples.map((sample, i) => sample + hiss[i]!);
};

interface Take {
  speed: number;
  /** The speech alone, at 16 kHz, and where each word starts and ends in it. */
  speech: Float32Array;
  starts: number[];
  ends: number[];
  /** Where each word's sound first reaches the level the voice pipeline counts as speech (`speechBounds`). */
  loudStarts: number[];
}

function readTake(pico: PicoVoice, words: readonly string[], speed: number, pace: number): Take {
  const parts: Float32Array[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const loudStarts: number[] = [];
  let cursor = 0;
  words.forEach((word, index) => {
    const sound = wordSound(pico.synthesize(bare(word), speed, PICO_VOLUME));
    starts.push(cursor / PICO_SAMPLE_RATE);
    loudStarts.push(cursor / PICO_SAMPLE_RATE + (speechBounds(sound, PICO_SAMPLE_RATE)?.start ?? 0));
    parts.push(sound);
    cursor += sound.length;
    ends.push(cursor / PICO_SAMPLE_RATE);
    if (word.endsWith(',') && index < words.length - 1) {
      const pause = new Float32Array(Math.round((COMMA_PAUSE_SECONDS / pace) * PICO_SAMPLE_RATE));
      parts.push(pause);
      cursor += pause.length;
    }
  });
  return { speed, speech: concatSamples(parts), starts, ends, loudStarts };
}

/** Pico's speed (percent) whose take lasts closest to `seconds`: longer at lower speeds, so a bisection. */
function takeLasting(pico: PicoVoice, words: readonly string[], seconds: number, pace: number): Take {
  let [low, high] = [40, 300];
  const length = (take: Take) => take.speech.length / PICO_SAMPLE_RATE;
  let best = readTake(pico, words, 100, pace);
  while (high - low > 1) {
    const middle = Math.round((low + high) / 2);
    const take = readTake(pico, words, middle, pace);
    if (Math.abs(length(take) - seconds) < Math.abs(length(best) - seconds)) best = take;
    if (length(take) > seconds) low = middle;
    else high = middle;
  }
  for (const speed of [low, high]) {
    const take = readTake(pico, words, speed, pace);
    if (Math.abs(length(take) - seconds) < Math.abs(length(best) - seconds)) best = take;
  }
  return best;
}

function peakGain(samples: Float32Array): number {
  let peak = 0;
  for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
  return fromDb(SPEECH_PEAK_DBFS) / peak;
}

const silence = (seconds: number, rate: number) => new Float32Array(Math.round(seconds * rate));

async function main() {
  const spanish = VOICES.es;
  if (spanish.engine !== 'svox-pico') throw new Error('the Spanish voice is expected to be SVOX Pico');
  const missing = missingPicoFiles(spanish);
  if (missing.length > 0) throw new Error(`SVOX Pico voice data is missing: ${missing.join(', ')} (set PICO_LANG_DIR)`);
  const text = readNarrationCatalogue().find((entry) => entry.key === CLIP_KEY && entry.language === 'fr');
  if (!text || text.lines.length !== 1) throw new Error(`${CLIP_KEY} (fr) is expected to be one line`);
  const line = text.lines[0]!;
  const words = wordsOf(line);
  const timings = JSON.parse(readFileSync(path.join(AUDIO_DIR, 'fr', `${CLIP_KEY}.timings.json`), 'utf8')) as { words: { start: number; end: number }[] };
  const referenceSeconds = timings.words.at(-1)!.end - timings.words[0]!.start;
  const pico = await PicoVoice.open(path.join(picoLangDir(), spanish.textAnalysis), path.join(picoLangDir(), spanish.signalGeneration));
  mkdirSync(FIXTURE_DIR, { recursive: true });

  const method =
    'Each word synthesised alone by SVOX Pico es-ES_zl0 (volume 40), cut at the first and last 10 ms frame above −55 dBFS, ' +
    'and joined end to end with a pause after each comma: each word starts exactly where its samples were placed. ' +
    'Made by scripts/voice/make-test-takes.ts.';
  const common = { text: line, words, clip: `audio/fr/${CLIP_KEY}.opus`, voice: `SVOX Pico ${spanish.voice}`, referenceSpeechSeconds: round(referenceSeconds), method };
  let oneTimes: Take | undefined;
  for (const [index, pace] of PACES.entries()) {
    const take = takeLasting(pico, words, referenceSeconds / pace, pace);
    if (pace === 1) oneTimes = take;
    const gain = peakGain(take.speech);
    const captured = withNoise(concatSamples([silence(LEAD_SECONDS, PICO_SAMPLE_RATE), take.speech.map((s) => s * gain), silence(TAIL_SECONDS, PICO_SAMPLE_RATE)]), 1 + index);
    const name = `numerique-${pace}x`;
    writeFileSync(path.join(FIXTURE_DIR, `${name}.wav`), encodeWav({ samples: captured, sampleRate: PICO_SAMPLE_RATE }));
    const speechSeconds = take.speech.length / PICO_SAMPLE_RATE;
    const truth = {
      ...common,
      pace,
      picoSpeed: take.speed,
      sampleRate: PICO_SAMPLE_RATE,
      speechSeconds: round(speechSeconds),
      speechStart: LEAD_SECONDS,
      speechEnd: round(LEAD_SECONDS + speechSeconds),
      wordStarts: take.starts.map((start) => round(LEAD_SECONDS + start)),
      wordEnds: take.ends.map((end) => round(LEAD_SECONDS + end)),
      wordLoudStarts: take.loudStarts.map((start) => round(LEAD_SECONDS + start)),
      capture: `${LEAD_SECONDS} s before the speech and ${TAIL_SECONDS} s after it; speech peaks at ${SPEECH_PEAK_DBFS} dBFS; white noise at ${NOISE_DBFS} dBFS RMS throughout. Times in seconds from the start of the file.`,
    };
    writeFileSync(path.join(FIXTURE_DIR, `${name}.json`), `${JSON.stringify(truth, null, 2)}\n`);
    console.log(`${name}: Pico speed ${take.speed}, speech ${speechSeconds.toFixed(2)} s for ${(referenceSeconds / pace).toFixed(2)} s wanted`);
  }

  const take = oneTimes!;
  const speech = resample(take.speech.map((s) => s * peakGain(take.speech)), PICO_SAMPLE_RATE, MIC_RATE);
  const mic = withNoise(concatSamples([silence(MIC_LEAD_SECONDS, MIC_RATE), speech, silence(MIC_TAIL_SECONDS, MIC_RATE)]), 10);
  writeFileSync(path.join(FIXTURE_DIR, 'mic-numerique.wav'), encodeWav({ samples: mic, sampleRate: MIC_RATE }));
  const truth = {
    ...common,
    pace: 1,
    picoSpeed: take.speed,
    sampleRate: MIC_RATE,
    speechOnset: MIC_LEAD_SECONDS,
    speechSeconds: round(take.speech.length / PICO_SAMPLE_RATE),
    wordStarts: take.starts.map(round),
    wordEnds: take.ends.map(round),
    wordLoudStarts: take.loudStarts.map(round),
    capture: `For Chromium's fake microphone (it loops the file): ${MIC_LEAD_SECONDS} s of silence, the 1× take's speech (resampled from 16 kHz), ${MIC_TAIL_SECONDS} s of silence; speech peaks at ${SPEECH_PEAK_DBFS} dBFS; white noise at ${NOISE_DBFS} dBFS RMS throughout. Word times in seconds from the speech onset, which is ${MIC_LEAD_SECONDS} s into the file.`,
  };
  writeFileSync(path.join(FIXTURE_DIR, 'mic-numerique.json'), `${JSON.stringify(truth, null, 2)}\n`);
  console.log(`mic-numerique: ${(mic.length / MIC_RATE).toFixed(2)} s at ${MIC_RATE} Hz`);
}

await main();
