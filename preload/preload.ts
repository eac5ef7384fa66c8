import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type KioskApi } from '../contract/kiosk-api';

// The only bridge between the page and the main process: exactly the KioskApi contract, nothing more.
const kioskApi: KioskApi = {
  getVenueConfig: () => ipcRenderer.invoke(IPC_CHANNELS.getVenueConfig),
  log: (entry) => ipcRenderer.send(IPC_CHANNELS.log, entry),
  endVisit: () => ipcRenderer.invoke(IPC_CHANNELS.endVisit),
  reportPageFailure: (failure) => ipcRenderer.send(IPC_CHANNELS.reportPageFailure, failure),
  pageBooted: () => ipcRenderer.send(IPC_CHANNELS.pageBooted),
  countUsage: (event) => ipcRenderer.send(IPC_CHANNELS.countUsage, event),
  facilitatorState: () => ipcRenderer.invoke(IPC_CHANNELS.facilitatorState),
  facilitatorUnlock: (pin) => ipcRenderer.invoke(IPC_CHANNELS.facilitatorUnlock, pin),
  facilitatorLeave: () => ipcRenderer.invoke(IPC_CHANNELS.facilitatorLeave),
  updateVenueSettings: (change) => ipcRenderer.invoke(IPC_CHANNELS.updateVenueSettings, change),
  usageCounts: () => ipcRenderer.invoke(IPC_CHANNELS.usageCounts),
  exportUsageCsv: () => ipcRenderer.invoke(IPC_CHANNELS.exportUsageCsv),
  saveWorkshopSheet: () => ipcRenderer.invoke(IPC_CHANNELS.saveWorkshopSheet),
  recentProblems: () => ipcRenderer.invoke(IPC_CHANNELS.recentProblems),
  restartKiosk: () => ipcRenderer.invoke(IPC_CHANNELS.restartKiosk),
  exitToDesktop: () => ipcRenderer.invoke(IPC_CHANNELS.exitToDesktop),
};

contextBridge.exposeInMainWorld('kiosk', kioskApi);
