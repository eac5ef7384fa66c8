/**
 * The facilitator mode and the workshop are chunks of their own: a visitor's page does not load them before
 * its first screen. They are fetched when the page is idle after that screen (`preloadFacilitatorViews`), so a
 * facilitator who holds the corner finds them ready; drawn before that, they wait a moment for their chunk.
 */
import { Suspense, use, type ComponentProps } from 'react';
import type { FacilitatorMode } from './FacilitatorMode';
import type { WorkshopScreen } from './WorkshopScreen';

function chunk<T>(load: () => Promise<T>) {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (loaded) => (module = loaded),
      (error: unknown) => {
        // Tried again next time: a chunk that failed to load once (a busy disk) may load later.
        loading = undefined;
        throw error;
      },
    ));
  return { preload, useModule: () => module ?? use(preload()) };
}

const facilitatorChunk = chunk(() => import('./FacilitatorMode'));
const workshopChunk = chunk(() => import('./WorkshopScreen'));

/** Fetches both chunks; a failure is only reported: the chunk is tried again when it is needed. */
export function preloadFacilitatorViews(onProblem: (message: string) => void): void {
  for (const { preload } of [facilitatorChunk, workshopChunk]) preload().catch((error: unknown) => onProblem(`facilitator views not preloaded: ${String(error)}`));
}

function LoadedFacilitatorMode(props: ComponentProps<typeof FacilitatorMode>) {
  const { FacilitatorMode: View } = facilitatorChunk.useModule();
  return <View {...props} />;
}

function LoadedWorkshopScreen(props: ComponentProps<typeof WorkshopScreen>) {
  const { WorkshopScreen: View } = workshopChunk.useModule();
  return <View {...props} />;
}

function LoadedWorkshopMarker() {
  const { WorkshopMarker: View } = workshopChunk.useModule();
  return <View />;
}

export const LazyFacilitatorMode = (props: ComponentProps<typeof FacilitatorMode>) => (
  <Suspense fallback={null}>
    <LoadedFacilitatorMode {...props} />
  </Suspense>
);

export const LazyWorkshopScreen = (props: ComponentProps<typeof WorkshopScreen>) => (
  <Suspense fallback={null}>
    <LoadedWorkshopScreen {...props} />
  </Suspense>
);

/** Drawn only while a workshop runs, so its chunk is there already: the workshop was started from it. */
export const LazyWorkshopMarker = () => (
  <Suspense fallback={null}>
    <LoadedWorkshopMarker />
  </Suspense>
);
