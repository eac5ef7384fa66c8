/**
 * What Chromium hears as its microphone in the voice studio's tests (`--use-file-for-fake-audio-capture`): a
 * real take of speech (tests/fixtures/voice-takes), or a take made here that the studio must refuse: silence,
 * or speech-like sound driven far past full scale (clipped). 48 kHz mono 16-bit WAV.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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

/** 0.6 s of silence, 2 s of a vowel-like sound at 3× full scale (flattened at ±1), 2.5 s of silence. */
function clippedTake(): Float32Array {
  const samples = new Float32Array(Math.round(5.1 * RATE));
  const from = Math.round(0.6 * RATE);
  for (let i = 0; i < 2 * RATE; i++) {
    const t = i / RATE;
    samples[from + i] = 3 * (0.6 * Math.sin(2 * Math.PI * 140 * t) + 0.3 * Math.sin(2 * Math.PI * 280 * t) + 0.1 * Math.sin(2 * Math.PI * 700 * t));
  }
  return samples;
}

const folder = path.join(tmpdir(), 'kelvoa-fake-microphone');

/** The fake microphone files, written once per run (every worker reads the config again: same bytes). */
export function fakeMicrophoneFiles() {
  mkdirSync(folder, { recursive: true });
  const silent = path.join(folder, 'silence.wav');
  const clipped = path.join(folder, 'clipped.wav');
  writeFileSync(silent, wav(new Float32Array(5 * RATE)));
  writeFileSync(clipped, wav(clippedTake()));
  return { speech: path.resolve('tests/fixtures/voice-takes/mic-numerique.wav'), silent, clipped };
}

export const fakeMicrophoneArgs = (file: string) => ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${file}`];
