/** How the suggestions are grouped and what they were computed from, in French. Pure: unit-tested. */
import type { PisteSuggestion as Suggestion, PisteSuggestionsView } from '../contracts/schemas.ts';

/** The suggestions in their groups, in the engine's order. */
export function groupSuggestions(results: readonly Suggestion[]): { label: string; items: Suggestion[] }[] {
  const groups: { label: string; items: Suggestion[] }[] = [];
  for (const s of results) {
    const group = groups.find((g) => g.label === s.groupLabel);
    if (group) group.items.push(s);
    else groups.push({ label: s.groupLabel, items: [s] });
  }
  return groups;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** « 12 compétences du portefeuille, le profil d’intérêts S/A E, 2 emplois occupés et 1 piste très désirée ». */
export function basisText(basis: PisteSuggestionsView['basis']): string {
  const parts = [plural(basis.competences, 'compétence du portefeuille', 'compétences du portefeuille')];
  if (basis.riasec) parts.push(`le profil d’intérêts ${basis.riasec}`);
  parts.push(plural(basis.jobsHeld, 'emploi occupé', 'emplois occupés'));
  if (basis.wishes > 0) parts.push(plural(basis.wishes, 'piste très désirée', 'pistes très désirées'));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}` : parts[0]!;
}
