/**
 * One take from the microphone: the host allows capture for it (main's microphone gate), the browser's
 * processing that would change the voice (echo cancelling, noise suppression, automatic gain) is off, and the
 * take stops by itself after a second of silence following speech, at the longest take allowed, or when
 * asked. The microphone is released, and the host told, whatever happens.
 */
import { MAX_TAKE_SECONDS } from '../../../contract/recorded-voices';
import { silenceDetector } from '../../../domain/voice-studio/take-processing';
import { kioskApi } from '../platform/kiosk-api';

export interface CapturedTake {
  samples: Float32Array;
  sampleRate: number;
}

export interface RunningTake {
  /** Stops now (the "Stop" button); resolves with what was heard. */
  stop(): void;
  /** Resolves when the take has stopped, by itself or by `stop`. */
  done: Promise<CapturedTake>;
}

const BLOCK = 4096;

export async function startTake(): Promise<RunningTake> {
  await kioskApi.microphone('take-start');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 }, video: false });
  } catch (error) {
    await kioskApi.microphone('take-end');
    throw error;
  }
  const context = new AudioContext();
  const source = context.createMediaStreamSource(stream);
  // A ScriptProcessorNode: an AudioWorklet would need its own script file for a job this small.
  const processor = context.createScriptProcessor(BLOCK, 1, 1);
  const blocks: Float32Array[] = [];
  const detector = silenceDetector(context.sampleRate);
  const maxSamples = MAX_TAKE_SECONDS * context.sampleRate;
  let length = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  processor.onaudioprocess = (event) => {
    const block = new Float32Array(event.inputBuffer.getChannelData(0));
    blocks.push(block);
    length += block.length;
    if (detector.push(block) === 'ended' || length >= maxSamples) finish();
  };
  source.connect(processor);
  processor.connect(context.destination);

  const done = finished.then(async () => {
    processor.onaudioprocess = null;
    source.disconnect();
    processor.disconnect();
    for (const track of stream.getTracks()) track.stop();
    const sampleRate = context.sampleRate;
    await context.close();
    await kioskApi.microphone('take-end');
    const samples = new Float32Array(length);
    let offset = 0;
    for (const block of blocks) {
      samples.set(block, offset);
      offset += block.length;
    }
    return { samples, sampleRate };
  });
  return { stop: finish, done };
}
