/**
 * Compile-time checks of the IPC contract (checked by `npm run typecheck`, not run): each line marked
 * `@ts-expect-error` must be refused by the compiler. If the contract's types were loosened, the directive
 * would be unused, and the type check fails.
 */
import { handleInvoke, onSend } from '../../main/ipc-handlers';
import type { KioskApi } from '../../contract/kiosk-api';

export function refusedByTheCompiler(ipcRenderer: { invoke(channel: string, ...args: unknown[]): Promise<unknown> }) {
  // @ts-expect-error a handler must reply with the contract's shape
  handleInvoke('usageCounts', () => ({ wrong: 42 }));
  // @ts-expect-error a request's reply is not a one-way message
  onSend('usageCounts', () => undefined);
  // @ts-expect-error a one-way message has no handler that replies
  handleInvoke('log', () => undefined);
  const bridge: Pick<KioskApi, 'usageCounts'> = {
    // @ts-expect-error a bridge method cannot give another method's reply
    usageCounts: () => ipcRenderer.invoke('kiosk:recent-problems') as Promise<string[]>,
  };
  return bridge;
}
