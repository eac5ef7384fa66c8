/**
 * The kiosk's voice, on howler (Web Audio). Two channels:
 * - the page's narration (what a screen says, a text, a question): one at a time, a new one stops the
 *   previous, with word positions for the highlight; "listen again" replays it;
 * - a button's name (held, hovered, or reached by scanning): short, it holds the page's narration and lets
 *   it go on afterwards, and it never becomes what "listen again" replays.
 * Clips are decoded ahead into a bounded cache (least recently used evicted, never one still loading or
 * waiting in the narration), so a tap plays at once: a decoded clip starts inside the press handler itself.
 * A missing, corrupt or never-arriving clip (load timeout) is reported, never thrown: the text stays on
 * screen and the next clip plays. A timings file of the wrong shape only loses the word highlight.
 */
import { Howl, Howler } from 'howler';
import type { WordTiming } from '../../../domain/narration/audio-manifest';
import { requestedKey, type ClipKey, type ClipRequest } from '../../../domain/narration/clip-keys';
import { parseWordTimings } from '../../../domain/narration/word-timings';

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
  /** A clip (audio and timings) not loaded after this long is given up: notice, log, the visit goes on. */
  loadTimeoutMs: number;
  /** Called with performance.now() when a clip actually starts, for latency measurement. */
  onStarted?: (key: ClipKey, at: number, channel: 'narration' | 'name') => void;
}

interface CachedClip {
  /** The audio file's URL: the cache key, unique per language and clip. */
  url: string;
  howl: Howl;
  ready: Promise<void>;
  /** Set when `ready` settles, so a decoded clip can start without waiting for a promise. */
  loaded: boolean;
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

/** Clips decoded ahead at the same time: more would only slow down the one needed first. */
const PRELOAD_CONCURRENCY = 2;

/** Runs a callback when the page has nothing more urgent to do (after a screen's first frame). */
const whenIdle = (callback: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 500 }) : setTimeout(callback, 0);

/** The rate every clip is encoded at: Opus always decodes to 48 kHz. */
const CLIP_SAMPLE_RATE = 48_000;

/**
 * Has howler make its audio context at the clips' own rate, so that a clip is decoded without being
 * resampled: measured in Chromium, 285 ms instead of 440 ms for 103 s of speech in a 44.1 kHz context. The
 * output device, whatever its rate, is fed by one resampler instead. Howler has no option for the rate:
 * its own set-up runs (so its state and master gain are its own) with the constructor lent the rate.
 */
function makeAudioContextAtClipRate(): void {
  if (Howler.ctx || typeof AudioContext === 'undefined') return;
  const NativeAudioContext = AudioContext;
  window.AudioContext = function AudioContextAtClipRate(options?: AudioContextOptions) {
    return new NativeAudioContext({ latencyHint: 'interactive', ...options, sampleRate: CLIP_SAMPLE_RATE });
  } as unknown as typeof AudioContext;
  try {
    Howler.volume();
  } finally {
    window.AudioContext = NativeAudioContext;
  }
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
  /** Clips to decode ahead, most important first, and how many are being decoded now. */
  private preloadQueue: ClipRequest[] = [];
  private preloadsRunning = 0;
  /** What a new screen can reach: decoded once its narration has started, so it never delays it. */
  private preloadAfterStart: ClipRequest[] | null = null;
  /** The clips the current screen can reach: kept in the cache while it shows (no thrashing by bigger clips). */
  private pinned = new Set<string>();
  /** Timings files already reported as wrong: each is logged once. */
  private readonly reportedTimings = new Set<string>();
  private frame = 0;
  private rate = 1;
  private state: NarrationState = { key: null, status: 'idle', position: null, failedKey: null };

  constructor(private readonly options: NarratorOptions) {
    // An unattended kiosk must answer the first tap of the day at once: the audio context never sleeps.
    Howler.autoSuspend = false;
    Howler.html5PoolSize = 0;
    // The kiosk's page may play without a gesture (window-options.ts); howler's unlock for mobile browsers
    // would also replace any context not at 44.1 kHz by one at the device's rate. A play after a touch still
    // resumes a suspended context (howler's auto-resume), as in a plain browser's preview.
    Howler.autoUnlock = false;
    makeAudioContextAtClipRate();
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

  /** Decodes clips ahead, most important first, a few at a time; nothing beyond the cache budget is kept. */
  preload(requests: readonly ClipRequest[]): void {
    this.preloadQueue = [...requests];
    this.pumpPreloads();
  }

  /**
   * Decodes these clips ahead once the narration just asked for has started (or failed, or when nothing is
   * said), when the page is idle: the clip the visitor waits for is decoded first, alone.
   */
  preloadWhenStarted(requests: readonly ClipRequest[]): void {
    this.preloadAfterStart = [...requests];
    this.pinned = new Set(requests.flatMap((request) => this.options.resolve(request)?.audioUrl ?? []));
    if (this.state.status !== 'loading') this.releasePreloads();
  }

  /** Starts the page's narration: these clips in turn, instead of whatever the page was saying. */
  play(requests: readonly ClipRequest[]): void {
    this.stopCurrent();
    this.stopName();
    this.generation++;
    this.queue = [...requests];
    this.lastNarration = [...requests];
    this.update({ failedKey: null });
    this.next(this.generation);
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
      // A name said while the narration was paused ends first: one voice at a time.
      this.stopName();
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
    this.releasePreloads();
  }

  /**
   * Says a button's name on the short channel. The page's narration, if playing, waits and then goes on
   * from where it was; a new name replaces a name still being said.
   */
  speakName(request: ClipRequest): void {
    this.stopName();
    const generation = ++this.nameGeneration;
    const key = requestedKey(request);
    const clip = this.clipFor(request);
    if (!clip) {
      this.options.onProblem(`${key}: no clip in the audio manifest`);
      return;
    }
    clip.lastUsed = performance.now();
    const start = () => {
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
    };
    if (clip.loaded) {
      start();
      return;
    }
    clip.ready.then(start, (error: Error) => {
      this.forget(clip);
      this.options.onProblem(`${key}: ${error.message}`);
    });
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
    this.tone([880], 0.06);
  }

  /** A falling two-note sound that goes with a notice (a clip that cannot be played): heard, not only shown. */
  alert(): void {
    this.tone([660, 440], 0.16);
  }

  private tone(frequencies: readonly number[], noteSeconds: number): void {
    const ctx = Howler.ctx;
    if (!ctx || !Howler.masterGain) return;
    frequencies.forEach((frequency, index) => {
      const at = ctx.currentTime + index * noteSeconds;
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.25, at);
      gain.gain.exponentialRampToValueAtTime(0.001, at + noteSeconds);
      oscillator.connect(gain).connect(Howler.masterGain);
      oscillator.start(at);
      oscillator.stop(at + noteSeconds + 0.01);
    });
  }

  /** Plays the next clip of the narration: at once if it is decoded, else when it is. */
  private next(generation: number): void {
    const request = this.queue.shift();
    if (request === undefined) {
      this.update({ status: 'idle', position: null });
      this.releasePreloads();
      return;
    }
    const key = requestedKey(request);
    const clip = this.clipFor(request);
    if (!clip) {
      this.fail(key, 'no clip in the audio manifest');
      if (generation === this.generation) this.next(generation);
      return;
    }
    clip.lastUsed = performance.now();
    if (clip.loaded) {
      this.start(clip, key, generation);
      return;
    }
    this.update({ key, status: 'loading', position: null });
    clip.ready.then(
      () => {
        if (generation === this.generation) this.start(clip, key, generation);
      },
      (error: Error) => {
        this.forget(clip);
        if (generation !== this.generation) return;
        this.fail(key, error.message);
        this.next(generation);
      },
    );
  }

  private start(clip: CachedClip, key: ClipKey, generation: number): void {
    clip.howl.rate(this.rate);
    const soundId = clip.howl.play();
    this.playing = { clip, soundId };
    clip.howl.once(
      'end',
      () => {
        cancelAnimationFrame(this.frame);
        if (generation === this.generation) this.next(generation);
      },
      soundId,
    );
    this.options.onStarted?.(key, performance.now(), 'narration');
    this.update({ key, status: 'playing', position: positionAt(clip.timings, 0) });
    // The clip after this one is decoded while this one plays, so the narration goes on without a gap.
    if (this.queue[0] !== undefined) this.clipFor(this.queue[0])?.ready.catch(() => undefined);
    this.releasePreloads();
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

  private releasePreloads(): void {
    const requests = this.preloadAfterStart;
    if (!requests) return;
    this.preloadAfterStart = null;
    whenIdle(() => this.preload(requests));
  }

  private pumpPreloads(): void {
    while (this.preloadsRunning < PRELOAD_CONCURRENCY && this.preloadQueue.length > 0) {
      const request = this.preloadQueue.shift()!;
      const source = this.options.resolve(request);
      if (!source || this.cache.has(source.audioUrl)) continue;
      this.preloadsRunning++;
      const clip = this.load(requestedKey(request), source);
      clip.ready
        .catch((error: Error) => {
          // Not asked for yet: logged, and forgotten so that a visitor's request tries it again.
          this.forget(clip);
          this.options.onProblem(`${requestedKey(request)}: ${error.message}`);
        })
        .finally(() => {
          this.preloadsRunning--;
          this.pumpPreloads();
        });
    }
  }

  private clipFor(request: ClipRequest): CachedClip | undefined {
    const source = this.options.resolve(request);
    if (!source) return undefined;
    return this.cache.get(source.audioUrl) ?? this.load(requestedKey(request), source);
  }

  private load(key: ClipKey, source: ClipSource): CachedClip {
    const sampleRate = Howler.ctx?.sampleRate ?? 48_000;
    const timeoutMs = this.options.loadTimeoutMs;
    let howl!: Howl;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const audioReady = new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${source.audioUrl} not loaded after ${timeoutMs / 1000} s`)), timeoutMs);
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
    const clip: CachedClip = { url: source.audioUrl, howl, ready: Promise.resolve(), loaded: false, timings: [], bytes: decodedBytes(source.duration, sampleRate), lastUsed: performance.now() };
    const timingsReady = this.loadTimings(source.timingsUrl, timeoutMs).then(
      (timings) => {
        clip.timings = timings;
      },
      // Without timings the clip still plays; only the word highlight is lost.
      (error: Error) => this.reportTimings(source.timingsUrl, `${key}: word timings unavailable: ${error.message}`),
    );
    clip.ready = Promise.all([audioReady, timingsReady]).then(
      () => {
        clearTimeout(timer);
        clip.loaded = true;
        // Clips that were loading could not be evicted: the budget is restored now that this one is done.
        this.evict();
      },
      (error: unknown) => {
        clearTimeout(timer);
        throw error;
      },
    );
    this.cache.set(clip.url, clip);
    this.evict();
    return clip;
  }

  private async loadTimings(url: string, timeoutMs: number): Promise<WordTiming[]> {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const timings = parseWordTimings(await response.json());
    if (!timings.ok) throw new Error(`wrong shape: ${timings.problem}`);
    return timings.words;
  }

  private reportTimings(url: string, message: string): void {
    if (this.reportedTimings.has(url)) return;
    this.reportedTimings.add(url);
    this.options.onProblem(message);
  }

  /**
   * Evicts the least recently used clips beyond the budget. Never evicted: the clip playing, the name being
   * said, a clip still loading (unloading it mid-decode makes howler report an intact clip as undecodable),
   * a clip waiting in the narration's queue, and what the current screen can reach.
   */
  private evict(): void {
    let total = this.cachedBytes;
    if (total <= this.options.cacheBytes) return;
    const queued = new Set(this.queue.map((request) => this.options.resolve(request)?.audioUrl));
    const kept = (clip: CachedClip) => !clip.loaded || clip === this.playing?.clip || clip === this.name?.clip || queued.has(clip.url) || this.pinned.has(clip.url);
    const candidates = [...this.cache.values()].filter((clip) => !kept(clip)).sort((a, b) => a.lastUsed - b.lastUsed);
    for (const clip of candidates) {
      if (total <= this.options.cacheBytes) break;
      this.forget(clip);
      total -= clip.bytes;
    }
  }

  private forget(clip: CachedClip): void {
    clip.howl.unload();
    if (this.cache.get(clip.url) === clip) this.cache.delete(clip.url);
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
