import { requestedKey, type ClipKey } from '../../domain/narration/clip-keys';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for howler's Howl: loads (or fails) on the next tick, plays and ends on demand. */
const fake = vi.hoisted(() => {
  const howls: FakeHowl[] = [];
  const failing = new Set<string>();
  /** Clips that take 30 ms to decode instead of none. */
  const slow = new Set<string>();
  /** Clips whose file never arrives. */
  const hanging = new Set<string>();
  /** Timings files served with another body than a good one. */
  const timings = new Map<string, unknown>();
  /** Sounds are ids in one Howl, as in howler: play() starts a new one, play(id) resumes it. */
  class FakeHowl {
    src: string;
    unloaded = false;
    nextId = 1;
    sounds = new Map<number, boolean>();
    handlers = new Map<number, () => void>();
    constructor(public options: { src: string[]; onload: () => void; onloaderror: (id: number, error: unknown) => void }) {
      this.src = options.src[0]!;
      howls.push(this);
      if (hanging.has(this.src)) return;
      // As howler: a Howl unloaded while it decodes reports its (intact) audio as undecodable.
      setTimeout(() => (failing.has(this.src) || this.unloaded ? options.onloaderror(0, 'Decoding audio data failed.') : options.onload()), slow.has(this.src) ? 30 : 0);
    }
    play(id?: number) {
      const sound = id ?? this.nextId++;
      this.sounds.set(sound, true);
      return sound;
    }
    pause(id: number) {
      this.sounds.set(id, false);
    }
    stop(id: number) {
      this.sounds.delete(id);
    }
    playing(id?: number) {
      return id === undefined ? [...this.sounds.values()].some(Boolean) : this.sounds.get(id) === true;
    }
    seek() {
      return 0;
    }
    duration() {
      return 1;
    }
    rate() {}
    once(_event: 'end', handler: () => void, id: number) {
      this.handlers.set(id, handler);
    }
    off(_event: 'end', _fn: undefined, id: number) {
      this.handlers.delete(id);
    }
    unload() {
      this.unloaded = true;
    }
    /** The newest sound of this clip reaches its end. */
    end() {
      const id = Math.max(...this.sounds.keys());
      this.sounds.delete(id);
      const handler = this.handlers.get(id);
      this.handlers.delete(id);
      handler?.();
    }
  }
  return { howls, failing, slow, hanging, timings, FakeHowl, Howler: { autoSuspend: true, html5PoolSize: 10, ctx: { sampleRate: 48_000 }, volume: vi.fn() } };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));
vi.stubGlobal('requestAnimationFrame', () => 0);
vi.stubGlobal('cancelAnimationFrame', () => undefined);
vi.stubGlobal('fetch', async (url: string) => ({ ok: true, json: async () => (fake.timings.has(url) ? fake.timings.get(url) : { words: [{ line: 0, word: 0, start: 0, end: 0.5 }] }) }));

const { Narrator, decodedBytes, positionAt } = await import('../../renderer/src/audio/narrator');

/** Test clips named by plain strings: the narrator treats keys as opaque names. */
const clips = (...names: string[]) => names as ClipKey[];
const flush = () => new Promise((resolve) => setTimeout(resolve, 5));
const SECOND = decodedBytes(1, 48_000);

function makeNarrator(cacheBytes: number, loadTimeoutMs = 1000) {
  const states: { key: string | null; status: string; failedKey: string | null }[] = [];
  const problems: string[] = [];
  const narrator = new Narrator({
    resolve: (request) => {
      const key = requestedKey(request);
      return key.startsWith('missing') ? undefined : { audioUrl: `/${key}.opus`, timingsUrl: `/${key}.json`, duration: 1 };
    },
    cacheBytes,
    loadTimeoutMs,
    onState: (state) => states.push(state),
    onProblem: (message) => problems.push(message),
  });
  return { narrator, states, problems };
}

beforeEach(() => {
  delete (fake.Howler.ctx as { currentTime?: number }).currentTime;
  fake.howls.length = 0;
  fake.failing.clear();
  fake.hanging.clear();
  fake.slow.clear();
  fake.timings.clear();
});

const howl = (name: string) => fake.howls.find((h) => h.src === `/${name}.opus`);

describe('narrator', () => {
  it('keeps the audio context awake, set up for the first clip', () => {
    const { narrator } = makeNarrator(SECOND);
    narrator.preload(clips('a'));
    expect(fake.Howler.autoSuspend).toBe(false);
  });

  it('bounds the decoded cache and evicts the least recently used clip', async () => {
    const { narrator } = makeNarrator(3 * SECOND);
    narrator.preload(clips('a', 'b', 'c'));
    await flush();
    narrator.play(clips('a'));
    await flush();
    narrator.preload(clips('d'));
    expect(narrator.cachedBytes).toBeLessThanOrEqual(3 * SECOND);
    expect(narrator.cachedUrls.sort()).toEqual(['/a.opus', '/c.opus', '/d.opus']);
    expect(fake.howls.find((h) => h.src === '/b.opus')!.unloaded).toBe(true);
  });

  it('never evicts the clip that is playing', async () => {
    const { narrator } = makeNarrator(SECOND);
    narrator.play(clips('a'));
    await flush();
    narrator.preload(clips('b', 'c'));
    expect(narrator.cachedUrls).toContain('/a.opus');
    expect(fake.howls.find((h) => h.src === '/a.opus')!.playing()).toBe(true);
  });

  it('plays one narration at a time: a new one stops the previous', async () => {
    const { narrator } = makeNarrator(10 * SECOND);
    narrator.play(clips('a', 'b'));
    await flush();
    narrator.play(clips('c'));
    await flush();
    expect(fake.howls.find((h) => h.src === '/a.opus')!.playing()).toBe(false);
    expect(fake.howls.find((h) => h.src === '/c.opus')!.playing()).toBe(true);
  });

  it('plays a sequence in order', async () => {
    const { narrator, states } = makeNarrator(10 * SECOND);
    narrator.play(clips('a', 'b'));
    await flush();
    fake.howls.find((h) => h.src === '/a.opus')!.end();
    await flush();
    expect(fake.howls.find((h) => h.src === '/b.opus')!.playing()).toBe(true);
    expect(states.at(-1)).toMatchObject({ key: 'b', status: 'playing' });
  });

  it('reports a missing or corrupt clip and goes on with the next one', async () => {
    fake.failing.add('/broken.opus');
    const { narrator, states, problems } = makeNarrator(10 * SECOND);
    narrator.play(clips('missing-clip', 'broken', 'a'));
    await flush();
    await flush();
    expect(problems).toEqual([expect.stringContaining('missing-clip: no clip'), expect.stringContaining('broken: cannot decode')]);
    expect(states.some((s) => s.failedKey === 'broken')).toBe(true);
    expect(fake.howls.find((h) => h.src === '/a.opus')!.playing()).toBe(true);
    // The broken clip is not kept: it will be tried again next time.
    expect(narrator.cachedUrls).not.toContain('/broken.opus');
  });

  it('pauses and resumes', async () => {
    const { narrator, states } = makeNarrator(10 * SECOND);
    narrator.play(clips('a'));
    await flush();
    narrator.pause();
    expect(states.at(-1)?.status).toBe('paused');
    narrator.resume();
    expect(states.at(-1)?.status).toBe('playing');
  });

  it('resuming a paused narration first silences a name said while it was paused: one voice at a time', async () => {
    const { narrator, states } = makeNarrator(10 * SECOND);
    narrator.play(clips('page'));
    await flush();
    narrator.pause();
    narrator.speakName(clips('button')[0]!);
    await flush();
    const page = howl('page')!;
    const button = howl('button')!;
    expect(button.playing()).toBe(true);
    narrator.resume();
    expect(states.at(-1)?.status).toBe('playing');
    expect(page.playing()).toBe(true);
    expect(button.playing(), 'the name still said once the narration goes on').toBe(false);
  });

  it("says a button's name over a held narration, which then goes on, and stays what listen again replays", async () => {
    const { narrator, states } = makeNarrator(10 * SECOND);
    narrator.play(clips('page-title', 'page-text'));
    await flush();
    const page = fake.howls.find((h) => h.src === '/page-title.opus')!;
    narrator.speakName(clips('button')[0]!);
    await flush();
    const button = fake.howls.find((h) => h.src === '/button.opus')!;
    expect(button.playing()).toBe(true);
    expect(page.playing()).toBe(false);
    // The page's narration is held, not stopped: the visitor is still listening (no idle reset).
    expect(states.at(-1)).toMatchObject({ key: 'page-title', status: 'playing' });
    button.end();
    expect(page.playing()).toBe(true);
    narrator.replay();
    await flush();
    expect(states.at(-1)).toMatchObject({ key: 'page-title', status: 'playing' });
    expect(button.playing()).toBe(false);
    page.end();
    await flush();
    expect(states.at(-1)).toMatchObject({ key: 'page-text', status: 'playing' });
  });

  it("waits for the audio clock before the next clip, and before a held narration goes on: a sound timed out by howler may still be heard", async () => {
    const audioClock = fake.Howler.ctx as { currentTime?: number };
    audioClock.currentTime = 10;
    const { narrator, states } = makeNarrator(10 * SECOND);
    narrator.play(clips('first', 'second'));
    await flush();
    // Each clip lasts 1 s: the first will have been heard at 11 s of the audio clock, which lags at 10.95 s.
    audioClock.currentTime = 10.95;
    howl('first')!.end();
    await flush();
    expect(howl('second')?.playing() ?? false).toBe(false);
    expect(states.at(-1)).toMatchObject({ key: 'first', status: 'playing' });
    audioClock.currentTime = 11;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(howl('second')!.playing()).toBe(true);

    // A name said over the narration: the narration goes on once the name has been heard, not before.
    narrator.speakName(clips('button')[0]!);
    await flush();
    expect(howl('second')!.playing()).toBe(false);
    audioClock.currentTime = 11.95;
    howl('button')!.end();
    await flush();
    expect(howl('second')!.playing(), 'held while the name is still heard').toBe(false);
    audioClock.currentTime = 12;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(howl('second')!.playing()).toBe(true);
  });

  it('a new page narration silences a name being said', async () => {
    const { narrator } = makeNarrator(10 * SECOND);
    narrator.speakName(clips('button')[0]!);
    await flush();
    narrator.play(clips('page'));
    await flush();
    expect(fake.howls.find((h) => h.src === '/button.opus')!.playing()).toBe(false);
    expect(fake.howls.find((h) => h.src === '/page.opus')!.playing()).toBe(true);
  });

  it('never evicts the clip whose name is being said', async () => {
    const { narrator } = makeNarrator(SECOND);
    narrator.speakName(clips('button')[0]!);
    await flush();
    narrator.preload(clips('b', 'c'));
    expect(narrator.cachedUrls).toContain('/button.opus');
  });

  it('starts a decoded clip inside the call that asks for it, before anything else runs', async () => {
    const { narrator, states } = makeNarrator(10 * SECOND);
    narrator.preload(clips('a'));
    await flush();
    narrator.play(clips('a'));
    expect(howl('a')!.playing()).toBe(true);
    expect(states.at(-1)).toMatchObject({ key: 'a', status: 'playing' });
  });

  it('never evicts a clip that is still loading: no intact clip is reported as undecodable', async () => {
    const { narrator, problems, states } = makeNarrator(SECOND);
    narrator.preload(clips('a'));
    narrator.play(clips('b'));
    // Two clips for a budget of one: the one loading stays, and both load.
    expect(howl('a')!.unloaded).toBe(false);
    await flush();
    expect(problems).toEqual([]);
    expect(states.at(-1)).toMatchObject({ key: 'b', status: 'playing', failedKey: null });
    // Once loaded, the budget is restored: the clip not in use goes.
    expect(narrator.cachedUrls).toEqual(['/b.opus']);
  });

  it('never evicts a clip waiting in the narration, and decodes it while the one before plays', async () => {
    const { narrator, problems } = makeNarrator(SECOND);
    narrator.play(clips('first', 'second'));
    await flush();
    expect(howl('second')).toBeDefined();
    narrator.preload(clips('x', 'y'));
    await flush();
    expect(narrator.cachedUrls).toEqual(expect.arrayContaining(['/first.opus', '/second.opus']));
    howl('first')!.end();
    expect(howl('second')!.playing()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('gives up a clip that never loads: notice, log, the narration goes on and ends (so the idle reset can come)', async () => {
    fake.hanging.add('/stuck.opus');
    const { narrator, states, problems } = makeNarrator(10 * SECOND, 30);
    narrator.play(clips('stuck', 'after'));
    expect(states.at(-1)).toMatchObject({ key: 'stuck', status: 'loading' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    await flush();
    expect(problems).toEqual([expect.stringMatching(/^stuck: .*not loaded after 0.03 s/)]);
    expect(states.at(-1)).toMatchObject({ key: 'after', status: 'playing', failedKey: 'stuck' });
    howl('after')!.end();
    expect(states.at(-1)).toMatchObject({ status: 'idle' });
    expect(narrator.cachedUrls).not.toContain('/stuck.opus');
  });

  it('plays a clip whose timings file has the wrong shape, without highlight, and logs it once', async () => {
    fake.timings.set('/odd.json', { words: { line: 0 } });
    const { narrator, states, problems } = makeNarrator(SECOND);
    for (let visit = 0; visit < 2; visit++) {
      narrator.play(clips('odd'));
      await flush();
      expect(states.at(-1)).toMatchObject({ key: 'odd', status: 'playing', position: null, failedKey: null });
      narrator.stop();
      // Evicted by other clips, then loaded again on the next visit.
      narrator.preload(clips('other'));
      await flush();
    }
    expect(problems).toEqual([expect.stringContaining('odd: word timings unavailable: wrong shape: words')]);
  });

  it('decodes what a new screen can reach only once its narration has started', async () => {
    fake.slow.add('/arrival.opus');
    const { narrator } = makeNarrator(10 * SECOND);
    narrator.play(clips('arrival'));
    narrator.preloadWhenStarted(clips('reachable'));
    // The arrival clip decodes alone.
    await flush();
    expect(howl('reachable')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 40));
    await flush();
    expect(howl('arrival')!.playing()).toBe(true);
    expect(howl('reachable')).toBeDefined();
  });

  it("keeps what the current screen can reach, whatever else is decoded meanwhile", async () => {
    const { narrator } = makeNarrator(3 * SECOND);
    narrator.preloadWhenStarted(clips('tile-1', 'tile-2'));
    await flush();
    await flush();
    narrator.play(clips('x'));
    await flush();
    narrator.play(clips('y'));
    await flush();
    expect(narrator.cachedUrls).toEqual(expect.arrayContaining(['/tile-1.opus', '/tile-2.opus', '/y.opus']));
    expect(narrator.cachedUrls).not.toContain('/x.opus');
  });

  it('decodes ahead two clips at a time, in the order asked', async () => {
    const { narrator } = makeNarrator(10 * SECOND);
    narrator.preload(clips('p1', 'p2', 'p3', 'p4'));
    expect(fake.howls.map((h) => h.src)).toEqual(['/p1.opus', '/p2.opus']);
    await flush();
    await flush();
    expect(narrator.cachedUrls).toEqual(['/p1.opus', '/p2.opus', '/p3.opus', '/p4.opus']);
  });

  it('sets the volume in decibels', () => {
    const { narrator } = makeNarrator(SECOND);
    narrator.setVolumeDb(-18);
    expect(fake.Howler.volume).toHaveBeenLastCalledWith(expect.closeTo(0.126, 3));
  });
});

describe('karaoke position', () => {
  const timings = [
    { line: 0, word: 0, start: 0, end: 0.4 },
    { line: 0, word: 1, start: 0.4, end: 0.9 },
    { line: 1, word: 0, start: 1.3, end: 1.8 },
  ];
  it('follows the playback position of the media, whatever the speed', () => {
    expect(positionAt(timings, 0)).toEqual({ line: 0, word: 0 });
    expect(positionAt(timings, 0.5)).toEqual({ line: 0, word: 1 });
    expect(positionAt(timings, 1.0)).toEqual({ line: 0, word: 1 });
    expect(positionAt(timings, 1.5)).toEqual({ line: 1, word: 0 });
    expect(positionAt([], 1)).toBeNull();
  });
});
