/** The last warnings and errors of the kiosk's log (current file and its rotated generation), newest last. */
import { readFile } from 'node:fs/promises';

export async function recentLogProblems(logPath: string, max = 30): Promise<string[]> {
  const lines: string[] = [];
  for (const file of [`${logPath}.1`, logPath]) {
    try {
      lines.push(...(await readFile(file, 'utf8')).split('\n'));
    } catch {
      // A log not written yet has no problems to show.
    }
  }
  return lines.filter((line) => / (WARN|ERROR) \[/.test(line)).slice(-max);
}
