// libopus compiled to asm.js by the npm opus-encdec (an Emscripten module, made at import). Only what browser-opus.ts uses.
declare module 'opus-encdec/dist/libopus-encoder.js' {
  interface LibOpusEncoder {
    isReady: boolean;
    onready: (() => void) | null;
    HEAPU8: Uint8Array;
    HEAP32: Int32Array;
    HEAPF32: Float32Array;
    _malloc(bytes: number): number;
    _free(pointer: number): void;
    _opus_encoder_create(sampleRate: number, channels: number, application: number, error: number): number;
    _opus_encoder_ctl(encoder: number, request: number, argument: number): number;
    _opus_encode_float(encoder: number, pcm: number, frameSize: number, output: number, maxBytes: number): number;
    _opus_encoder_destroy(encoder: number): void;
  }
  const libopus: LibOpusEncoder;
  export default libopus;
}

// The decoder of the same build, for the studio's worker, which has no browser decoder (no OfflineAudioContext).
declare module 'opus-encdec/dist/libopus-decoder.js' {
  interface LibOpusDecoder {
    isReady: boolean;
    onready: (() => void) | null;
    HEAPU8: Uint8Array;
    HEAP32: Int32Array;
    HEAPF32: Float32Array;
    _malloc(bytes: number): number;
    _free(pointer: number): void;
    _opus_decoder_create(sampleRate: number, channels: number, error: number): number;
    _opus_decode_float(decoder: number, data: number, length: number, pcm: number, frameSize: number, decodeFec: number): number;
    _opus_decoder_destroy(decoder: number): void;
  }
  const libopus: LibOpusDecoder;
  export default libopus;
}
