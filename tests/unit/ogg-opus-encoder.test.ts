import { OpusDecoder } from 'opus-decoder';
import { describe, expect, it } from 'vitest';
import { encodeOggOpus, OPUS_SAMPLE_RATE, oggOpusDuration } from '../../scripts/voice/ogg-opus-encoder';
import { crc32Ogg, packetSamples, readOggOpus } from './ogg-opus-reader';

const tone = (samples: number) => Float32Array.from({ length: samples }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 300 * i) / OPUS_SAMPLE_RATE));

async function decode(bytes: Uint8Array): Promise<Float32Array> {
  const file = readOggOpus(bytes);
  const decoder = new OpusDecoder({ sampleRate: OPUS_SAMPLE_RATE });
  await decoder.ready;
  try {
    return decoder.decodeFrames(file.packets).channelData[0]!.slice(file.preSkip / 3, file.finalGranule / 3);
  } finally {
    decoder.free();
  }
}

describe('Ogg Opus encoder (RFC 7845)', () => {
  it.each([
    ['one page, under a frame', 100],
    ['one page, whole frames', 320 * 10],
    ['one page, ragged end', 320 * 10 + 17],
    ['several pages', 16_000 * 3 + 123],
    ['pages of exactly 50 packets before the flush', 320 * 50 - 104],
  ])('writes a stream a second reader accepts: %s', (_name, length) => {
    const bytes = encodeOggOpus(tone(length), OPUS_SAMPLE_RATE, 42);
    const file = readOggOpus(bytes);
    // Flushed: the packets hold every input sample after the pre-skip, and the last granule trims the rest.
    expect(file.finalGranule).toBe(file.preSkip + length * 3);
    expect(file.decodedSamples).toBeGreaterThanOrEqual(file.finalGranule);
    expect(file.decodedSamples - file.finalGranule).toBeLessThan(960);
    expect(oggOpusDuration(bytes)).toBeCloseTo(length / OPUS_SAMPLE_RATE, 6);
  });

  it('puts each input sample back where it was: the pre-skip is the encoder’s real delay', async () => {
    const input = new Float32Array(OPUS_SAMPLE_RATE);
    const click = 8_000;
    for (let i = 0; i < 32; i++) input[click + i] = 0.8 * Math.sin((2 * Math.PI * i) / 32);
    const decoded = await decode(encodeOggOpus(input, OPUS_SAMPLE_RATE, 1));
    expect(decoded.length).toBe(input.length);
    // The click's crest, a quarter of its cycle in.
    let crest = 0;
    decoded.forEach((value, i) => (crest = value > decoded[crest]! ? i : crest));
    expect(Math.abs(crest - (click + 8))).toBeLessThanOrEqual(4);
  });

  it('keeps the end of the speech: the last 20 ms of the input are still heard', async () => {
    const input = tone(OPUS_SAMPLE_RATE + 77);
    const decoded = await decode(encodeOggOpus(input, OPUS_SAMPLE_RATE, 1));
    const tail = decoded.subarray(decoded.length - 320);
    expect(Math.sqrt(tail.reduce((sum, x) => sum + x * x, 0) / tail.length)).toBeGreaterThan(0.15);
  });

  it('reads packet lengths from the TOC byte (RFC 6716 §3.1)', () => {
    expect(packetSamples(Uint8Array.of(0b01001_0_00))).toBe(960); // SILK wideband 20 ms, one frame
    expect(packetSamples(Uint8Array.of(0b01011_0_01))).toBe(5760); // SILK 60 ms, two frames
    expect(packetSamples(Uint8Array.of(0b11111_0_11, 3))).toBe(2880); // CELT 20 ms, three frames
    expect(packetSamples(Uint8Array.of(0b10000_0_00))).toBe(120); // CELT 2.5 ms
  });

  it('rejects a damaged page, and a granule position that does not match the packets', () => {
    const bytes = encodeOggOpus(tone(16_000 * 2), OPUS_SAMPLE_RATE, 7);
    const firstAudioPage = [...bytes.keys()].filter((i) => bytes[i] === 0x4f && bytes[i + 1] === 0x67 && bytes[i + 2] === 0x67 && bytes[i + 3] === 0x53)[2]!;
    const damaged = Uint8Array.from(bytes);
    damaged[firstAudioPage + 40]! ^= 0xff;
    expect(() => readOggOpus(damaged)).toThrow(/CRC/);

    const shifted = Uint8Array.from(bytes);
    const view = new DataView(shifted.buffer);
    view.setBigInt64(firstAudioPage + 6, view.getBigInt64(firstAudioPage + 6, true) + 312n, true);
    const pageLength = 27 + shifted[firstAudioPage + 26]! + [...shifted.subarray(firstAudioPage + 27, firstAudioPage + 27 + shifted[firstAudioPage + 26]!)].reduce((a, b) => a + b, 0);
    view.setUint32(firstAudioPage + 22, 0, true);
    view.setUint32(firstAudioPage + 22, crc32Ogg(shifted.subarray(firstAudioPage, firstAudioPage + pageLength)), true);
    expect(() => readOggOpus(shifted)).toThrow(/granule position/);
  });
});
