// The two speech engines ship as Emscripten modules without type declarations; their use is typed where they are called.
declare module 'espeak-ng';
declare module '@echogarden/svoxpico-wasm';
