import { beforeEach, describe, expect, it, vi } from 'vitest';

const Howler = { autoSuspend: true, html5PoolSize: 10, autoUnlock: true, ctx: null as { sampleRate: number } | null, volume: vi.fn() };
vi.mock('howler', () => ({ Howler }));

/** A fresh module each time: the output is made once per page. */
const load = async () => {
  vi.resetModules();
  return import('../../renderer/src/audio/audio-output');
};

describe('the audio output', () => {
  beforeEach(() => {
    Howler.volume.mockClear();
    Howler.autoSuspend = true;
  });

  it('is not made by setting the venue’s volume: the volume waits for it', async () => {
    const output = await load();
    output.setOutputVolumeDb(-6);
    // Howler makes its context on any call of volume(): none may happen before the output is needed.
    expect(Howler.volume).not.toHaveBeenCalled();
    output.ensureAudioOutput();
    expect(Howler.volume).toHaveBeenCalledWith(10 ** (-6 / 20));
    expect(Howler.autoSuspend).toBe(false);
  });

  it('is made once, and a volume set afterwards applies at once', async () => {
    const output = await load();
    output.ensureAudioOutput();
    output.ensureAudioOutput();
    expect(Howler.volume).toHaveBeenCalledTimes(1);
    output.setOutputVolumeDb(0);
    expect(Howler.volume).toHaveBeenLastCalledWith(1);
  });
});
