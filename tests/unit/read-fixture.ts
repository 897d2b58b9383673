import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Reads a file relative to the project root, as UTF-8 text. */
export const readProjectFile = (path: string): string => readFileSync(root + path, 'utf8');

export const SEED_NAME = 'seeds/000_312a46f2b9923e86.txt';
export const seedText = () => readProjectFile(SEED_NAME);
