/**
 * The voice studio's worker measures a take with libopus in asm.js (it has no browser decoder): it must hear what
 * the build's decoder hears (scripts/voice/opus-decoding.ts, libopus in WebAssembly), sample for sample.
 */
import { describe, expect, it } from 'vitest';
import { encodeOpusPackets, OPUS_SAMPLE_RATE } from '../../domain/audio/ogg-opus';
import { libopusEncoder } from '../../renderer/src/voice-studio/libopus-encoder';
import { decodeOpusPackets as studioDecode } from '../../renderer/src/voice-studio/libopus-decoder';
import { decodeOpusPackets as buildDecode } from '../../scripts/voice/opus-decoding';

/** 1.3 s of a voice-like tone sweep with an envelope, at the Opus input rate. */
function speechLike(): Float32Array {
  const samples = new Float32Array(Math.round(1.3 * OPUS_SAMPLE_RATE));
  for (let i = 0; i < samples.length; i++) {
    const t = i / OPUS_SAMPLE_RATE;
    samples[i] = 0.4 * Math.sin(2 * Math.PI * (140 + 60 * t) * t) * Math.sin(Math.PI * t / 1.3) + 0.1 * Math.sin(2 * Math.PI * 900 * t);
  }
  return samples;
}

describe("the studio worker's Opus decoder", () => {
  it('gives the build decoder’s samples, at the playback rate, pre-skip dropped', async () => {
    const input = speechLike();
    const packets = encodeOpusPackets(input, await libopusEncoder(), 18_000);
    const [studio, build] = await Promise.all([studioDecode(packets, input.length), buildDecode(packets, input.length)]);
    expect(studio.length).toBe(input.length * 3);
    expect(studio.length).toBe(build.length);
    let largest = 0;
    for (let i = 0; i < studio.length; i++) largest = Math.max(largest, Math.abs(studio[i]! - build[i]!));
    expect(largest).toBeLessThan(1e-3);
    // Not silence: the decoded clip carries the signal.
    expect(Math.max(...studio.map(Math.abs))).toBeGreaterThan(0.2);
  });

  it('refuses a packet libopus cannot read', async () => {
    await expect(studioDecode([Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff])], 320)).rejects.toThrow(/libopus: decode failed/);
  });
});
