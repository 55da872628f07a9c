/**
 * Identifiers made from French labels, following the engine's slug rule (SLUG_PATTERN): the
 * worksheet editor names a new question, option, card, pile or column once, when it is first
 * saved, and never renames it afterwards (answers are stored under these identifiers).
 */
import { SLUG_PATTERN } from './question-schema.ts';

const MAX_SLUG = 64;

/** « Qu’est-ce qui compte ? » → `qu-est-ce-qui-compte`; falls back when nothing is left. */
export function slugFromLabel(label: string, fallback: string, maxLength = 40): string {
  const words = label
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) {
      if (!slug) slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return SLUG_PATTERN.test(slug) ? slug : fallback;
}

/** `base`, or `base-2`, `base-3`… the first one not taken (always a valid slug of 64 characters at most). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const root = SLUG_PATTERN.test(base) ? base.slice(0, MAX_SLUG) : 'element';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${root.slice(0, MAX_SLUG - suffix.length).replace(/[-_]+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
