import QR_CODES from 'virtual:qr-codes';

/** A QR code drawn as one SVG path, encoded at build time: scannable by a phone, readable offline. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const code = QR_CODES[value];
  // Every address of the content is encoded at build time; the address is shown beside the code anyway.
  if (!code) return null;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`0 0 ${code.size} ${code.size}`} shapeRendering="crispEdges">
      <rect width={code.size} height={code.size} fill="#ffffff" />
      <path d={code.path} fill="#000000" />
    </svg>
  );
}
