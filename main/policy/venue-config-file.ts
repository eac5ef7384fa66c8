import { readFile } from 'node:fs/promises';
import { KNOWN_VENUE_FIELDS, validateVenueConfig, type ConfigProblem, type ConfigResult } from '../../contract/venue-config';
import { decodeTextFile, looksLikeUtf16WithoutMark } from './text-encoding';

/** How many unknown setting names are quoted in the one problem that reports them all. */
const UNKNOWN_NAMES_QUOTED = 5;
const NAME_LENGTH_QUOTED = 40;

function withFileProblem(message: string): ConfigResult {
  const result = validateVenueConfig(undefined);
  result.problems.push({ field: '(file)', message });
  return result;
}

/** All unknown settings as one problem, with a count and the first few names: a file of 400,000 typos is one log line. */
function unknownSettingsProblem(names: string[]): ConfigProblem {
  const quoted = names.slice(0, UNKNOWN_NAMES_QUOTED).map((name) => JSON.stringify(name.slice(0, NAME_LENGTH_QUOTED)));
  const more = names.length > UNKNOWN_NAMES_QUOTED ? ` and ${names.length - UNKNOWN_NAMES_QUOTED} more` : '';
  const what = names.length === 1 ? '1 unknown setting' : `${names.length} unknown settings`;
  return { field: '(unknown)', message: `${what} ignored: ${quoted.join(', ')}${more}` };
}

/** Validates the known settings field by field; every unknown one is reported together, once. */
function validateParsed(parsed: unknown): ConfigResult {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return validateVenueConfig(parsed);
  const knownSettings: Record<string, unknown> = {};
  const unknownNames: string[] = [];
  const input = parsed as Record<string, unknown>;
  // Object.keys, not Object.entries: a file of 400,000 unknown keys should not build 400,000 pairs.
  for (const name of Object.keys(input)) {
    if (KNOWN_VENUE_FIELDS.has(name)) knownSettings[name] = input[name];
    else unknownNames.push(name);
  }
  const result = validateVenueConfig(knownSettings);
  if (unknownNames.length > 0) result.problems.unshift(unknownSettingsProblem(unknownNames));
  return result;
}

/**
 * Reads the venue configuration file. A missing file means defaults; an unreadable or invalid file keeps
 * the defaults for what is wrong and reports why. The file is never rewritten, so nothing a venue wrote is lost.
 */
export async function readVenueConfigFile(filePath: string): Promise<ConfigResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return validateVenueConfig(undefined);
    return withFileProblem(`${filePath} could not be read (${code ?? String(error)}); using defaults`);
  }
  const { text } = decodeTextFile(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const hint = looksLikeUtf16WithoutMark(bytes) ? ' It looks like UTF-16 without a byte-order mark: save it as UTF-8.' : '';
    return withFileProblem(`${filePath} is not valid JSON (${(error as Error).message}); using defaults.${hint}`);
  }
  return validateParsed(parsed);
}
