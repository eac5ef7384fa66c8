import QR_CODES from 'virtual:qr-codes';
import { useMemo } from 'react';
import { qrCodeSvg } from '../../../domain/qr/qr-svg';

/**
 * A QR code drawn as one SVG path: scannable by a phone, readable offline. The programme's addresses are encoded
 * at build time; an address known only at run time (set by the venue) is encoded here, when `runTime` is set.
 */
export function QrCode({ value, label, runTime = false }: { value: string; label: string; runTime?: boolean }) {
  const code = useMemo(() => QR_CODES[value] ?? (runTime ? qrCodeSvg(value) : undefined), [value, runTime]);
  // Every address of the content is encoded at build time; the address is shown beside the code anyway.
  if (!code) return null;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`0 0 ${code.size} ${code.size}`} shapeRendering="crispEdges">
      <rect width={code.size} height={code.size} fill="#ffffff" />
      <path d={code.path} fill="#000000" />
    </svg>
  );
}
