/**
 * libopus from the npm opus-encdec in its asm.js form, called through its C functions. Not the build's
 * opusscript: its glue code (embind) compiles functions from strings, which the page's Content-Security-Policy
 * forbids ('unsafe-eval'), and its WebAssembly form would need 'wasm-unsafe-eval'. Runs in the studio's
 * worker (voice-studio.worker.ts).
 */
import libopus from 'opus-encdec/dist/libopus-encoder.js';
import { FRAME, OPUS_SAMPLE_RATE, type MakeOpusEncoder } from '../../../domain/audio/ogg-opus';
import { MAX_PACKET_BYTES, whenReady } from './libopus-module';

const OPUS_APPLICATION_VOIP = 2048;
const OPUS_SET_BITRATE = 4002;
const OPUS_SET_COMPLEXITY = 4010;
/**
 * Of libopus's 0–10. In asm.js, 10 codes 10 s of speech in about 5 s on the venue's kind of machine, 5 in about
 * 1.7 s; at speech bitrates the difference is barely audible, and every take is measured again once decoded.
 */
const COMPLEXITY = 5;

const ready = whenReady(libopus);

function control(encoder: number, request: number, value: number) {
  const argument = libopus._malloc(4);
  libopus.HEAP32[argument >> 2] = value;
  const status = libopus._opus_encoder_ctl(encoder, request, argument);
  libopus._free(argument);
  if (status < 0) throw new Error(`libopus: control ${request} failed (${status})`);
}

export async function libopusEncoder(): Promise<MakeOpusEncoder> {
  await ready;
  return (bitrate) => {
    const error = libopus._malloc(4);
    const encoder = libopus._opus_encoder_create(OPUS_SAMPLE_RATE, 1, OPUS_APPLICATION_VOIP, error);
    const status = libopus.HEAP32[error >> 2]!;
    libopus._free(error);
    if (status !== 0 || encoder === 0) throw new Error(`libopus: no encoder (${status})`);
    control(encoder, OPUS_SET_BITRATE, bitrate);
    control(encoder, OPUS_SET_COMPLEXITY, COMPLEXITY);
    const input = libopus._malloc(FRAME * 4);
    const output = libopus._malloc(MAX_PACKET_BYTES);
    return {
      encodeFrame(pcm) {
        const samples = libopus.HEAPF32.subarray(input >> 2, (input >> 2) + FRAME);
        for (let i = 0; i < FRAME; i++) samples[i] = (pcm[i] ?? 0) / 32768;
        const length = libopus._opus_encode_float(encoder, input, FRAME, output, MAX_PACKET_BYTES);
        if (length < 0) throw new Error(`libopus: encode failed (${length})`);
        return libopus.HEAPU8.slice(output, output + length);
      },
      delete() {
        libopus._opus_encoder_destroy(encoder);
        libopus._free(input);
        libopus._free(output);
      },
    };
  };
}
