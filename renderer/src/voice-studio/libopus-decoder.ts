/**
 * Opus packets decoded by libopus (npm opus-encdec, asm.js, as libopus-encoder.ts) at the rate the kiosk plays,
 * pre-skip dropped: the studio's worker measures a take as a visitor will hear it, as the build does with the
 * same library (scripts/voice/opus-decoding.ts). A worker has no browser decoder.
 */
import libopus from 'opus-encdec/dist/libopus-decoder.js';
import { PLAYBACK_RATE } from '../../../domain/audio/clip-mastering';
import { concatSamples } from '../../../domain/audio/audio-features';
import { OPUS_SAMPLE_RATE, PRE_SKIP } from '../../../domain/audio/ogg-opus';
import { MAX_PACKET_BYTES, whenReady } from './libopus-module';

/** The longest Opus frame (120 ms) at the playback rate. */
const MAX_FRAME = (PLAYBACK_RATE * 120) / 1000;

const ready = whenReady(libopus);

/** The decoded clip at PLAYBACK_RATE, as long as the `sampleCount` samples (at the Opus rate) that were coded. */
export async function decodeOpusPackets(packets: readonly Uint8Array[], sampleCount: number): Promise<Float32Array> {
  await ready;
  const error = libopus._malloc(4);
  const decoder = libopus._opus_decoder_create(PLAYBACK_RATE, 1, error);
  const status = libopus.HEAP32[error >> 2]!;
  libopus._free(error);
  if (status !== 0 || decoder === 0) throw new Error(`libopus: no decoder (${status})`);
  const data = libopus._malloc(MAX_PACKET_BYTES);
  const pcm = libopus._malloc(MAX_FRAME * 4);
  const frames: Float32Array[] = [];
  try {
    for (const packet of packets) {
      if (packet.length > MAX_PACKET_BYTES) throw new Error(`libopus: a packet of ${packet.length} bytes`);
      libopus.HEAPU8.set(packet, data);
      const decoded = libopus._opus_decode_float(decoder, data, packet.length, pcm, MAX_FRAME, 0);
      if (decoded < 0) throw new Error(`libopus: decode failed (${decoded})`);
      frames.push(libopus.HEAPF32.slice(pcm >> 2, (pcm >> 2) + decoded));
    }
  } finally {
    libopus._opus_decoder_destroy(decoder);
    libopus._free(data);
    libopus._free(pcm);
  }
  return concatSamples(frames).slice(PRE_SKIP, PRE_SKIP + (sampleCount * PLAYBACK_RATE) / OPUS_SAMPLE_RATE);
}
