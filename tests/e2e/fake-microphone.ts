/**
 * What Chromium hears as its microphone in the voice studio's tests (`--use-file-for-fake-audio-capture`): a
 * real take of speech (tests/fixtures/voice-takes), or a take made here that the studio must refuse: silence, or
 * speech-like sound driven far past full scale over a quiet room's noise (clipped). 48 kHz mono 16-bit WAV.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RATE = 48_000;

function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((sample, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, sample)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A quiet room: white noise at about −60 dBFS, from a fixed seed (the same bytes every run). */
function roomNoise(seconds: number): Float32Array {
  const samples = new Float32Array(Math.round(seconds * RATE));
  let seed = 12345;
  for (let i = 0; i < samples.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    samples[i] = ((seed / 2 ** 32) * 2 - 1) * 0.0017;
  }
  return samples;
}

/** 2.6 s of room, 2 s of syllable-like sound (a voiced tone, 4 syllables a second) at 3× full scale, 2.5 s of room. */
function clippedTake(): Float32Array {
  const samples = roomNoise(7.1);
  const from = Math.round(2.6 * RATE);
  for (let i = 0; i < 2 * RATE; i++) {
    const t = i / RATE;
    const syllables = 0.55 + 0.45 * Math.sin(2 * Math.PI * 4 * t);
    samples[from + i]! += 3 * syllables * (0.6 * Math.sin(2 * Math.PI * 140 * t) + 0.3 * Math.sin(2 * Math.PI * 280 * t) + 0.1 * Math.sin(2 * Math.PI * 700 * t));
  }
  return samples;
}

const folder = path.join(tmpdir(), 'kelvoa-fake-microphone');

/**
 * The speech take with 2 s more silence before it: Chromium starts the file when the microphone opens, and the
 * studio must be listening before the first word (a take that starts in the middle of a word is refused).
 */
function speechTake(): Buffer {
  const file = readFileSync(path.resolve('tests/fixtures/voice-takes/mic-numerique.wav'));
  const data = file.indexOf('data');
  const header = Buffer.from(file.subarray(0, data + 8));
  const samples = file.subarray(data + 8);
  const silence = Buffer.alloc(LEAD_SILENCE_SECONDS * RATE * 2);
  header.writeUInt32LE(samples.length + silence.length, data + 4);
  header.writeUInt32LE(header.length - 8 + samples.length + silence.length, 4);
  return Buffer.concat([header, silence, samples]);
}

const LEAD_SILENCE_SECONDS = 2;

/**
 * Every worker reads the config again, so the files are written again while browsers may be reading them: a
 * file is replaced by a rename (a reader keeps the whole old one), and only when its bytes differ. A half-read
 * file would make Chromium fall back to its own beeping microphone.
 */
function writeOnce(file: string, bytes: Buffer): string {
  if (existsSync(file) && readFileSync(file).equals(bytes)) return file;
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
  return file;
}

/** The fake microphone files. */
export function fakeMicrophoneFiles() {
  mkdirSync(folder, { recursive: true });
  return {
    speech: writeOnce(path.join(folder, 'speech.wav'), speechTake()),
    silent: writeOnce(path.join(folder, 'silence.wav'), wav(new Float32Array(5 * RATE))),
    clipped: writeOnce(path.join(folder, 'clipped.wav'), wav(clippedTake())),
  };
}

export const fakeMicrophoneArgs = (file: string) => ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${file}`];
