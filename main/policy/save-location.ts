import { existsSync } from 'node:fs';
import path from 'node:path';

/** A file name in the chosen folder that replaces nothing already there: `name.pdf`, else `name-2.pdf`, `name-3.pdf`… */
export function uniqueFileName(folder: string, baseName: string, extension: string, exists: (file: string) => boolean = existsSync): string {
  for (let n = 1; ; n++) {
    const file = path.join(folder, `${baseName}${n === 1 ? '' : `-${n}`}${extension}`);
    if (!exists(file)) return file;
  }
}
