// libopus compiled to asm.js by the npm opus-encdec (Emscripten modules, made at import). Only what the studio's
// worker uses (libopus-encoder.ts, libopus-decoder.ts).

/** What both of its builds give: Emscripten's heap and allocator, and a signal once the module is ready. */
interface LibOpusAsm {
  isReady: boolean;
  onready: (() => void) | null;
  HEAPU8: Uint8Array;
  HEAP32: Int32Array;
  HEAPF32: Float32Array;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
}

declare module 'opus-encdec/dist/libopus-encoder.js' {
  interface LibOpusEncoder extends LibOpusAsm {
    _opus_encoder_create(sampleRate: number, channels: number, application: number, error: number): number;
    _opus_encoder_ctl(encoder: number, request: number, argument: number): number;
    _opus_encode_float(encoder: number, pcm: number, frameSize: number, output: number, maxBytes: number): number;
    _opus_encoder_destroy(encoder: number): void;
  }
  const libopus: LibOpusEncoder;
  export default libopus;
}

declare module 'opus-encdec/dist/libopus-decoder.js' {
  interface LibOpusDecoder extends LibOpusAsm {
    _opus_decoder_create(sampleRate: number, channels: number, error: number): number;
    _opus_decode_float(decoder: number, data: number, length: number, pcm: number, frameSize: number, decodeFec: number): number;
    _opus_decoder_destroy(decoder: number): void;
  }
  const libopus: LibOpusDecoder;
  export default libopus;
}
