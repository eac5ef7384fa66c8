/**
 * The facilitator mode and the workshop are chunks of their own: a visitor's page does not load them before
 * its first screen. They are fetched when the page is idle after that screen (`preloadFacilitatorViews`), so a
 * facilitator who holds the corner finds them ready; drawn before that, they wait a moment for their chunk.
 * They show and check the texts of every language: they wait for those too (preloaded after the first screen).
 */
import { Suspense, use, useEffect, type ComponentProps } from 'react';
import { preloadQrCodes, qrCodesLoaded } from '../components/QrCode';
import { lazyChunk } from '../lazy-chunk';
import { LANGUAGES } from '../../../contract/venue-defaults';
import { languageTextsLoaded, loadAllLanguageTexts } from '../content/kiosk-content';
import { useFacilitatorStore } from './facilitator-store';
import type { FacilitatorMode } from './FacilitatorMode';
import type { WorkshopScreen } from './WorkshopScreen';

/**
 * Waits (suspends) until the texts of every language are in, and the QR codes (the workshop sheet prints
 * them); what cannot be read throws, as a screen that cannot be drawn. The PIN pad needs neither: while it
 * shows, they are only fetched (preloaded after the first screen, they are there already in practice).
 */
function useFacilitatorViewsData(): void {
  const pinPad = useFacilitatorStore((s) => s.view === 'pin');
  useEffect(() => {
    if (pinPad) for (const preload of [loadAllLanguageTexts, preloadQrCodes]) preload().catch(() => undefined);
  }, [pinPad]);
  if (pinPad) return;
  if (!LANGUAGES.every(languageTextsLoaded)) use(loadAllLanguageTexts());
  if (!qrCodesLoaded()) use(preloadQrCodes());
}

const facilitatorChunk = lazyChunk(() => import('./FacilitatorMode'));
const workshopChunk = lazyChunk(() => import('./WorkshopScreen'));

/** Fetches both chunks; a failure is only reported: the chunk is tried again when it is needed. */
export function preloadFacilitatorViews(onProblem: (message: string) => void): void {
  for (const { preload } of [facilitatorChunk, workshopChunk]) preload().catch((error: unknown) => onProblem(`facilitator views not preloaded: ${String(error)}`));
}

function LoadedFacilitatorMode(props: ComponentProps<typeof FacilitatorMode>) {
  useFacilitatorViewsData();
  const { FacilitatorMode: View } = facilitatorChunk.useModule();
  return <View {...props} />;
}

function LoadedWorkshopScreen(props: ComponentProps<typeof WorkshopScreen>) {
  useFacilitatorViewsData();
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
