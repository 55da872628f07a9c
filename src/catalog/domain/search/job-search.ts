import type { Appellation, Fiche } from '../model.ts';
import { SearchEngine } from './engine.ts';
import { clampLimit, explainMatch, roundScore } from './explain.ts';

/** What the job index needs: a RomeCatalog fits, and so do rows read back from the database. */
export interface JobSearchSource {
  fiches: readonly Pick<Fiche, 'codeRome' | 'label'>[];
  appellations: readonly Pick<Appellation, 'codeOgr' | 'codeRome' | 'label' | 'principal' | 'rare'>[];
}

export interface JobSearchResult {
  codeRome: string;
  /** The fiche's label. */
  label: string;
  /** The appellation that matched best (the fiche's label when it is the principal one). */
  appellation: string;
  /** In [0, 1], 3 decimals; 1 is a perfect match. */
  score: number;
  /** Why it matched, in French. */
  matched: string;
}

export interface JobSearchIndex {
  readonly engine: SearchEngine;
  readonly fiches: readonly Pick<Fiche, 'codeRome' | 'label'>[];
  readonly ficheByCode: ReadonlyMap<string, number>;
  readonly appellations: readonly Pick<Appellation, 'label' | 'principal'>[];
}

/** Indexes every appellation of every fiche (the principal one is the fiche's label). */
export function buildJobSearchIndex(source: JobSearchSource): JobSearchIndex {
  const ficheByCode = new Map(source.fiches.map((fiche, i) => [fiche.codeRome, i]));
  const appellations = source.appellations.filter((a) => ficheByCode.has(a.codeRome));
  const engine = new SearchEngine(
    appellations.map((a) => ({
      text: a.label,
      group: ficheByCode.get(a.codeRome) as number,
      principal: a.principal,
      rare: a.rare === true,
    })),
  );
  return { engine, fiches: source.fiches, ficheByCode, appellations };
}

const CODE_ROME_QUERY = /^\s*([A-Za-z]\d{4})\s*$/;

/**
 * Searches jobs: one result per fiche, best first. Forgiving of case, accents, gender and
 * plural forms, word order, typos, truncated words, hyphens, apostrophes and common
 * abbreviations; a code ROME ("a1101") finds its fiche. Never throws: an empty or meaningless
 * query, or a limit below 1, gives []; the limit is capped at 50 and long queries are cut.
 */
export function searchJobs(index: JobSearchIndex, query: string, options: { limit?: number } = {}): JobSearchResult[] {
  const max = clampLimit(options.limit);
  if (max === 0 || typeof query !== 'string') return [];
  const code = CODE_ROME_QUERY.exec(query)?.[1]?.toUpperCase();
  const byCode = code === undefined ? undefined : index.ficheByCode.get(code);
  if (byCode !== undefined) {
    const fiche = index.fiches[byCode] as JobSearchIndex['fiches'][number];
    return [{ codeRome: fiche.codeRome, label: fiche.label, appellation: fiche.label, score: 1, matched: 'Code ROME' }];
  }
  return index.engine.search(query, max).map((hit) => {
    const fiche = index.fiches[hit.group] as JobSearchIndex['fiches'][number];
    const appellation = index.appellations[hit.doc] as JobSearchIndex['appellations'][number];
    const subject = appellation.principal ? 'Libellé du métier' : `Appellation « ${appellation.label} »`;
    return {
      codeRome: fiche.codeRome,
      label: fiche.label,
      appellation: appellation.label,
      score: roundScore(hit.score),
      matched: explainMatch(subject, hit.slots),
    };
  });
}
