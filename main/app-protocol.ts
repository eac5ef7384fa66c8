import { protocol } from 'electron';
import { APP_SCHEME } from './policy/app-origin';
import { serveAppFile } from './policy/serve-app-file';

/** Must run before the app is ready: app:// behaves like an https origin (fetch, streaming, secure context). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true, codeCache: true } },
  ]);
}

export function serveAppProtocol(roots: readonly string[], contentSecurityPolicy: string, onError: (message: string) => void): void {
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      return await serveAppFile(roots, contentSecurityPolicy, request);
    } catch (error) {
      onError(`app:// ${request.url} failed: ${(error as Error).message}`);
      return new Response('Internal error', { status: 500 });
    }
  });
}
