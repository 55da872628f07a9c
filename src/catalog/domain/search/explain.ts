import { expandAbbreviation } from './abbreviations.ts';
import type { SlotMatch } from './engine.ts';
import { foldWord } from './normalize.ts';

/** Clamps a requested number of results: missing → 10, above 50 → 50, below 1 or not a number → 0. */
export const SEARCH_LIMITS = { default: 10, max: 50 } as const;

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined) return SEARCH_LIMITS.default;
  if (!Number.isFinite(limit) || limit < 1) return 0;
  return Math.min(Math.floor(limit), SEARCH_LIMITS.max);
}

/** Rounds a score to 3 decimals in [0, 1]. */
export function roundScore(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

/**
 * French explanation of a hit: what matched (`subject`, e.g. "Libellé du métier" or
 * "Appellation « … »"), then how the query was understood when it was not read literally.
 */
export function explainMatch(subject: string, slots: readonly SlotMatch[]): string {
  const notes: string[] = [];
  const missing: string[] = [];
  for (const slot of slots) {
    switch (slot.alternative) {
      case null:
        missing.push(`« ${slot.typed} »`);
        break;
      case 'abbreviation':
        notes.push(`abréviation « ${slot.typed} » lue « ${expandAbbreviation(foldWord(slot.typed)) ?? ''} »`);
        break;
      case 'split':
        notes.push(`« ${slot.typed} » lu « ${slot.words.map((w) => w.typed).join(' ')} »`);
        break;
      case 'joined':
        notes.push(`« ${slot.typed} » lu « ${slot.words[0]?.word ?? ''} »`);
        break;
      case 'typed':
        for (const word of slot.words) {
          if (word.kind === 'fuzzy')
            notes.push(`orthographe approchée : « ${word.typed} » pour « ${word.word ?? ''} »`);
          else if (word.kind === 'prefix') notes.push(`mot incomplet : « ${word.typed} » pour « ${word.word ?? ''} »`);
          else if (word.kind === null) missing.push(`« ${word.typed} »`);
        }
        break;
    }
  }
  if (missing.length > 0) notes.push(`${missing.length > 1 ? 'mots absents' : 'mot absent'} : ${missing.join(', ')}`);
  return notes.length === 0 ? subject : `${subject} (${notes.join(' ; ')})`;
}
