/** Which voice speaks each language, and the fingerprint that tells whether a clip is up to date. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../contract/venue-config';
import { shownTextInput } from '../../domain/narration/narration-fingerprint';
import { PROJECT_ROOT } from '../content-sources';

interface Pace {
  /**
   * No clip of eight words or more is spoken faster than this (spoken words per minute, pauses left out,
   * scripts/voice/speech-rate.ts): about 10 % above the language's easy texts.
   */
  fastestWordsPerMinute: number;
}

export type VoiceSpec = Pace &
  ({ engine: 'svox-pico'; voice: string; textAnalysis: string; signalGeneration: string; speed: number; opusBitrate?: number } | { engine: 'espeak-ng'; voice: string; wordsPerMinute: number; opusBitrate?: number });

/** Bumped whenever synthesis, trimming or encoding changes, so every clip is made again. */
export const PIPELINE_VERSION = 4;

export const VOICES: Record<Language, VoiceSpec> = {
  fr: { engine: 'svox-pico', voice: 'fr-FR_nk0', textAnalysis: 'fr-FR_ta.bin', signalGeneration: 'fr-FR_nk0_sg.bin', speed: 90, fastestWordsPerMinute: 215 },
  en: { engine: 'svox-pico', voice: 'en-GB_kh0', textAnalysis: 'en-GB_ta.bin', signalGeneration: 'en-GB_kh0_sg.bin', speed: 90, fastestWordsPerMinute: 188 },
  es: { engine: 'svox-pico', voice: 'es-ES_zl0', textAnalysis: 'es-ES_ta.bin', signalGeneration: 'es-ES_zl0_sg.bin', speed: 90, fastestWordsPerMinute: 162 },
  // Below the others' 18 kb/s: the Arabic voice is slower and its texts, fully vowelled and with examples,
  // longer (at 16 kb/s they came to 8.09 MB); 15 kb/s keeps eSpeak's voice clear within the language's 8 MB.
  ar: { engine: 'espeak-ng', voice: 'ar', wordsPerMinute: 135, opusBitrate: 15_000, fastestWordsPerMinute: 99 },
};

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
 * Fingerprint of what a clip says (after the pronunciation lexicon), how, and which displayed words its timings
 * point to: a clip whose fingerprint differs is stale.
 */
export function narrationHash(text: { lines: readonly string[] }, voiceText: readonly string[], source: { voice: VoiceSpec } | { recordingSha256: string }): string {
  return sha256(JSON.stringify({ version: PIPELINE_VERSION, lines: text.lines, voiceText, source }));
}

/** Fingerprint of the displayed lines a clip's word timings point to, which the page can check itself. */
export function shownHash(lines: readonly string[]): string {
  return sha256(shownTextInput(lines));
}

export function missingPicoFiles(spec: Extract<VoiceSpec, { engine: 'svox-pico' }>, dir = picoLangDir()): string[] {
  return [spec.textAnalysis, spec.signalGeneration].map((file) => path.join(dir, file)).filter((file) => !existsSync(file));
}
