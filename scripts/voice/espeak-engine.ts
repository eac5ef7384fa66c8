/**
 * eSpeak NG as a library (npm @echogarden/espeak-ng-emscripten, WebAssembly): one instance for the whole run,
 * and the engine's own word events, so each spoken word's place in the audio is known exactly, not estimated.
 */
import type { DecodedAudio } from './wav';

interface ESpeakEvent {
  get_type(): number;
  get_text_position(): number;
  get_sample(): number;
}
interface ESpeakWorker {
  set_voice(name: string): number;
  set_rate(wordsPerMinute: number): number;
  get_samplerate(): number;
  getSizeOfEventStruct_(): number;
  synth_(text: string, callback: number): void;
  text_to_phonemes(text: string, ipa: boolean): unknown;
}
interface ESpeakModule {
  eSpeakNGWorker: new () => ESpeakWorker;
  espeak_EVENT: unknown;
  HEAP16: Int16Array;
  HEAPU8: Uint8Array;
  addFunction(callback: (samples: number, length: number, events: number) => number, signature: string): number;
  removeFunction(pointer: number): void;
  wrapPointer<T>(pointer: number, type: unknown): T;
  getPointer(object: unknown): number;
}

const EVENT_LIST_TERMINATED = 0;
const EVENT_WORD = 1;

export interface ESpeakUtterance extends DecodedAudio {
  /** Each word event: the word's first character (0-based, in code points of the text) and its first sample. */
  words: { offset: number; sample: number }[];
}

let modulePromise: Promise<ESpeakModule> | null = null;

export class ESpeakVoice {
  private constructor(
    private readonly m: ESpeakModule,
    private readonly worker: ESpeakWorker,
    private readonly wordsPerMinute: number,
  ) {}

  static async open(voice: string, wordsPerMinute: number): Promise<ESpeakVoice> {
    modulePromise ??= import('@echogarden/espeak-ng-emscripten').then(({ default: init }) => (init as () => Promise<ESpeakModule>)());
    const m = await modulePromise;
    const worker = new m.eSpeakNGWorker();
    if (worker.set_voice(voice) !== 0) throw new Error(`eSpeak NG has no voice "${voice}"`);
    return new ESpeakVoice(m, worker, wordsPerMinute);
  }

  /** `pace` scales the voice's rate: 0.8 speaks at 80 % of its words per minute. */
  synthesize(text: string, pace = 1): ESpeakUtterance {
    const { m, worker } = this;
    worker.set_rate(Math.round(this.wordsPerMinute * pace));
    const chunks: Int16Array[] = [];
    const words: { offset: number; sample: number }[] = [];
    const eventSize = worker.getSizeOfEventStruct_();
    let total = 0;
    const callback = m.addFunction((samples, length, events) => {
      if (length > 0) chunks.push(m.HEAP16.slice(samples >> 1, (samples >> 1) + length));
      for (let pointer = events; ; pointer += eventSize) {
        const event = m.wrapPointer<ESpeakEvent>(pointer, m.espeak_EVENT);
        const type = event.get_type();
        if (type === EVENT_LIST_TERMINATED) break;
        if (type === EVENT_WORD) words.push({ offset: event.get_text_position() - 1, sample: event.get_sample() });
      }
      total += length;
      return 0;
    }, 'iiii');
    try {
      worker.synth_(text, callback);
    } finally {
      m.removeFunction(callback);
    }
    const samples = new Float32Array(total);
    let at = 0;
    for (const chunk of chunks) {
      for (let i = 0; i < chunk.length; i++) samples[at + i] = chunk[i]! / 32768;
      at += chunk.length;
    }
    return { samples, sampleRate: worker.get_samplerate(), words };
  }

  /** eSpeak NG's own phoneme transcription (IPA), as it would speak the text. */
  phonemes(text: string): string {
    const pointer = this.m.getPointer(this.worker.text_to_phonemes(text, true));
    let end = pointer;
    while (this.m.HEAPU8[end] !== 0) end++;
    return new TextDecoder().decode(this.m.HEAPU8.slice(pointer, end)).trim();
  }
}
