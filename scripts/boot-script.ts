/**
 * A script of renderer/boot/: a small classic script built apart from the bundle (one file, no imports at run
 * time, build-time data put in with `define`), served by the dev server and written beside the bundle.
 */
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';
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

/** The dev server's answer for `fileName` and the build's copy of it: `compile()`'s output either way. */
export function bootScriptFile(fileName: string, compile: () => string): Pick<Plugin, 'configureServer' | 'generateBundle'> {
  return {
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(compile());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: compile() });
    },
  };
}
