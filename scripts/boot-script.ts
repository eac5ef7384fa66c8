/**
 * A script of renderer/boot/: a small classic script built apart from the bundle (one file, no imports at run
 * time, build-time data put in with `define`), written into the page itself.
 */
import path from 'node:path';
import { buildSync } from 'esbuild';
import { PROJECT_ROOT } from './content-sources';

export function compileBootScript(name: string, define: Record<string, string> = {}): string {
  const result = buildSync({
    entryPoints: [path.join(PROJECT_ROOT, 'renderer', 'boot', `${name}.ts`)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
    define,
  });
  return result.outputFiles[0]!.text;
}
