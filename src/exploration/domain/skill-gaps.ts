/**
 * The skill gap of a piste (issue 13, decision 041): the beneficiary's portfolio competences
 * against the items of the piste's ROME fiche. An item is held when the portfolio has its OGR code
 * or its label (folded as the portfolio folds labels); held at a low level (« Notions »,
 * « Pratique accompagnée ») it is to develop; an item core to the job (`principale`) that the
 * portfolio lacks is missing. Non-core items the portfolio lacks are not listed (a fiche has
 * dozens). When a fiche marks no item as core, all its compétences and savoirs are the reference.
 */
import { labelKey } from '../../portfolio/domain/portfolio.ts';

export interface FicheSkill {
  codeOgr: string;
  label: string;
  kind: 'savoir' | 'savoir_faire' | 'savoir_etre';
  core: boolean;
}

export interface HeldCompetence {
  id: string;
  label: string;
  codeOgr: string | null;
  level: number | null;
}

export interface GapItem {
  codeOgr: string;
  label: string;
  kind: FicheSkill['kind'];
  core: boolean;
}

export interface HeldItem extends GapItem {
  competenceId: string;
  /** The portfolio's level, 1–4; null: not assessed yet (counted as held). */
  level: number | null;
}

export interface SkillGap {
  held: HeldItem[];
  toDevelop: HeldItem[];
  missing: GapItem[];
  /** How many items are the reference (core ones, or all when none is core), and how much of it is held. */
  reference: number;
  /** 0–1: held items count 1, items to develop ½, over the reference. */
  coverage: number;
}

/** Levels below this are « to develop ». */
export const LOW_LEVEL_BELOW = 3;

export function skillGap(fiche: readonly FicheSkill[], portfolio: readonly HeldCompetence[]): SkillGap {
  const byCode = new Map<string, HeldCompetence>();
  const byKey = new Map<string, HeldCompetence>();
  for (const c of portfolio) {
    if (c.codeOgr) byCode.set(c.codeOgr, c);
    byKey.set(labelKey(c.label), c);
  }
  const anyCore = fiche.some((f) => f.core);
  const isReference = (f: FicheSkill) => !anyCore || f.core;
  const held: HeldItem[] = [];
  const toDevelop: HeldItem[] = [];
  const missing: GapItem[] = [];
  let reference = 0;
  let points = 0;
  const seen = new Set<string>();
  for (const item of fiche) {
    if (seen.has(item.codeOgr)) continue;
    seen.add(item.codeOgr);
    const mine = byCode.get(item.codeOgr) ?? byKey.get(labelKey(item.label));
    const gapItem: GapItem = { codeOgr: item.codeOgr, label: item.label, kind: item.kind, core: item.core };
    if (isReference(item)) reference++;
    if (!mine) {
      if (isReference(item)) missing.push(gapItem);
      continue;
    }
    const heldItem: HeldItem = { ...gapItem, competenceId: mine.id, level: mine.level };
    if (mine.level !== null && mine.level < LOW_LEVEL_BELOW) {
      toDevelop.push(heldItem);
      if (isReference(item)) points += 0.5;
    } else {
      held.push(heldItem);
      if (isReference(item)) points += 1;
    }
  }
  const coreFirst = <T extends GapItem>(list: T[]) =>
    list.sort((a, b) => Number(b.core) - Number(a.core) || a.label.localeCompare(b.label, 'fr'));
  return {
    held: coreFirst(held),
    toDevelop: coreFirst(toDevelop),
    missing: coreFirst(missing),
    reference,
    coverage: reference === 0 ? 0 : Math.round((points / reference) * 100) / 100,
  };
}
