/**
 * The job suggestions' in-memory index (decision 040), kept beside the catalogue cache's search
 * indexes: one per stored catalogue version. The catalogue cache builds a new snapshot when the
 * catalogue is re-imported (here or in another process); the suggestion index is keyed by that
 * snapshot, so it is rebuilt from the new rows on the next request (or warmed after an import)
 * and the previous one is garbage once nothing refers to its snapshot any more.
 */
import type { CatalogueIndexes } from '../../platform/cache/caches.ts';
import type { Db } from '../../platform/db/kysely.ts';
import type { Deps } from '../../platform/deps.ts';
import type { CoreLevel, RiasecLetter } from '../domain/model.ts';
import {
  buildSuggestionIndex,
  type SuggestionFicheSource,
  type SuggestionIndex,
  type SuggestionItemSource,
} from '../domain/suggestions/suggestion-index.ts';
import { catalogueIndexes } from './catalogue-repository.ts';

const built = new WeakMap<CatalogueIndexes, Promise<SuggestionIndex | null>>();

/** Reads the rows the index is built from, in one snapshot (repeatable read). */
async function loadSuggestionIndex(db: Db): Promise<SuggestionIndex | null> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const [fiches, links, mobilities, competences, savoirs, contexts] = await Promise.all([
        trx
          .selectFrom('rome_fiches')
          .select(['code_rome', 'label', 'domain_code', 'grand_domain_code', 'riasec_major', 'riasec_minor'])
          .orderBy('code_rome')
          .execute(),
        trx
          .selectFrom('rome_fiche_competences')
          .select(['code_rome', 'code_ogr', 'core'])
          .unionAll(trx.selectFrom('rome_fiche_savoirs').select(['code_rome', 'code_ogr', 'core']))
          .unionAll(trx.selectFrom('rome_fiche_work_contexts').select(['code_rome', 'code_ogr', 'core']))
          .execute(),
        trx
          .selectFrom('rome_mobilities')
          .select(['code_rome', 'target_code_rome'])
          .orderBy('code_rome')
          .orderBy('position')
          .execute(),
        trx.selectFrom('rome_competences').select(['code_ogr', 'label', 'kind']).execute(),
        trx.selectFrom('rome_savoirs').select(['code_ogr', 'label']).execute(),
        trx.selectFrom('rome_work_contexts').select(['code_ogr', 'label']).execute(),
      ]);
      if (fiches.length === 0) return null;
      const byFiche = new Map<string, SuggestionFicheSource & { items: { codeOgr: string; core: CoreLevel | null }[]; mobilities: string[] }>();
      for (const f of fiches)
        byFiche.set(f.code_rome, {
          codeRome: f.code_rome,
          label: f.label,
          domainCode: f.domain_code,
          grandDomainCode: f.grand_domain_code,
          riasec: { major: f.riasec_major as RiasecLetter, minor: (f.riasec_minor ?? null) as RiasecLetter | null },
          items: [],
          mobilities: [],
        });
      // Links in a stable order (the database does not promise one for a union).
      links.sort((a, b) => (a.code_rome === b.code_rome ? compareCodes(a.code_ogr, b.code_ogr) : a.code_rome < b.code_rome ? -1 : 1));
      for (const l of links) byFiche.get(l.code_rome)?.items.push({ codeOgr: l.code_ogr, core: (l.core ?? null) as CoreLevel | null });
      for (const m of mobilities) byFiche.get(m.code_rome)?.mobilities.push(m.target_code_rome);
      const items: SuggestionItemSource[] = [
        ...competences.map((c) => ({ codeOgr: c.code_ogr, label: c.label, kind: c.kind as 'competence' | 'macro_competence' })),
        ...savoirs.map((s) => ({ codeOgr: s.code_ogr, label: s.label, kind: 'savoir' as const })),
        ...contexts.map((w) => ({ codeOgr: w.code_ogr, label: w.label, kind: 'contexte' as const })),
      ];
      return buildSuggestionIndex({ fiches: [...byFiche.values()], items });
    });
}

const compareCodes = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The suggestion index of the stored catalogue (null when none is imported), built on first use
 * for each catalogue snapshot; concurrent callers share one build.
 */
export async function suggestionIndex(deps: Pick<Deps, 'db' | 'caches' | 'clock'>): Promise<SuggestionIndex | null> {
  const indexes = await catalogueIndexes(deps);
  if (!indexes) return null;
  let index = built.get(indexes);
  if (!index) {
    index = loadSuggestionIndex(deps.db);
    built.set(indexes, index);
    // A failed build (database unreachable) is tried again on the next request.
    index.catch(() => built.delete(indexes));
  }
  return index;
}
