/**
 * The kiosk's voice, on howler (Web Audio). Two channels:
 * - the page's narration (what a screen says, a text, a question): one at a time, a new one stops the
 *   previous, with word positions for the highlight; "listen again" replays it;
 * - a button's name (held, hovered, or reached by scanning): short, it holds the page's narration and lets
 *   it go on afterwards, and it never becomes what "listen again" replays.
 * Clips are decoded ahead into a bounded cache (least recently used evicted), so a tap plays at once.
 * A missing or corrupt clip is reported, never thrown: the text stays on screen and the next clip plays.
 */
import { Howl, Howler } from 'howler';
import type { WordTiming } from '../../../domain/narration/audio-manifest';
import { requestedKey, type ClipKey, type ClipRequest } from '../../../domain/narration/clip-keys';

export interface ClipSource {
  audioUrl: string;
  timingsUrl: string;
  /** Seconds, from the manifest: used to budget the cache before a clip is decoded. */
  duration: number;
}

export interface NarrationPosition {
  line: number;
  word: number;
}

export interface NarrationState {
  key: ClipKey | null;
  status: 'idle' | 'loading' | 'playing' | 'paused';
  position: NarrationPosition | null;
  /** A clip that could not be played, for a visible notice. */
  failedKey: ClipKey | null;
}

export interface NarratorOptions {
  resolve: (request: ClipRequest) => ClipSource | undefined;
  /** Upper bound of decoded audio kept in memory. */
  cacheBytes: number;
  onState: (state: NarrationState) => void;
  onProblem: (message: string) => void;
  /** Called with performance.now() when a clip actually starts, for latency measurement. */
  onStarted?: (key: ClipKey, at: number, channel: 'narration' | 'name') => void;
}

interface CachedClip {
  /** The audio file's URL: the cache key, unique per language and clip. */
  url: string;
  howl: Howl;
  ready: Promise<void>;
  timings: WordTiming[];
  bytes: number;
  lastUsed: number;
}

/** Decoded size of a clip: float32 samples at the output's rate, mono. */
export function decodedBytes(durationSeconds: number, sampleRate: number): number {
  return Math.ceil(durationSeconds * sampleRate) * 4;
}

export function positionAt(timings: readonly WordTiming[], seconds: number): NarrationPosition | null {
  let current: WordTiming | undefined;
  for (const timing of timings) {
    if (timing.start > seconds) break;
    current = timing;
  }
  return current ? { line: current.line, word: current.word } : null;
}

export class Narrator {
  private readonly cache = new Map<string, CachedClip>();
  /** The page's narration: the clip playing and its sound id in that clip's Howl. */
  private playing: { clip: CachedClip; soundId: number } | null = null;
  private queue: ClipRequest[] = [];
  /** The last page narration asked for, whole: what "listen again" replays. */
  private lastNarration: readonly ClipRequest[] = [];
  private generation = 0;
  /** A button's name being said, and whether the page's narration waits for it. */
  private name: { clip: CachedClip; soundId: number; holding: boolean } | null = null;
  private nameGeneration = 0;
  private frame = 0;
  private rate = 1;
  private state: NarrationState = { key: null, status: 'idle', position: null, failedKey: null };

  constructor(private readonly options: NarratorOptions) {
    // An unattended kiosk must answer the first tap of the day at once: the audio context never sleeps.
    Howler.autoSuspend = false;
    Howler.html5PoolSize = 0;
  }

  get cachedBytes(): number {
    let total = 0;
    for (const clip of this.cache.values()) total += clip.bytes;
    return total;
  }

  /** URLs of the clips decoded in memory. */
  get cachedUrls(): string[] {
    return [...this.cache.keys()];
  }

  /** Decodes clips ahead, most important first; nothing beyond the cache budget is kept. */
  preload(requests: readonly ClipRequest[]): void {
    for (const request of requests) {
      const source = this.options.resolve(request);
      if (!source || this.cache.has(source.audioUrl)) continue;
      this.load(requestedKey(request), source).ready.catch(() => undefined);
    }
  }

  /** Starts the page's narration: these clips in turn, instead of whatever the page was saying. */
  play(requests: readonly ClipRequest[]): void {
    this.stopCurrent();
    this.stopName();
    this.generation++;
    this.queue = [...requests];
    this.lastNarration = [...requests];
    this.update({ failedKey: null });
    void this.next(this.generation);
  }

  pause(): void {
    if (this.playing && this.state.status === 'playing') {
      this.update({ status: 'paused' });
      this.stopName();
      this.playing.clip.howl.pause(this.playing.soundId);
      cancelAnimationFrame(this.frame);
    }
  }

  resume(): void {
    if (this.playing && this.state.status === 'paused') {
      this.playing.clip.howl.play(this.playing.soundId);
      this.update({ status: 'playing' });
      this.track();
    }
  }

  /** Plays the page's last narration again from its start (never a button's name). */
  replay(): void {
    if (this.lastNarration.length > 0) this.play(this.lastNarration);
  }

  stop(): void {
    this.generation++;
    this.queue = [];
    this.stopCurrent();
    this.stopName();
    this.update({ key: null, status: 'idle', position: null });
  }

  /**
   * Says a button's name on the short channel. The page's narration, if playing, waits and then goes on
   * from where it was; a new name replaces a name still being said.
   */
  speakName(request: ClipRequest): void {
    this.stopName();
    const generation = ++this.nameGeneration;
    const key = requestedKey(request);
    const source = this.options.resolve(request);
    if (!source) {
      this.options.onProblem(`${key}: no clip in the audio manifest`);
      return;
    }
    const clip = this.cache.get(source.audioUrl) ?? this.load(key, source);
    clip.lastUsed = performance.now();
    clip.ready.then(
      () => {
        if (generation !== this.nameGeneration) return;
        const holding = this.playing !== null && this.state.status === 'playing';
        if (holding) {
          this.playing!.clip.howl.pause(this.playing!.soundId);
          cancelAnimationFrame(this.frame);
        }
        clip.howl.rate(this.rate);
        const soundId = clip.howl.play();
        this.name = { clip, soundId, holding };
        clip.howl.once('end', () => this.stopName(), soundId);
        this.options.onStarted?.(key, performance.now(), 'name');
      },
      (error: Error) => {
        this.forget(clip);
        this.options.onProblem(`${key}: ${error.message}`);
      },
    );
  }

  setRate(rate: number): void {
    this.rate = rate;
    // Each clip takes the rate when it starts playing; only the one playing now needs it at once.
    if (this.playing) this.playing.clip.howl.rate(rate, this.playing.soundId);
  }

  setVolumeDb(db: number): void {
    Howler.volume(10 ** (db / 20));
  }

  /** A short confirmation sound for every press, made on the spot so it never waits for a file. */
  click(): void {
    const ctx = Howler.ctx;
    if (!ctx || !Howler.masterGain) return;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.25, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.06);
    oscillator.connect(gain).connect(Howler.masterGain);
    oscillator.start();
    oscillator.stop(ctx.currentTime + 0.07);
  }

  private async next(generation: number): Promise<void> {
    const request = this.queue.shift();
    if (request === undefined) {
      this.update({ status: 'idle', position: null });
      return;
    }
    const key = requestedKey(request);
    const source = this.options.resolve(request);
    const clip = source && (this.cache.get(source.audioUrl) ?? this.load(key, source));
    if (!clip) {
      this.fail(key, 'no clip in the audio manifest');
      if (generation === this.generation) void this.next(generation);
      return;
    }
    clip.lastUsed = performance.now();
    this.update({ key, status: 'loading', position: null });
    try {
      await clip.ready;
    } catch (error) {
      this.forget(clip);
      this.fail(key, (error as Error).message);
      if (generation === this.generation) void this.next(generation);
      return;
    }
    if (generation !== this.generation) return;
    clip.howl.rate(this.rate);
    const soundId = clip.howl.play();
    this.playing = { clip, soundId };
    clip.howl.once(
      'end',
      () => {
        cancelAnimationFrame(this.frame);
        if (generation === this.generation) void this.next(generation);
      },
      soundId,
    );
    this.options.onStarted?.(key, performance.now(), 'narration');
    this.update({ status: 'playing', position: positionAt(clip.timings, 0) });
    // A name asked for while this clip was loading is said first; the narration waits for it.
    if (this.name && !this.name.holding) {
      clip.howl.pause(soundId);
      this.name.holding = true;
      return;
    }
    this.track();
  }

  private track(): void {
    cancelAnimationFrame(this.frame);
    const playing = this.playing;
    if (!playing) return;
    const step = () => {
      if (this.playing !== playing || !playing.clip.howl.playing(playing.soundId)) return;
      const position = positionAt(playing.clip.timings, playing.clip.howl.seek(playing.soundId) as number);
      if (position?.line !== this.state.position?.line || position?.word !== this.state.position?.word) this.update({ position });
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private load(key: ClipKey, source: ClipSource): CachedClip {
    const sampleRate = Howler.ctx?.sampleRate ?? 48_000;
    let howl!: Howl;
    const audioReady = new Promise<void>((resolve, reject) => {
      howl = new Howl({
        src: [source.audioUrl],
        format: ['opus'],
        html5: false,
        preload: true,
        onload: () => resolve(),
        onloaderror: (_id, error) => reject(new Error(`cannot decode ${source.audioUrl}: ${String(error)}`)),
        onplayerror: (_id, error) => this.options.onProblem(`${key}: playback failed: ${String(error)}`),
      });
    });
    const clip: CachedClip = { url: source.audioUrl, howl, ready: Promise.resolve(), timings: [], bytes: decodedBytes(source.duration, sampleRate), lastUsed: performance.now() };
    const timingsReady = fetch(source.timingsUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`timings ${response.status}`))))
      .then((data: { words: WordTiming[] }) => {
        clip.timings = data.words;
      })
      // Without timings the clip still plays; only the word highlight is lost.
      .catch((error: Error) => this.options.onProblem(`${key}: word timings unavailable: ${error.message}`));
    clip.ready = Promise.all([audioReady, timingsReady]).then(() => undefined);
    this.cache.set(clip.url, clip);
    this.evict();
    return clip;
  }

  private evict(): void {
    let total = this.cachedBytes;
    if (total <= this.options.cacheBytes) return;
    const inUse = new Set([this.playing?.clip, this.name?.clip]);
    const candidates = [...this.cache.values()].filter((clip) => !inUse.has(clip)).sort((a, b) => a.lastUsed - b.lastUsed);
    for (const clip of candidates) {
      if (total <= this.options.cacheBytes) break;
      this.forget(clip);
      total -= clip.bytes;
    }
  }

  private forget(clip: CachedClip): void {
    clip.howl.unload();
    this.cache.delete(clip.url);
  }

  private stopName(): void {
    this.nameGeneration++;
    const name = this.name;
    if (!name) return;
    this.name = null;
    name.clip.howl.off('end', undefined, name.soundId);
    name.clip.howl.stop(name.soundId);
    if (name.holding && this.playing && this.state.status === 'playing') {
      this.playing.clip.howl.play(this.playing.soundId);
      this.track();
    }
  }

  private stopCurrent(): void {
    cancelAnimationFrame(this.frame);
    if (this.playing) {
      this.playing.clip.howl.off('end', undefined, this.playing.soundId);
      this.playing.clip.howl.stop(this.playing.soundId);
      this.playing = null;
    }
  }

  private fail(key: ClipKey, reason: string): void {
    this.options.onProblem(`${key}: ${reason}`);
    this.update({ failedKey: key });
  }

  private update(change: Partial<NarrationState>): void {
    this.state = { ...this.state, ...change };
    this.options.onState(this.state);
  }
}
