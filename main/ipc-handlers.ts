import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_CHANNELS, parseLogEntry, parsePageFailure, type LogEntry, type PageFailure, type VenueConfigReply } from '../contract/kiosk-api';
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

export function registerIpcHandlers(deps: IpcDependencies): void {
  ipcMain.handle(IPC_CHANNELS.getVenueConfig, (event, ...args: unknown[]) => {
    if (!fromTrustedFrame(event)) rejectUntrusted(IPC_CHANNELS.getVenueConfig);
    if (args.length !== 0) throw new Error(`${IPC_CHANNELS.getVenueConfig}: takes no arguments`);
    return deps.venueConfig();
  });

  ipcMain.on(IPC_CHANNELS.log, (event, ...args: unknown[]) => {
    if (!fromTrustedFrame(event) || args.length !== 1) return;
    const entry = parseLogEntry(args[0]);
    if (entry) deps.log(entry);
  });

  ipcMain.handle(IPC_CHANNELS.endVisit, async (event, ...args: unknown[]) => {
    if (!fromTrustedFrame(event)) rejectUntrusted(IPC_CHANNELS.endVisit);
    if (args.length !== 0) throw new Error(`${IPC_CHANNELS.endVisit}: takes no arguments`);
    await deps.endVisit();
  });

  ipcMain.on(IPC_CHANNELS.reportPageFailure, (event, ...args: unknown[]) => {
    if (!fromTrustedFrame(event) || args.length !== 1) return;
    const failure = parsePageFailure(args[0]);
    if (failure) deps.pageFailed(failure);
  });

  ipcMain.on(IPC_CHANNELS.pageBooted, (event, ...args: unknown[]) => {
    if (!fromTrustedFrame(event) || args.length !== 0) return;
    deps.pageBooted(event.sender);
  });
}
