import { Suspense, useMemo } from 'react';
import { lazyChunk } from '../lazy-chunk';

/** The codes and their encoder (some 80 kB of script), out of the first screen: preloaded once it is drawn. */
const qrCodes = lazyChunk(() => import('./qr-code-data'));
export const preloadQrCodes = qrCodes.preload;
export const qrCodesLoaded = qrCodes.loaded;
const useQrCodes = qrCodes.useModule;

interface QrCodeProps {
  value: string;
  label: string;
  runTime?: boolean;
}

function DrawnQrCode({ value, label, runTime }: Required<QrCodeProps>) {
  const { qrCodeFor } = useQrCodes();
  const code = useMemo(() => qrCodeFor(value, runTime), [qrCodeFor, value, runTime]);
  // Every address of the content is encoded at build time; the address is shown beside the code anyway.
  if (!code) return null;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`0 0 ${code.size} ${code.size}`} shapeRendering="crispEdges">
      <rect width={code.size} height={code.size} fill="#ffffff" />
      <path d={code.path} fill="#000000" />
    </svg>
  );
}

/**
 * A QR code drawn as one SVG path: scannable by a phone, readable offline. The programme's addresses are encoded
 * at build time; an address known only at run time (set by the venue) is encoded here, when `runTime` is set.
 * Drawn before its chunk is in (it is preloaded after the first screen), its place is kept empty a moment.
 */
export function QrCode({ value, label, runTime = false }: QrCodeProps) {
  return (
    <Suspense fallback={<span className="qr-code" aria-hidden="true" />}>
      <DrawnQrCode value={value} label={label} runTime={runTime} />
    </Suspense>
  );
}
