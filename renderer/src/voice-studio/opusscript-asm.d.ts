// libopus compiled to asm.js by the npm opusscript (an Emscripten module factory). Only what browser-opus.ts uses.
declare module 'opusscript/build/opusscript_native_nasm.js' {
  interface OpusScriptHandler {
    _encode(input: number, inputBytes: number, output: number, frameSize: number): number;
    _encoder_ctl(request: number, value: number): number;
  }
  interface OpusScriptNative {
    ready?: Promise<unknown>;
    OpusScriptHandler: { new (sampleRate: number, channels: number, application: number): OpusScriptHandler; destroy_handler(handler: OpusScriptHandler): void };
    HEAPU8: Uint8Array;
    HEAPU16: Uint16Array;
    _malloc(bytes: number): number;
    _free(pointer: number): void;
  }
  const factory: () => OpusScriptNative;
  export default factory;
}
