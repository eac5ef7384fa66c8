import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  IPC_CHANNELS,
  parseLogEntry,
  parsePageFailure,
  type InvokeMethod,
  type IpcReply,
  type LogEntry,
  type PageFailure,
  type SendMethod,
  type VenueConfigReply,
} from '../contract/kiosk-api';
import { isTrustedSender } from './policy/app-origin';

export interface IpcDependencies {
  venueConfig: () => VenueConfigReply;
  log: (entry: LogEntry) => void;
  endVisit: () => Promise<void>;
  pageFailed: (failure: PageFailure) => void;
  pageBooted: (sender: WebContents) => void;
}

export function fromTrustedFrame(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isTrustedSender(url);
}

export function rejectUntrusted(channel: string): never {
  throw new Error(`${channel}: refused, the sender is not the kiosk page`);
}

/** A request's handler: its arguments come from the page, unchecked; its reply is the contract's. */
export type InvokeHandler<K extends InvokeMethod> = (event: IpcMainInvokeEvent, ...args: unknown[]) => IpcReply<K> | Promise<IpcReply<K>>;

/** Answers the requests of one KioskApi method, on that method's channel. */
export function handleInvoke<K extends InvokeMethod>(method: K, handler: InvokeHandler<K>): void {
  ipcMain.handle(IPC_CHANNELS[method], handler);
}

/** Listens to the one-way messages of one KioskApi method, on that method's channel. */
export function onSend<K extends SendMethod>(method: K, listener: (event: IpcMainEvent, ...args: unknown[]) => void): void {
  ipcMain.on(IPC_CHANNELS[method], listener);
}

export function registerIpcHandlers(deps: IpcDependencies): void {
  handleInvoke('getVenueConfig', (event, ...args) => {
    if (!fromTrustedFrame(event)) rejectUntrusted(IPC_CHANNELS.getVenueConfig);
    if (args.length !== 0) throw new Error(`${IPC_CHANNELS.getVenueConfig}: takes no arguments`);
    return deps.venueConfig();
  });

  onSend('log', (event, ...args) => {
    if (!fromTrustedFrame(event) || args.length !== 1) return;
    const entry = parseLogEntry(args[0]);
    if (entry) deps.log(entry);
  });

  handleInvoke('endVisit', async (event, ...args) => {
    if (!fromTrustedFrame(event)) rejectUntrusted(IPC_CHANNELS.endVisit);
    if (args.length !== 0) throw new Error(`${IPC_CHANNELS.endVisit}: takes no arguments`);
    await deps.endVisit();
  });

  onSend('reportPageFailure', (event, ...args) => {
    if (!fromTrustedFrame(event) || args.length !== 1) return;
    const failure = parsePageFailure(args[0]);
    if (failure) deps.pageFailed(failure);
  });

  onSend('pageBooted', (event, ...args) => {
    if (!fromTrustedFrame(event) || args.length !== 0) return;
    deps.pageBooted(event.sender);
  });
}
