/**
 * The microphone's samples, from the audio thread to the page, block after block: nothing is lost when the page
 * is busy (a ScriptProcessorNode, on the page's own thread, drops or repeats blocks then). An AudioWorklet
 * module: self-contained, no imports.
 */
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;

/** About 43 ms at 48 kHz: 23 messages a second. */
const BLOCK = 2048;

class CaptureProcessor extends AudioWorkletProcessor {
  private block = new Float32Array(BLOCK);
  private filled = 0;

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (!channel) return true;
    for (let i = 0; i < channel.length; i++) {
      this.block[this.filled++] = channel[i]!;
      if (this.filled === BLOCK) {
        this.port.postMessage(this.block, [this.block.buffer]);
        this.block = new Float32Array(BLOCK);
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor('kelvoa-capture', CaptureProcessor);
