/**
 * Ogg Opus in the page, for the voice studio: the same libopus as the build (npm opusscript), in its asm.js
 * form, because the page's Content-Security-Policy allows no WebAssembly compilation ('wasm-unsafe-eval') and
 * opusscript's WebAssembly glue also needs eval. The decoder that measures the result is the browser's own.
 */
import factory from 'opusscript/build/opusscript_native_nasm.js';
import { PLAYBACK_RATE, type OpusCodec } from '../../../domain/audio/clip-mastering';
import { FRAME, OPUS_SAMPLE_RATE, oggOpusStream } from '../../../domain/audio/ogg-opus';

const OPUS_APPLICATION_VOIP = 2048;
const OPUS_SET_BITRATE = 4002;
const MAX_PACKET_BYTES = 4000;

type Native = ReturnType<typeof factory>;
let native: Promise<Native> | null = null;

function loadNative(): Promise<Native> {
  native ??= (async () => {
    const module = factory();
    await module.ready;
    return module;
  })();
  return native;
}

/** The clip as the browser decodes it, at the rate the kiosk plays. */
export async function decodeOggOpus(bytes: Uint8Array): Promise<Float32Array> {
  const context = new OfflineAudioContext(1, 1, PLAYBACK_RATE);
  const buffer = await context.decodeAudioData(bytes.slice().buffer);
  return buffer.getChannelData(0);
}

export async function browserOpusCodec(): Promise<OpusCodec> {
  const opus = await loadNative();
  return {
    vendor: 'kelvoa-kiosk voice studio',
    makeEncoder(bitrate) {
      const handler = new opus.OpusScriptHandler(OPUS_SAMPLE_RATE, 1, OPUS_APPLICATION_VOIP);
      handler._encoder_ctl(OPUS_SET_BITRATE, bitrate);
      const input = opus._malloc(FRAME * 4);
      const output = opus._malloc(MAX_PACKET_BYTES);
      return {
        encodeFrame(pcm) {
          // opusscript's own calling convention (its index.js): each byte of the 16-bit samples in a 16-bit cell.
          const bytes = new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength);
          opus.HEAPU16.set(bytes, input >> 1);
          const length = handler._encode(input, bytes.length, output, pcm.length);
          if (length < 0) throw new Error(`libopus encode error ${length}`);
          return opus.HEAPU8.slice(output, output + length);
        },
        delete() {
          opus.OpusScriptHandler.destroy_handler(handler);
          opus._free(input);
          opus._free(output);
        },
      };
    },
    async decode(packets, sampleCount) {
      const heard = await decodeOggOpus(oggOpusStream(packets, sampleCount, 1));
      return heard.slice(0, (sampleCount * PLAYBACK_RATE) / OPUS_SAMPLE_RATE);
    },
  };
}
