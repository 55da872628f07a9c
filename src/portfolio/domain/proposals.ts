/**
 * ROME proposals for an experience (issue 12 § 3, decision 038): the items of the fiche of the
 * experience's appellation, grouped by macro-compétence (savoir-faire), with the savoir-être
 * together and the savoirs by category; items core to the job (« principale ») first, groups
 * holding one first. What the portfolio already holds (same code or same label folded) and what
 * the person rejected are not proposed again. Pure: the rows come from the catalogue.
 */
import { labelKey, type PortfolioCompetenceKind } from './portfolio.ts';

export type CoreLevel = 'principale' | 'emergente';

/** One item of the fiche, as read from the catalogue. */
export interface FicheItem {
  codeOgr: string;
  label: string;
  kind: PortfolioCompetenceKind;
  core: CoreLevel | null;
  /** Savoir-faire: the macro-compétence it belongs to (itself for a macro-compétence). */
  macroCodeOgr: string | null;
  macroLabel: string | null;
  /** Savoirs: their category (« Techniques professionnelles »…). */
  category: string | null;
}

export interface ProposalItem {
  codeOgr: string;
  label: string;
  kind: PortfolioCompetenceKind;
  core: CoreLevel | null;
}

export interface ProposalGroup {
  /** Stable key: `macro:<code>`, `savoir_etre`, `savoir:<category>`. */
  key: string;
  label: string;
  kind: PortfolioCompetenceKind;
  /** The macro-compétence's code, when the group is one. */
  macroCodeOgr: string | null;
  /** True when the group holds an item core to the job. */
  core: boolean;
  items: ProposalItem[];
}

export const SAVOIR_ETRE_GROUP_LABEL = 'Savoir-être professionnels';
export const OTHER_SAVOIR_FAIRE_LABEL = 'Autres savoir-faire';
export const OTHER_SAVOIRS_LABEL = 'Savoirs';

const collator = new Intl.Collator('fr', { sensitivity: 'base' });
const CORE_RANK = { principale: 0, emergente: 1 } as const;
const coreRank = (core: CoreLevel | null) => (core === null ? 2 : CORE_RANK[core]);
const KIND_RANK: Record<PortfolioCompetenceKind, number> = { savoir_faire: 0, savoir_etre: 1, savoir: 2 };

function groupOf(item: FicheItem): Omit<ProposalGroup, 'core' | 'items'> {
  if (item.kind === 'savoir_etre')
    return { key: 'savoir_etre', label: SAVOIR_ETRE_GROUP_LABEL, kind: 'savoir_etre', macroCodeOgr: null };
  if (item.kind === 'savoir') {
    const category = item.category ?? OTHER_SAVOIRS_LABEL;
    return { key: `savoir:${category}`, label: category, kind: 'savoir', macroCodeOgr: null };
  }
  if (item.macroCodeOgr === null)
    return { key: 'macro:', label: OTHER_SAVOIR_FAIRE_LABEL, kind: 'savoir_faire', macroCodeOgr: null };
  return {
    key: `macro:${item.macroCodeOgr}`,
    label: item.macroLabel ?? OTHER_SAVOIR_FAIRE_LABEL,
    kind: 'savoir_faire',
    macroCodeOgr: item.macroCodeOgr,
  };
}

/** What the portfolio already has, and what was rejected: never proposed again. */
export interface AlreadyDecided {
  codes: ReadonlySet<string>;
  labelKeys: ReadonlySet<string>;
  rejected: ReadonlySet<string>;
}

export function groupProposals(items: readonly FicheItem[], decided: AlreadyDecided): ProposalGroup[] {
  const groups = new Map<string, ProposalGroup>();
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.codeOgr)) continue;
    seen.add(item.codeOgr);
    if (decided.codes.has(item.codeOgr) || decided.rejected.has(item.codeOgr)) continue;
    if (decided.labelKeys.has(labelKey(item.label))) continue;
    const base = groupOf(item);
    const group = groups.get(base.key) ?? { ...base, core: false, items: [] };
    group.items.push({ codeOgr: item.codeOgr, label: item.label, kind: item.kind, core: item.core });
    group.core ||= item.core === 'principale';
    groups.set(base.key, group);
  }
  for (const group of groups.values())
    group.items.sort((a, b) => coreRank(a.core) - coreRank(b.core) || collator.compare(a.label, b.label));
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.core) - Number(a.core) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || collator.compare(a.label, b.label),
  );
}
