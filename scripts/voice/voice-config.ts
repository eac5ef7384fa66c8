/** Which voice speaks each language, and the fingerprint that tells whether a clip is up to date. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../contract/venue-config';
import { fingerprintInput, type VoiceSpec } from '../../domain/narration/narration-fingerprint';
import { PROJECT_ROOT } from '../content-sources';

export { PIPELINE_VERSION, VOICES, prepareForVoice, type VoiceSpec } from '../../domain/narration/narration-fingerprint';

/** Narration of one language must fit in this many bytes. */
export const LANGUAGE_AUDIO_BUDGET = 8 * 1024 * 1024;

export const AUDIO_DIR = path.join(PROJECT_ROOT, 'audio');
export const MANIFEST_FILE = path.join(AUDIO_DIR, 'manifest.json');
export const recordedFile = (language: Language, key: string) => path.join(AUDIO_DIR, 'recorded', language, `${key}.wav`);

/** The Pico voice data folder: PICO_LANG_DIR, else the shared folder beside the project. */
export function picoLangDir(): string {
  return process.env.PICO_LANG_DIR ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'tts', 'pico-lang');
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Fingerprint of what a clip says, how, and which displayed words its timings point to: a clip whose
 * fingerprint differs is stale.
 */
export function narrationHash(text: { lines: readonly string[]; spokenLines: readonly string[] }, source: { voice: VoiceSpec } | { recordingSha256: string }): string {
  return sha256(fingerprintInput(text, source));
}

export function missingPicoFiles(spec: Extract<VoiceSpec, { engine: 'svox-pico' }>, dir = picoLangDir()): string[] {
  return [spec.textAnalysis, spec.signalGeneration].map((file) => path.join(dir, file)).filter((file) => !existsSync(file));
}
