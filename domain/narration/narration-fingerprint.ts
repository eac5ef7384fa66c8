/**
 * What a clip's fingerprint (the manifest's `textHash`, SHA-256 of this text) covers: what it says, how, by
 * which voice, and which displayed words its timings point to. Shared by the voice pipeline, which writes it,
 * and the facilitator's content check, which recomputes it in the page to find stale clips.
 */
import type { Language } from '../languages';

export type VoiceSpec =
  | { engine: 'svox-pico'; voice: string; textAnalysis: string; signalGeneration: string; speed: number }
  | { engine: 'espeak-ng'; voice: string; wordsPerMinute: number };

/** Bumped whenever synthesis, trimming or encoding changes, so every clip is made again. */
export const PIPELINE_VERSION = 2;

export const VOICES: Record<Language, VoiceSpec> = {
  fr: { engine: 'svox-pico', voice: 'fr-FR_nk0', textAnalysis: 'fr-FR_ta.bin', signalGeneration: 'fr-FR_nk0_sg.bin', speed: 90 },
  en: { engine: 'svox-pico', voice: 'en-GB_kh0', textAnalysis: 'en-GB_ta.bin', signalGeneration: 'en-GB_kh0_sg.bin', speed: 90 },
  es: { engine: 'svox-pico', voice: 'es-ES_zl0', textAnalysis: 'es-ES_ta.bin', signalGeneration: 'es-ES_zl0_sg.bin', speed: 90 },
  ar: { engine: 'espeak-ng', voice: 'ar', wordsPerMinute: 135 },
};

/** Groups of digits written with spaces ("2 500 000") are one number to a voice. */
export function prepareForVoice(line: string): string {
  return line.replace(/(\d)[\u00a0\u202f ](?=\d{3}\b)/g, '$1');
}

/** The text whose SHA-256 is a clip's fingerprint. */
export function fingerprintInput(text: { lines: readonly string[]; spokenLines: readonly string[] }, source: { voice: VoiceSpec } | { recordingSha256: string }): string {
  return JSON.stringify({ version: PIPELINE_VERSION, lines: text.lines, spokenLines: text.spokenLines.map(prepareForVoice), source });
}
