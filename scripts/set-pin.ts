/**
 * `npm run set-pin`: sets the facilitator PIN of this kiosk. The PIN is asked twice without being shown, and
 * only its salted scrypt hash is written into the venue configuration (atomically, the previous version kept).
 *   npm run set-pin                      the kiosk's own venue-config.json (Electron's user-data folder)
 *   npm run set-pin -- --config=<file>   another venue configuration file (or KELVOA_CONFIG)
 *   npm run set-pin -- --off             removes the PIN: the facilitator mode is off
 * Without a terminal (a pipe), the PIN is read from the first line of standard input.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import { isPin } from '../domain/facilitator/pin-gate';
import { parseLaunchOptions } from '../main/policy/launch-options';
import { hashPin } from '../main/policy/pin-hash';
import { VenueSettingsFile } from '../main/policy/venue-settings-file';

const PRODUCT_NAME = 'Kelvoa Kiosk';

/** Electron's user-data folder for the kiosk on this system. */
function userDataDir(): string {
  const home = homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

/** Reads one line from a terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stdout.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          finish();
          reject(new Error('cancelled'));
          return;
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readFirstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0]!.trim();
}

async function askPin(): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLine();
  const pin = await askHidden('New facilitator PIN (4 to 12 digits): ');
  if (!isPin(pin)) return pin;
  const again = await askHidden('Type it again: ');
  if (again !== pin) throw new Error('the two PINs differ; nothing was changed');
  return pin;
}

async function main() {
  const { configPath } = parseLaunchOptions(process.argv, process.env, userDataDir(), false);
  const settings = await VenueSettingsFile.open(configPath, (_level, message) => console.log(message));
  if (process.argv.includes('--off')) {
    await settings.setPin(null);
    console.log(`${configPath}: no PIN any more, the facilitator mode is off.`);
    return;
  }
  const pin = await askPin();
  if (!isPin(pin)) throw new Error('a PIN is 4 to 12 digits; nothing was changed');
  await settings.setPin(await hashPin(pin));
  console.log(`${configPath}: PIN set (only its salted scrypt hash is stored). The kiosk reads it at its next start.`);
}

main().catch((error: Error) => {
  console.error(`set-pin: ${error.message}`);
  process.exit(1);
});
