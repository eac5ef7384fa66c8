import { use } from 'react';

/**
 * A part of the page in a chunk of its own, out of the first screen's script: `preload` fetches it (once; a
 * failure is tried again next time, as a busy disk may answer later), `useModule` gives it to a component,
 * which suspends until it is there (at once when it was preloaded); `loaded` says whether it is there.
 */
export function lazyChunk<T>(load: () => Promise<T>) {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (loaded) => (module = loaded),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return { preload, loaded: () => module !== undefined, useModule: () => module ?? use(preload()) };
}
