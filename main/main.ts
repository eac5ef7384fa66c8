import path from 'node:path';
import { startKioskApp } from './kiosk-app';

// The bundle lives in dist/main/, beside dist/preload/ and dist/renderer/.
void startKioskApp(path.resolve(__dirname, '..'));
