/**
 * What a quote, an individual contract or a tripartite convention must state before it can be
 * produced (R6313-8, legal.md BC-15, CPF-11, EMP-02; domain.md § 2): the price and the VAT
 * mention, the planned period, the modality and place, the personal-work hours, whether the bilan
 * runs during working time (when the financing asks it) and who signs for the organisation.
 * Each missing fact is named with where it is filled in: the bilan's « Financement » section (by
 * its consultant) or the organisation's profile (by an admin).
 */
import type { DocumentKindCode } from './builders.ts';

/** The documents that describe the prestation and engage the parties. */
export const PRESTATION_KINDS: readonly DocumentKindCode[] = ['devis', 'contrat_individuel', 'convention_tripartite'];

export interface MentionFacts {
  priceCents: number | null;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  modality: 'in_person' | 'remote' | 'mixed' | null;
  places: string | null;
  personalWorkMinutes: number | null;
  workingTime: string | null;
  workingTimeApplies: boolean;
  vatRegime: string | null;
  signatoryName: string | null;
}

export interface MissingMention {
  label: string;
  where: 'financing' | 'organisation';
}

export function missingMentions(kind: DocumentKindCode, f: MentionFacts): MissingMention[] {
  if (!PRESTATION_KINDS.includes(kind)) return [];
  const missing: MissingMention[] = [];
  const financing = (label: string) => missing.push({ label, where: 'financing' });
  if (f.priceCents === null) financing('le prix TTC');
  if (!f.plannedStartOn || !f.plannedEndOn) financing('la période prévue (début et fin)');
  if (f.modality === null) financing('la modalité (présentiel, à distance ou mixte)');
  else if (f.modality !== 'remote' && !f.places) financing('le lieu des séances en présentiel');
  if (f.personalWorkMinutes === null) financing('les heures de travail personnel prévues');
  if (f.workingTimeApplies && f.workingTime === null) financing('si le bilan se déroule pendant le temps de travail');
  if (f.vatRegime === null) missing.push({ label: 'le régime de TVA', where: 'organisation' });
  if (f.signatoryName === null)
    missing.push({ label: 'la personne qui signe pour l’organisme et sa fonction', where: 'organisation' });
  return missing;
}

/** The French message that names what to fill in, and where. */
export function missingMentionsMessage(missing: readonly MissingMention[]): string {
  const financing = missing.filter((m) => m.where === 'financing').map((m) => m.label);
  const organisation = missing.filter((m) => m.where === 'organisation').map((m) => m.label);
  const parts: string[] = [];
  if (financing.length > 0)
    parts.push(
      `Complétez d’abord dans la section « Financement » du bilan (Modifier les informations de financement) : ${financing.join(' ; ')}.`,
    );
  if (organisation.length > 0)
    parts.push(
      `${financing.length > 0 ? 'Il manque aussi' : 'Il manque'} dans le profil de l’organisme, à compléter par un·e administrateur·rice (page « Organisme ») : ${organisation.join(' ; ')}.`,
    );
  return parts.join(' ');
}
