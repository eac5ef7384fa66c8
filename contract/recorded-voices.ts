/**
 * Voices recorded at the venue (the facilitator's voice studio): what the host keeps per text, what the page
 * plays, and the file that carries them to another kiosk. Pure: used by main, the preload's host in a browser
 * and the page. Hand-written checks, not zod: the visitor's page reads these too, and zod is not on its path.
 */
import { LANGUAGES, type Language } from './venue-defaults';
import type { WordTiming } from '../domain/narration/audio-manifest';

/** The same budget as the synthesised narration: what visitors load of one language's recorded clips. */
export const RECORDED_VOICE_BUDGET_BYTES = 8 * 1024 * 1024;
/** A take longer than this is refused before it is kept (a line of the programme is said in well under this). */
export const MAX_TAKE_SECONDS = 40;
/** No clip key is longer; no text has more lines. */
const MAX_KEY_LENGTH = 120;
const MAX_LINES = 60;
const MAX_LINE_TEXT = 2000;
const MAX_LINE_WORDS = 400;
/** One line's Ogg Opus take, one text's clip: more than a take of MAX_TAKE_SECONDS or a whole text can be. */
const MAX_LINE_BYTES = 512 * 1024;
const MAX_CLIP_BYTES = 4 * 1024 * 1024;

/** A kept take of one line: trimmed, levelled, Ogg Opus. `text` is the line it was said for. */
export interface RecordedLine {
  text: string;
  audio: Uint8Array;
  /** Seconds. */
  duration: number;
  /** Where each word of the line is said in the take (seconds), aligned when the take was made. */
  words: { start: number; end: number }[];
}

/** The recorded clip of a whole text, with its word timings (aligned to the synthetic clip). */
export interface RecordedClip {
  audio: Uint8Array;
  words: WordTiming[];
  /** Seconds. */
  duration: number;
  /** Fingerprint of the displayed lines it was made for (`shownFingerprint`): a clip for other words is never played. */
  shown: string;
}

export interface RecordedText {
  language: Language;
  /** The clip key of the text (clip-keys.ts). */
  key: string;
  /** One entry per line of the text; null where no take is kept yet. */
  lines: (RecordedLine | null)[];
  /** Made once every line is kept. */
  clip: RecordedClip | null;
}

/** The first 16 hex digits of the SHA-256 of the displayed lines (narration-fingerprint.ts's input). */
export const SHOWN_FINGERPRINT_LENGTH = 16;

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);
/** A clip key as a recording may name it: never a path (no separator, never starting with a dot). */
export const isClipKeyName = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_LENGTH && /^[a-z0-9][a-z0-9.-]*$/i.test(value);
const isSeconds = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 3600;
const isOggOpus = (value: unknown, max: number): value is Uint8Array =>
  value instanceof Uint8Array && value.length > 47 && value.length <= max && value[0] === 0x4f && value[1] === 0x67 && value[2] === 0x67 && value[3] === 0x53;

function parseLine(value: unknown): RecordedLine | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'object') return undefined;
  const { text, audio, duration, words } = value as Record<string, unknown>;
  if (typeof text !== 'string' || text.length > MAX_LINE_TEXT || !isOggOpus(audio, MAX_LINE_BYTES) || !isSeconds(duration) || !Array.isArray(words) || words.length > MAX_LINE_WORDS) return undefined;
  const spans = words.map((word) => {
    const { start, end } = (word ?? {}) as Record<string, unknown>;
    return isSeconds(start) && isSeconds(end) && end >= start ? { start, end } : null;
  });
  if (spans.some((span) => span === null)) return undefined;
  return { text, audio, duration, words: spans as RecordedLine['words'] };
}

function parseWord(value: unknown): WordTiming | null {
  if (typeof value !== 'object' || value === null) return null;
  const { line, word, start, end } = value as Record<string, unknown>;
  const index = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) < 1000;
  if (!index(line) || !index(word) || !isSeconds(start) || !isSeconds(end) || end < start) return null;
  return { line, word, start, end };
}

function parseClip(value: unknown): RecordedClip | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'object') return undefined;
  const { audio, words, duration, shown } = value as Record<string, unknown>;
  if (!isOggOpus(audio, MAX_CLIP_BYTES) || !isSeconds(duration) || typeof shown !== 'string' || !/^[0-9a-f]{16}$/.test(shown) || !Array.isArray(words)) return undefined;
  const parsed = words.map(parseWord);
  if (parsed.some((word) => word === null)) return undefined;
  return { audio, words: parsed as WordTiming[], duration, shown };
}

/** A recorded text as received over IPC or read back from storage; null when anything is off. */
export function parseRecordedText(value: unknown): RecordedText | null {
  if (typeof value !== 'object' || value === null) return null;
  const { language, key, lines, clip } = value as Record<string, unknown>;
  if (!isLanguage(language) || !isClipKeyName(key) || !Array.isArray(lines) || lines.length === 0 || lines.length > MAX_LINES) return null;
  const parsedLines = lines.map(parseLine);
  if (parsedLines.some((line) => line === undefined)) return null;
  const parsedClip = parseClip(clip ?? null);
  if (parsedClip === undefined) return null;
  if (parsedClip && parsedLines.some((line) => line === null)) return null;
  return { language, key, lines: parsedLines as (RecordedLine | null)[], clip: parsedClip };
}

/** A non-empty list of recorded texts (an import) as received; null when any one is off. */
export function parseRecordedTexts(value: unknown): RecordedText[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const texts = value.map(parseRecordedText);
  return texts.some((text) => text === null) ? null : (texts as RecordedText[]);
}

/** Bytes a text adds to what visitors load: its clip. */
export const clipBytes = (text: RecordedText) => text.clip?.audio.length ?? 0;

/**
 * The first language whose recorded clips, with `changed` put in place of (or beside) the ones they replace,
 * would go over the budget, and what they would weigh; null when every language fits. Main's store and the
 * preview's apply it alike.
 */
export async function languageOverBudget(
  changed: readonly RecordedText[],
  recorded: (language: Language) => Promise<readonly RecordedText[]>,
  budgetBytes = RECORDED_VOICE_BUDGET_BYTES,
): Promise<{ language: Language; bytes: number } | null> {
  for (const language of new Set(changed.map((text) => text.language))) {
    const mine = changed.filter((text) => text.language === language);
    const keys = new Set(mine.map((text) => text.key));
    const others = (await recorded(language)).filter((text) => !keys.has(text.key));
    const bytes = [...others, ...mine].reduce((sum, text) => sum + clipBytes(text), 0);
    if (bytes > budgetBytes) return { language, bytes };
  }
  return null;
}

/** The file that carries recordings to another kiosk: JSON, the audio in base64. */
export const VOICES_FILE_FORMAT = 'kelvoa-recorded-voices';
export const VOICES_FILE_EXTENSION = '.kelvoa-voices.json';
const VOICES_FILE_VERSION = 1;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out.push(BASE64[n >> 18]!, BASE64[(n >> 12) & 63]!, b === undefined ? '=' : BASE64[(n >> 6) & 63]!, c === undefined ? '=' : BASE64[n & 63]!);
  }
  return out.join('');
}

/** The bytes of standard base64 (padded); undefined for anything else. */
function fromBase64(text: unknown): Uint8Array | undefined {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  for (let i = 0, j = 0; i < text.length; i += 4) {
    const n = [0, 1, 2, 3].reduce((value, k) => (value << 6) | (BASE64_VALUE.get(text[i + k]!) ?? 0), 0);
    for (const byte of [n >> 16, (n >> 8) & 255, n & 255]) if (j < bytes.length) bytes[j++] = byte;
  }
  return bytes;
}

export function voicesFile(texts: readonly RecordedText[], exportedAt: Date): string {
  return JSON.stringify({
    format: VOICES_FILE_FORMAT,
    version: VOICES_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    texts: texts.map((text) => ({
      ...text,
      lines: text.lines.map((line) => line && { ...line, audio: toBase64(line.audio) }),
      clip: text.clip && { ...text.clip, audio: toBase64(text.clip.audio) },
    })),
  });
}

export type VoicesFileReading = { ok: true; texts: RecordedText[] } | { ok: false; reason: 'not-a-voices-file' | 'newer-version' | 'damaged' };

/** Reads a voices file; a file with one damaged text is refused whole (nothing half-imported). */
export function readVoicesFile(json: string): VoicesFileReading {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not-a-voices-file' };
  }
  const { format, version, texts } = (value ?? {}) as Record<string, unknown>;
  if (format !== VOICES_FILE_FORMAT) return { ok: false, reason: 'not-a-voices-file' };
  if (version !== VOICES_FILE_VERSION) return { ok: false, reason: typeof version === 'number' && version > VOICES_FILE_VERSION ? 'newer-version' : 'damaged' };
  if (!Array.isArray(texts)) return { ok: false, reason: 'damaged' };
  const parsed: RecordedText[] = [];
  for (const raw of texts) {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const lines = Array.isArray(entry.lines) ? entry.lines.map((line) => (line && typeof line === 'object' ? { ...line, audio: fromBase64((line as Record<string, unknown>).audio) } : line)) : entry.lines;
    const clip = entry.clip && typeof entry.clip === 'object' ? { ...entry.clip, audio: fromBase64((entry.clip as Record<string, unknown>).audio) } : entry.clip;
    const text = parseRecordedText({ ...entry, lines, clip });
    if (!text) return { ok: false, reason: 'damaged' };
    parsed.push(text);
  }
  return { ok: true, texts: parsed };
}

/** The result of a change to the recordings: refused with a reason the studio shows, never half-done. */
export type VoiceChangeReply = { ok: true } | { ok: false; reason: 'over-budget' | 'invalid' | 'not-saved' };

/** What the studio asks of the microphone: on for one take, then off. */
export type MicrophoneRequest = 'take-start' | 'take-end';
export const MICROPHONE_REQUESTS: readonly MicrophoneRequest[] = ['take-start', 'take-end'];

/** A voices file chosen for import, read and checked by the host. */
export type VoicesFileChoice = { status: 'chosen'; name: string; texts: RecordedText[] } | { status: 'canceled' } | { status: 'failed'; reason: string };
