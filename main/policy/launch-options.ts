import path from 'node:path';

export interface LaunchOptions {
  /** Windowed, devtools and reload keys allowed. Only ever in an unpackaged build; never on venue hardware. */
  dev: boolean;
  /** The development flag was given to a packaged build, and ignored. */
  devFlagIgnored: boolean;
  /** A supervisor (systemd, Shell Launcher) starts the kiosk again when it exits: `--supervised` / KELVOA_SUPERVISED=1. */
  supervised: boolean;
  /** Path of the venue configuration file. */
  configPath: string;
}

/**
 * Reads `--dev` / KELVOA_DEV=1, `--supervised` / KELVOA_SUPERVISED=1 and `--config=<file>` / KELVOA_CONFIG;
 * the config defaults to the user-data folder. A packaged build never runs in development mode.
 */
export function parseLaunchOptions(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string, isPackaged: boolean): LaunchOptions {
  const devFlag = argv.includes('--dev') || env.KELVOA_DEV === '1';
  const supervised = argv.includes('--supervised') || env.KELVOA_SUPERVISED === '1';
  const configArg = argv.find((arg) => arg.startsWith('--config='))?.slice('--config='.length);
  const configPath = configArg || env.KELVOA_CONFIG || path.join(userDataDir, 'venue-config.json');
  return { dev: devFlag && !isPackaged, devFlagIgnored: devFlag && isPackaged, supervised, configPath };
}
