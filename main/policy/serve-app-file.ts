import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { APP_HOST } from './app-origin';
import { parseByteRange } from './byte-range';
import { mimeTypeFor } from './mime-types';
import { resolveContainedPath } from './path-containment';

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The first of `roots` that holds the path, without leaving it; null when none does. */
async function resolveInRoots(roots: readonly string[], pathname: string): Promise<string | null> {
  for (const root of roots) {
    const filePath = await resolveContainedPath(root, pathname);
    if (filePath !== null) return filePath;
  }
  return null;
}

/**
 * Answers one app:// request from the files under `roots` (searched in order): GET and HEAD only, contained
 * paths only, byte ranges as 206 partial responses so audio can seek, and the CSP on every response.
 */
export async function serveAppFile(roots: readonly string[], contentSecurityPolicy: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return plain(404, 'Not found');
  const pathname = url.pathname === '/' ? '/index.html' : url.pathname;
  const filePath = await resolveInRoots(roots, pathname);
  if (filePath === null) return plain(404, 'Not found');
  const info = await stat(filePath);
  if (!info.isFile()) return plain(404, 'Not found');

  const headers = new Headers({
    'Content-Type': mimeTypeFor(filePath),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-cache',
  });
  const range = parseByteRange(request.headers.get('range'), info.size);
  if (range.kind === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${info.size}`);
    return new Response(null, { status: 416, headers });
  }
  const start = range.kind === 'partial' ? range.start : 0;
  const end = range.kind === 'partial' ? range.end : info.size - 1;
  const length = info.size === 0 ? 0 : end - start + 1;
  headers.set('Content-Length', String(length));
  const status = range.kind === 'partial' ? 206 : 200;
  if (status === 206) headers.set('Content-Range', `bytes ${start}-${end}/${info.size}`);
  if (request.method === 'HEAD' || length === 0) return new Response(null, { status, headers });
  const body = Readable.toWeb(createReadStream(filePath, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}
