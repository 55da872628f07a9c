import type { Competence, Savoir } from '../model.ts';
import { SearchEngine } from './engine.ts';
import { clampLimit, explainMatch, roundScore } from './explain.ts';

export interface SkillSearchSource {
  competences: readonly Pick<Competence, 'codeOgr' | 'label' | 'kind' | 'category'>[];
  savoirs: readonly Pick<Savoir, 'codeOgr' | 'label' | 'category'>[];
}

export type SkillKind = 'competence' | 'macro_competence' | 'savoir';
export type SkillScope = 'all' | 'competences' | 'savoirs';

export interface SkillSearchResult {
  codeOgr: string;
  label: string;
  kind: SkillKind;
  /** French: "Savoir-faire", "Savoir-être professionnel", or the savoir's category. */
  category: string;
  score: number;
  matched: string;
}

interface Entry {
  codeOgr: string;
  label: string;
  kind: SkillKind;
  category: string;
}

export interface SkillSearchIndex {
  readonly competences: { engine: SearchEngine; entries: readonly Entry[] };
  readonly savoirs: { engine: SearchEngine; entries: readonly Entry[] };
}

const CATEGORY_LABELS: Record<Competence['category'], string> = {
  savoir_faire: 'Savoir-faire',
  savoir_etre: 'Savoir-être professionnel',
};

function part(entries: Entry[]): SkillSearchIndex['competences'] {
  const engine = new SearchEngine(
    entries.map((entry, i) => ({
      text: entry.label,
      group: i,
      principal: entry.kind === 'macro_competence',
      rare: false,
    })),
  );
  return { engine, entries };
}

/** Two indexes, compétences (with macro-compétences) and savoirs; one result per item. */
export function buildSkillSearchIndex(source: SkillSearchSource): SkillSearchIndex {
  return {
    competences: part(
      source.competences.map((c) => ({
        codeOgr: c.codeOgr,
        label: c.label,
        kind: c.kind,
        category: CATEGORY_LABELS[c.category],
      })),
    ),
    savoirs: part(
      source.savoirs.map((s) => ({
        codeOgr: s.codeOgr,
        label: s.label,
        kind: 'savoir' as const,
        category: s.category,
      })),
    ),
  };
}

const SUBJECTS: Record<SkillKind, string> = {
  competence: 'Libellé de la compétence',
  macro_competence: 'Libellé de la macro-compétence',
  savoir: 'Libellé du savoir',
};

/**
 * Searches compétences and/or savoirs with the same tolerance as the job search. Never throws;
 * same limits as searchJobs. With scope "all", both lists are merged by score.
 */
export function searchSkills(
  index: SkillSearchIndex,
  query: string,
  options: { limit?: number; scope?: SkillScope } = {},
): SkillSearchResult[] {
  const max = clampLimit(options.limit);
  if (max === 0 || typeof query !== 'string') return [];
  const scope = options.scope ?? 'all';
  const parts =
    scope === 'competences'
      ? [index.competences]
      : scope === 'savoirs'
        ? [index.savoirs]
        : [index.competences, index.savoirs];
  const results = parts.flatMap(({ engine, entries }) =>
    engine.search(query, max).map((hit) => {
      const entry = entries[hit.group] as Entry;
      return { ...entry, score: hit.score, matched: explainMatch(SUBJECTS[entry.kind], hit.slots) };
    }),
  );
  return results
    .sort((a, b) => b.score - a.score || a.label.length - b.label.length)
    .slice(0, max)
    .map((r) => ({ ...r, score: roundScore(r.score) }));
}
