/**
 * The build's Ogg Opus encoder: libopus from the npm opusscript (WebAssembly, loaded by Node), around the shared
 * packet and page code of domain/audio/ogg-opus.ts.
 */
import { createRequire } from 'node:module';
import { encodeOpusPackets, oggOpusStream, OPUS_BITRATE, OPUS_SAMPLE_RATE, resample, type MakeOpusEncoder } from '../../domain/audio/ogg-opus';

export { encodeOpusPackets, oggOpusStream, OPUS_BITRATE, OPUS_SAMPLE_RATE, PRE_SKIP, resample } from '../../domain/audio/ogg-opus';

const require = createRequire(import.meta.url);
const OpusScript = require('opusscript') as {
  new (rate: number, channels: number, application: number): { encode(pcm: Buffer, frameSize: number): Buffer; setBitrate(bits: number): void; delete(): void };
  Application: { VOIP: number };
};

export const nodeOpusEncoder: MakeOpusEncoder = (bitrate) => {
  const encoder = new OpusScript(OPUS_SAMPLE_RATE, 1, OpusScript.Application.VOIP);
  encoder.setBitrate(bitrate);
  return {
    encodeFrame: (pcm) => Uint8Array.from(encoder.encode(Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength), pcm.length)),
    delete: () => encoder.delete(),
  };
};

export function encodeOggOpus(input: Float32Array, sampleRate: number, serial: number, bitrate = OPUS_BITRATE): Uint8Array {
  const samples = resample(input, sampleRate);
  return oggOpusStream(encodeOpusPackets(samples, nodeOpusEncoder, bitrate), samples.length, serial);
}

/** The length in seconds of an Ogg Opus file, read from its last page. */
export function oggOpusDuration(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = buffer.indexOf('OpusHead', 0, 'latin1');
  const preSkip = buffer.readUInt16LE(head + 10);
  const lastPage = buffer.lastIndexOf('OggS', undefined, 'latin1');
  return (Number(buffer.readBigInt64LE(lastPage + 6)) - preSkip) / 48_000;
}
