/**
 * The official ROME 4.0 export that tests and benchmarks read: ROME_DIR, or `../shared/data/rome`
 * beside the repository. Never committed here; tests skip with a visible message without it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROME_DIR = process.env['ROME_DIR'] ?? fileURLToPath(new URL('../../../shared/data/rome', import.meta.url));
export const hasRomeExport = existsSync(ROME_DIR);
