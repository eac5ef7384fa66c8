/** The page's side of the voice studio's worker (voice-studio.worker.ts): one job, one promise. */
import type { EncodedClip } from '../../../domain/audio/clip-mastering';
import type { StudioJob, StudioJobResult } from './voice-studio.worker';
import type { MasteredTake, TakeToMaster } from './take-mastering';

/** A job as the page asks for it: the id is given here. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Pending = { resolve: (result: StudioJobResult) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function studioWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./voice-studio.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = ({ data }: MessageEvent<StudioJobResult>) => {
    const job = pending.get(data.id);
    pending.delete(data.id);
    if ('error' in data) job?.reject(new Error(data.error));
    else job?.resolve(data);
  };
  // A worker that cannot start or breaks fails the jobs it was given; the next job starts a new one.
  started.onerror = (event) => {
    event.preventDefault();
    for (const job of pending.values()) job.reject(new Error(`the voice studio's worker stopped: ${event.message || 'it could not start'}`));
    pending.clear();
    started.terminate();
    worker = null;
  };
  worker = started;
  return started;
}

function run(job: WithoutId<StudioJob>, transfer: Transferable[]): Promise<StudioJobResult> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    studioWorker().postMessage({ ...job, id } as StudioJob, transfer);
  });
}

/** The take and the reference are copied to the worker: the caller's arrays stay its own. */
export async function masterTakeInWorker(take: TakeToMaster): Promise<MasteredTake> {
  const samples = take.samples.slice();
  const reference = { samples: take.reference.samples.slice(), words: take.reference.words };
  const result = await run({ kind: 'take', take: { ...take, samples, reference } }, [samples.buffer, reference.samples.buffer]);
  if (!('take' in result)) throw new Error('the voice studio worker answered a take with something else');
  return result.take;
}

export async function masterClipInWorker(samples: Float32Array, sampleRate: number, bitrate: number, serial: number): Promise<EncodedClip> {
  const copy = samples.slice();
  const result = await run({ kind: 'clip', samples: copy, sampleRate, bitrate, serial }, [copy.buffer]);
  if (!('clip' in result)) throw new Error('the voice studio worker answered a clip with something else');
  return result.clip;
}
