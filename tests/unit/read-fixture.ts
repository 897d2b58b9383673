import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Vitest runs from the project root; import.meta.url is not a file: URL under jsdom.
const root = process.cwd();

/** Reads a file relative to the project root, as UTF-8 text. */
export const readProjectFile = (path: string): string => readFileSync(join(root, path), 'utf8');

export const SEED_NAME = 'seeds/000_312a46f2b9923e86.txt';
export const seedText = () => readProjectFile(SEED_NAME);
