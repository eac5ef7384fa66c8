/**
 * The voices behind the narration. A speaker says one line, given as its spoken words, and tells where each
 * word is in the audio: SVOX Pico by synthesising each phrase on its own and warping per-word syntheses onto
 * it; eSpeak NG from its own word events.
 */
import path from 'node:path';
import type { Language } from '../../contract/venue-config';
import { concatSamples, speechBounds, type Span } from '../../domain/audio/audio-features';
import { arabicForESpeak } from './arabic-spelling';
import { ESpeakVoice } from './espeak-engine';
import { PICO_SAMPLE_RATE, PicoVoice } from './pico-engine';
import { VOICES, missingPicoFiles, picoLangDir, type VoiceSpec } from './voice-config';
import { alignWithinPhrase, hasSound, pauseAfter, phrases, spansFromWordStarts } from './word-timings';

export interface LineAudio {
  samples: Float32Array;
  sampleRate: number;
  /** One span per spoken word, in seconds from the start of `samples`. */
  spans: Span[];
}

export interface LineSpeaker {
  engine: string;
  voice: string;
  /** `pace` below 1 speaks slower: 0.8 takes about 1.25 times as long. */
  speakLine(words: readonly string[], pace?: number): LineAudio;
}

function trimmed(samples: Float32Array, sampleRate: number): Float32Array {
  const bounds = speechBounds(samples, sampleRate);
  return bounds ? samples.slice(Math.floor(bounds.start * sampleRate), Math.ceil(bounds.end * sampleRate)) : new Float32Array(0);
}

/**
 * Pico's own volume (percent). At 100 it clips: its int16 output hits full scale in most clips (flat-topped
 * waves); at 40 its loudest speech peaks near −4 dBFS, and loudness is set afterwards by gain.
 */
export const PICO_VOLUME = 40;

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

class PicoSpeaker implements LineSpeaker {
  readonly engine = 'svox-pico (@echogarden/svoxpico-wasm)';
  private readonly wordAudio = new Map<string, Float32Array>();

  constructor(
    private readonly pico: PicoVoice,
    private readonly speed: number,
    readonly voice: string,
    private readonly spell: (words: readonly string[]) => string[],
  ) {}

  private word(word: string, speed: number): Float32Array {
    const bareWord = bare(word);
    if (!hasSound(bareWord)) return new Float32Array(0);
    const key = `${speed}/${bareWord}`;
    let audio = this.wordAudio.get(key);
    if (!audio) {
      audio = trimmed(this.synthesize(bareWord, speed), PICO_SAMPLE_RATE);
      this.wordAudio.set(key, audio);
    }
    return audio;
  }

  private synthesize(text: string, speed: number): Float32Array {
    return this.pico.synthesize(text, speed, PICO_VOLUME);
  }

  speakLine(shown: readonly string[], pace = 1): LineAudio {
    const speed = Math.round(this.speed * pace);
    const words = this.spell(shown);
    const parts: Float32Array[] = [];
    const spans: Span[] = [];
    let cursor = 0;
    phrases(words).forEach((group, index, groups) => {
      const phraseWords = group.map((i) => words[i] ?? '');
      const phrase = trimmed(this.synthesize(phraseWords.join(' '), speed), PICO_SAMPLE_RATE);
      for (const span of alignWithinPhrase(phrase, phraseWords.map((word) => this.word(word, speed)), PICO_SAMPLE_RATE)) spans.push({ start: cursor + span.start, end: cursor + span.end });
      parts.push(phrase);
      cursor += phrase.length / PICO_SAMPLE_RATE;
      if (index < groups.length - 1) {
        const pause = new Float32Array(Math.round(pauseAfter(phraseWords.at(-1) ?? '') * PICO_SAMPLE_RATE));
        parts.push(pause);
        cursor += pause.length / PICO_SAMPLE_RATE;
      }
    });
    return { samples: concatSamples(parts), sampleRate: PICO_SAMPLE_RATE, spans };
  }
}

class ESpeakSpeaker implements LineSpeaker {
  readonly engine = 'espeak-ng (@echogarden/espeak-ng-emscripten)';

  constructor(
    private readonly espeak: ESpeakVoice,
    readonly voice: string,
    private readonly spell: (words: readonly string[]) => string[],
  ) {}

  speakLine(words: readonly string[], pace = 1): LineAudio {
    const spelled = this.spell(words);
    const offsets: number[] = [];
    let offset = 0;
    for (const word of spelled) {
      offsets.push(offset);
      offset += [...word].length + 1;
    }
    const utterance = this.espeak.synthesize(spelled.join(' '), pace);
    const starts: (number | null)[] = spelled.map(() => null);
    for (const event of utterance.words) {
      let index = offsets.findLastIndex((start) => start <= event.offset);
      if (index === -1) index = 0;
      if (starts[index] === null) starts[index] = event.sample;
    }
    return { samples: utterance.samples, sampleRate: utterance.sampleRate, spans: spansFromWordStarts(utterance.samples, utterance.sampleRate, starts) };
  }
}

/** How a language's words are spelled for its voice: what the voice is given, and so part of a clip's fingerprint. */
export function spellingFor(language: Language): (words: readonly string[]) => string[] {
  const marked = (words: readonly string[]) => words.map(withoutCutMarks);
  return VOICES[language].engine === 'espeak-ng' && language === 'ar' ? (words) => arabicForESpeak(marked(words)) : marked;
}

/** "[…]" marks a cut in a quoted text: shown, heard as a short pause ("…"), never read out as brackets. */
function withoutCutMarks(word: string): string {
  return word.replaceAll('[…]', '…');
}

export async function openSpeaker(language: Language, spec: VoiceSpec): Promise<LineSpeaker> {
  if (spec.engine === 'svox-pico') {
    const missing = missingPicoFiles(spec);
    if (missing.length > 0) {
      throw new Error(`SVOX Pico voice data for ${language} is missing: ${missing.join(', ')}.\nSet PICO_LANG_DIR to the folder holding the Pico *_ta.bin and *_sg.bin files (default: ${picoLangDir()}).`);
    }
    const pico = await PicoVoice.open(path.join(picoLangDir(), spec.textAnalysis), path.join(picoLangDir(), spec.signalGeneration));
    return new PicoSpeaker(pico, spec.speed, spec.voice, spellingFor(language));
  }
  const espeak = await ESpeakVoice.open(spec.voice, spec.wordsPerMinute);
  return new ESpeakSpeaker(espeak, spec.voice, spellingFor(language));
}
