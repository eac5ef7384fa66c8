// The two speech engines ship as Emscripten modules without type declarations; their use is typed where they are called.
declare module '@echogarden/espeak-ng-emscripten';
declare module '@echogarden/svoxpico-wasm';
