import path from 'node:path';

export interface LaunchOptions {
  /** Windowed, devtools and reload keys allowed. Never set on venue hardware. */
  dev: boolean;
  /** Path of the venue configuration file. */
  configPath: string;
}

/** Reads `--dev` / KELVOA_DEV=1 and `--config=<file>` / KELVOA_CONFIG; the config defaults to the user-data folder. */
export function parseLaunchOptions(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): LaunchOptions {
  const dev = argv.includes('--dev') || env.KELVOA_DEV === '1';
  const configArg = argv.find((arg) => arg.startsWith('--config='))?.slice('--config='.length);
  const configPath = configArg || env.KELVOA_CONFIG || path.join(userDataDir, 'venue-config.json');
  return { dev, configPath };
}
