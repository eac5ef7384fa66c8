import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type KioskApi } from '../contract/kiosk-api';

// The only bridge between the page and the main process: exactly the KioskApi contract, nothing more.
const kioskApi: KioskApi = {
  getVenueConfig: () => ipcRenderer.invoke(IPC_CHANNELS.getVenueConfig),
  log: (entry) => ipcRenderer.send(IPC_CHANNELS.log, entry),
  endVisit: () => ipcRenderer.invoke(IPC_CHANNELS.endVisit),
  reportFatalPageError: (reason) => ipcRenderer.send(IPC_CHANNELS.reportFatalPageError, reason),
};

contextBridge.exposeInMainWorld('kiosk', kioskApi);
