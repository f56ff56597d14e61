// The project's root folder, found from this file's own place, so entries and tools can name
// files in the project without depending on the working directory.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
