/**
 * The French reasons of a suggestion (decision 040): never a score without words. In order: the
 * official mobility it comes from, the shared competences (core ones first), the RIASEC
 * congruence, the core competences still missing.
 */
import type { SuggestionIndex } from './suggestion-index.ts';
import type { Origin, SkillRef, SuggestionGroup } from './suggest.ts';

/** At most this many labels quoted in a sentence (the lists carry more). */
const QUOTED = 3;
/**
 * At most this many shared items listed per suggestion, core ones first (the reason gives the
 * total): a 60-skill portfolio shares 30 items or more with a close job, and ten such lists made
 * the answer four times larger for nothing a person reads.
 */
export const SHARED_LISTED = 12;

const quote = (labels: readonly string[]) => {
  const shown = labels.slice(0, QUOTED).map((l) => `« ${l} »`);
  const more = labels.length - shown.length;
  if (more > 0) return `${shown.join(', ')} et ${more} ${more > 1 ? 'autres' : 'autre'}`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} et ${shown.at(-1)}` : (shown[0] ?? '');
};

const DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

function congruenceSentence(congruence: number, code: string, fiche: { major: string; minor: string | null }): string {
  const ficheCode = fiche.minor && fiche.minor !== fiche.major ? `${fiche.major}${fiche.minor}` : fiche.major;
  const value = DECIMAL.format(congruence);
  const level = congruence >= 5 ? 'rejoignent nettement' : congruence >= 2 ? 'rejoignent en partie' : 'rejoignent peu';
  return `Vos centres d’intérêt (${code}) ${level} le profil RIASEC de ce métier (${ficheCode}) : concordance de ${value} sur 6 (indice de Iachan, comme dans votre restitution RIASEC).`;
}

export function suggestionReasons(
  index: SuggestionIndex,
  input: {
    fiche: number;
    portfolio: ReadonlySet<number>;
    group: SuggestionGroup;
    /** Iachan's index 0–6, null without a RIASEC code. */
    congruence: number | null;
    riasecCode: string;
    via: Origin | null;
  },
): { reasons: string[]; sharedSkills: SkillRef[]; missingCoreSkills: SkillRef[] } {
  const fiche = index.fiches[input.fiche]!;
  const ref = (id: number): SkillRef => ({ codeOgr: index.items[id]!.codeOgr, label: index.items[id]!.label });
  const shared: number[] = [];
  const missingCore: number[] = [];
  let sharedCore = 0;
  fiche.items.forEach((id, k) => {
    const core = k < fiche.coreCount;
    if (input.portfolio.has(id)) {
      shared.push(id);
      if (core) sharedCore++;
    } else if (core) missingCore.push(id);
  });
  const reasons: string[] = [];
  if (input.via) {
    const source = index.fiches[input.via.fiche]!;
    reasons.push(
      input.via.kind === 'held'
        ? `Mobilité prévue par France Travail depuis « ${source.label} », un métier que vous avez exercé.`
        : input.via.kind === 'wish'
          ? `Mobilité prévue par France Travail depuis « ${source.label} », un métier qui vous attire.`
          : `Mobilité prévue par France Travail depuis « ${source.label} », ${input.via.weight === 1 ? 'le métier le plus proche' : 'l’un des métiers les plus proches'} de vos compétences.`,
    );
  }
  const total = fiche.items.length;
  if (shared.length > 0) {
    const held = `Vous avez ${shared.length} des ${total} compétences, savoirs et contextes de ce métier`;
    const labels = shared.map((id) => index.items[id]!.label);
    reasons.push(
      sharedCore > 0
        ? `${held}, dont ${sharedCore} ${plural(sharedCore, 'essentielle', 'essentielles')} : ${quote(labels.slice(0, sharedCore))}.`
        : `${held} : ${quote(labels)} ; aucune n’est au cœur du métier.`,
    );
  } else if (input.portfolio.size > 0) {
    reasons.push('Aucune de vos compétences ne figure sur la fiche de ce métier : une reconversion à construire.');
  }
  if (input.congruence !== null && input.riasecCode !== '')
    reasons.push(congruenceSentence(input.congruence, input.riasecCode, fiche.riasec));
  if (input.group === 'nouveau_domaine')
    reasons.push('Un domaine nouveau pour vous, choisi pour vos centres d’intérêt plutôt que pour votre parcours.');
  if (missingCore.length > 0) {
    reasons.push(
      `${plural(missingCore.length, 'Compétence essentielle', 'Compétences essentielles')} à acquérir (${missingCore.length}) : ${quote(missingCore.map((id) => index.items[id]!.label))}.`,
    );
  } else if (fiche.coreCount > 0) {
    reasons.push('Vous avez déjà toutes les compétences essentielles de ce métier.');
  }
  return { reasons, sharedSkills: shared.slice(0, SHARED_LISTED).map(ref), missingCoreSkills: missingCore.map(ref) };
}
