import { requestedKey, type ClipKey } from '../../domain/narration/clip-keys';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for howler's Howl: loads (or fails) on the next tick, plays and ends on demand. */
const fake = vi.hoisted(() => {
  const howls: FakeHowl[] = [];
  const failing = new Set<string>();
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
      setTimeout(() => (failing.has(this.src) ? options.onloaderror(0, 'Decoding failed') : options.onload()), 0);
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
  return { howls, failing, FakeHowl, Howler: { autoSuspend: true, html5PoolSize: 10, ctx: { sampleRate: 48_000 }, volume: vi.fn() } };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));
vi.stubGlobal('requestAnimationFrame', () => 0);
vi.stubGlobal('cancelAnimationFrame', () => undefined);
vi.stubGlobal('fetch', async () => ({ ok: true, json: async () => ({ words: [{ line: 0, word: 0, start: 0, end: 0.5 }] }) }));

const { Narrator, decodedBytes, positionAt } = await import('../../renderer/src/audio/narrator');

/** Test clips named by plain strings: the narrator treats keys as opaque names. */
const clips = (...names: string[]) => names as ClipKey[];
const flush = () => new Promise((resolve) => setTimeout(resolve, 5));
const SECOND = decodedBytes(1, 48_000);

function makeNarrator(cacheBytes: number) {
  const states: { key: string | null; status: string; failedKey: string | null }[] = [];
  const problems: string[] = [];
  const narrator = new Narrator({
    resolve: (request) => {
      const key = requestedKey(request);
      return key.startsWith('missing') ? undefined : { audioUrl: `/${key}.opus`, timingsUrl: `/${key}.json`, duration: 1 };
    },
    cacheBytes,
    onState: (state) => states.push(state),
    onProblem: (message) => problems.push(message),
  });
  return { narrator, states, problems };
}

beforeEach(() => {
  fake.howls.length = 0;
  fake.failing.clear();
});

describe('narrator', () => {
  it('keeps the audio context awake', () => {
    makeNarrator(SECOND);
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
