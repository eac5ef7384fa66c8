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
