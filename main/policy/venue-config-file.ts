import { readFile } from 'node:fs/promises';
import { validateVenueConfig, type ConfigResult } from '../../contract/venue-config';

/**
 * Reads the venue configuration file. A missing file means defaults; an unreadable or invalid file keeps
 * the defaults for what is wrong and reports why. The file is never rewritten, so nothing a venue wrote is lost.
 */
export async function readVenueConfigFile(filePath: string): Promise<ConfigResult> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return validateVenueConfig(undefined);
    const result = validateVenueConfig(undefined);
    result.problems.push({ field: '(file)', message: `${filePath} could not be read (${code ?? String(error)}); using defaults` });
    return result;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const result = validateVenueConfig(undefined);
    result.problems.push({ field: '(file)', message: `${filePath} is not valid JSON (${(error as Error).message}); using defaults` });
    return result;
  }
  return validateVenueConfig(parsed);
}
