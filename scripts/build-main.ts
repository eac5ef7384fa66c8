/** Bundles the main process and the preload into CommonJS files, with electron left external. */
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node' as const,
  format: 'cjs' as const,
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'info' as const,
};

await Promise.all([
  build({ ...common, entryPoints: ['main/main.ts'], outfile: 'dist/main/main.cjs' }),
  // A sandboxed preload can require only 'electron': everything else must be inside this one file.
  build({ ...common, entryPoints: ['preload/preload.ts'], outfile: 'dist/preload/preload.cjs' }),
]);
