/** SVOX Pico, run from its WebAssembly build, driven through its C API. Output: 16 kHz mono samples. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const PICO_SAMPLE_RATE = 16_000;

interface PicoModule {
  HEAPU8: Uint8Array;
  HEAP16: Int16Array;
  HEAP32: Int32Array;
  FS: { writeFile(path: string, data: Uint8Array): void };
  _malloc(size: number): number;
  _free(pointer: number): void;
  _pico_initialize(memory: number, size: number, systemOut: number): number;
  _pico_loadResource(system: number, fileName: number, resourceOut: number): number;
  _pico_getResourceName(system: number, resource: number, nameOut: number): number;
  _pico_createVoiceDefinition(system: number, voiceName: number): number;
  _pico_addResourceToVoiceDefinition(system: number, voiceName: number, resourceName: number): number;
  _pico_newEngine(system: number, voiceName: number, engineOut: number): number;
  _pico_putTextUtf8(engine: number, text: number, length: number, bytesPut: number): number;
  _pico_getData(engine: number, buffer: number, size: number, bytesReceived: number, dataType: number): number;
  _pico_getSystemStatusMessage(system: number, code: number, messageOut: number): number;
}

const PICO_STEP_IDLE = 200;
const PICO_STEP_BUSY = 201;
const PICO_MEMORY = 2_500_000;
const OUT_BUFFER = 16_384;

function heapValue(heap: Int16Array | Int32Array, index: number): number {
  const value = heap[index];
  if (value === undefined) throw new Error(`Pico: index ${index} is outside the WebAssembly heap`);
  return value;
}

export class PicoVoice {
  private constructor(
    private readonly m: PicoModule,
    private readonly engine: number,
  ) {}

  /** Loads a voice from its text-analysis and signal-generation files. */
  static async open(textAnalysisFile: string, signalGenerationFile: string): Promise<PicoVoice> {
    const { default: createModule } = (await import('@echogarden/svoxpico-wasm')) as unknown as { default: () => Promise<PicoModule> };
    const m = await createModule();
    const alloc = (size: number) => {
      const pointer = m._malloc(size);
      m.HEAPU8.fill(0, pointer, pointer + size);
      return pointer;
    };
    const cString = (value: string) => {
      const bytes = new TextEncoder().encode(`${value}\0`);
      const pointer = alloc(bytes.length);
      m.HEAPU8.set(bytes, pointer);
      return pointer;
    };
    const systemOut = alloc(4);
    let system = 0;
    const check = (code: number, what: string) => {
      if (code === 0) return;
      const message = alloc(200);
      if (system) m._pico_getSystemStatusMessage(system, code, message);
      const text = new TextDecoder().decode(m.HEAPU8.subarray(message, m.HEAPU8.indexOf(0, message)));
      throw new Error(`Pico: ${what} failed (${code}${text ? `: ${text}` : ''})`);
    };
    check(m._pico_initialize(alloc(PICO_MEMORY), PICO_MEMORY, systemOut), 'initialisation');
    system = heapValue(m.HEAP32, systemOut >> 2);
    const voiceName = cString('KioskVoice');
    check(m._pico_createVoiceDefinition(system, voiceName), 'voice definition');
    for (const file of [textAnalysisFile, signalGenerationFile]) {
      const virtual = `/${path.basename(file)}`;
      m.FS.writeFile(virtual, readFileSync(file));
      const resourceOut = alloc(4);
      check(m._pico_loadResource(system, cString(virtual), resourceOut), `loading ${file}`);
      const name = alloc(32);
      check(m._pico_getResourceName(system, heapValue(m.HEAP32, resourceOut >> 2), name), 'resource name');
      check(m._pico_addResourceToVoiceDefinition(system, voiceName, name), 'adding a resource');
    }
    const engineOut = alloc(4);
    check(m._pico_newEngine(system, voiceName, engineOut), 'engine creation');
    return new PicoVoice(m, heapValue(m.HEAP32, engineOut >> 2));
  }

  /** Speaks one text; `speed` and `volume` are Pico's percentages (100 = normal). */
  synthesize(text: string, speed = 100, volume = 100): Float32Array {
    const m = this.m;
    const markup = `<volume level='${volume}'><speed level='${speed}'>${text.replace(/[<>]/g, ' ')}</speed></volume>`;
    const bytes = new TextEncoder().encode(`${markup}\0`);
    const textPointer = m._malloc(bytes.length);
    const counters = m._malloc(8);
    const out = m._malloc(OUT_BUFFER);
    const chunks: Int16Array[] = [];
    try {
      m.HEAPU8.set(bytes, textPointer);
      for (let offset = 0; offset < bytes.length; ) {
        m.HEAP16[counters >> 1] = 0;
        const code = m._pico_putTextUtf8(this.engine, textPointer + offset, Math.min(bytes.length - offset, 32_000), counters);
        if (code !== 0) throw new Error(`Pico: text input failed (${code})`);
        const put = heapValue(m.HEAP16, counters >> 1);
        if (put <= 0) throw new Error('Pico: no progress on text input');
        offset += put;
        for (let status = PICO_STEP_BUSY; status === PICO_STEP_BUSY; ) {
          status = m._pico_getData(this.engine, out, OUT_BUFFER, counters + 2, counters + 4);
          if (status !== PICO_STEP_BUSY && status !== PICO_STEP_IDLE) throw new Error(`Pico: audio generation failed (${status})`);
          const received = heapValue(m.HEAP16, (counters + 2) >> 1);
          if (received > 0) chunks.push(m.HEAP16.slice(out >> 1, (out >> 1) + received / 2));
        }
      }
    } finally {
      m._free(textPointer);
      m._free(counters);
      m._free(out);
    }
    const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const samples = new Float32Array(total);
    let position = 0;
    for (const chunk of chunks) {
      for (let i = 0; i < chunk.length; i++) samples[position + i] = chunk[i]! / 32768;
      position += chunk.length;
    }
    return samples;
  }
}
