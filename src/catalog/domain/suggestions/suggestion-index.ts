/**
 * The in-memory index behind job suggestions (decision 040): built once per catalogue version,
 * then every request only walks the postings of the portfolio's items.
 *
 * - Items are every OGR code a fiche links (compétences, macro-compétences, savoirs, contextes de
 *   travail: `unix_coherence_item`), with their labels for the reasons.
 * - Each item has a weight, its inverse document frequency ln(1 + N / df): an item shared by few
 *   fiches says more about a job than « Travail en équipe ».
 * - A fiche keeps its items (core ones flagged), its official mobilities in France Travail's
 *   order, its RIASEC code and its domaines.
 */
import type { CoreLevel, RomeCatalog, RiasecLetter } from '../model.ts';

export type SuggestionItemKind = 'competence' | 'macro_competence' | 'savoir' | 'contexte';

export interface SuggestionItemSource {
  codeOgr: string;
  label: string;
  kind: SuggestionItemKind;
}

export interface SuggestionFicheSource {
  codeRome: string;
  label: string;
  domainCode: string;
  grandDomainCode: string;
  riasec: { major: RiasecLetter; minor: RiasecLetter | null };
  items: readonly { codeOgr: string; core: CoreLevel | null }[];
  /** Official mobilities (`unix_rubrique_mobilite`), targets in France Travail's order. */
  mobilities: readonly string[];
}

export interface SuggestionCatalogue {
  fiches: readonly SuggestionFicheSource[];
  items: readonly SuggestionItemSource[];
}

export interface IndexedFiche {
  codeRome: string;
  label: string;
  domainCode: string;
  grandDomainCode: string;
  riasec: { major: RiasecLetter; minor: RiasecLetter | null };
  /** Item ids, core ones first. */
  items: Int32Array;
  coreCount: number;
  /** Euclidean norm of the fiche's weighted item vector. */
  norm: number;
  /** Fiche ids of the official mobilities, in order. */
  mobilities: Int32Array;
}

export interface SuggestionIndex {
  fiches: readonly IndexedFiche[];
  ficheByCode: ReadonlyMap<string, number>;
  items: readonly SuggestionItemSource[];
  itemByCode: ReadonlyMap<string, number>;
  /** Per item: its weight (inverse document frequency). */
  weight: Float64Array;
  /** Per fiche: its RIASEC code as a number below RIASEC_CODES (major × 7 + minor, 6 = none). */
  riasecCodes: Uint8Array;
  /** Per-fiche working arrays of a request, reused (see suggest.ts). */
  scratch: {
    close: Float64Array;
    mobility: Float64Array;
    congruence: Float64Array;
    score: Float64Array;
    excluded: Uint8Array;
  };
  /** Per item: the fiches that link it, and whether it is core there (1) or not (0). */
  postings: readonly { fiches: Int32Array; core: Uint8Array }[];
}

const KIND_ORDER: Record<SuggestionItemKind, number> = { competence: 0, macro_competence: 1, savoir: 2, contexte: 3 };

export const RIASEC_CODES = 42;
const LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'];
const riasecCode = (r: { major: string; minor: string | null }) =>
  LETTERS.indexOf(r.major) * 7 + (r.minor === null ? 6 : LETTERS.indexOf(r.minor));

/** A core item counts this much more in a fiche's vector. */
export const CORE_FACTOR = 1.5;

export function buildSuggestionIndex(catalogue: SuggestionCatalogue): SuggestionIndex {
  const items: SuggestionItemSource[] = [];
  const itemByCode = new Map<string, number>();
  for (const item of catalogue.items) {
    if (itemByCode.has(item.codeOgr)) continue;
    itemByCode.set(item.codeOgr, items.length);
    items.push(item);
  }
  const ficheByCode = new Map<string, number>();
  catalogue.fiches.forEach((f, i) => ficheByCode.set(f.codeRome, i));

  const df = new Int32Array(items.length);
  const ficheItems: { ids: number[]; core: boolean[] }[] = catalogue.fiches.map((f) => {
    const seen = new Set<number>();
    const core: number[] = [];
    const other: number[] = [];
    for (const link of f.items) {
      const id = itemByCode.get(link.codeOgr);
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      (link.core ? core : other).push(id);
      df[id] = (df[id] ?? 0) + 1;
    }
    // Core items first; within each, compétences before macro-compétences, savoirs and contextes.
    const byKind = (a: number, b: number) => KIND_ORDER[items[a]!.kind] - KIND_ORDER[items[b]!.kind];
    core.sort(byKind);
    other.sort(byKind);
    return { ids: [...core, ...other], core: [...core.map(() => true), ...other.map(() => false)] };
  });

  const n = catalogue.fiches.length;
  const weight = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) weight[i] = df[i] ? Math.log(1 + n / (df[i] ?? 1)) : 0;

  const postingLists: { fiches: number[]; core: number[] }[] = items.map(() => ({ fiches: [], core: [] }));
  const fiches: IndexedFiche[] = catalogue.fiches.map((f, fi) => {
    const { ids, core } = ficheItems[fi]!;
    let squares = 0;
    ids.forEach((id, k) => {
      const w = (weight[id] ?? 0) * (core[k] ? CORE_FACTOR : 1);
      squares += w * w;
      postingLists[id]!.fiches.push(fi);
      postingLists[id]!.core.push(core[k] ? 1 : 0);
    });
    const mobilities = f.mobilities.map((code) => ficheByCode.get(code)).filter((id) => id !== undefined);
    return {
      codeRome: f.codeRome,
      label: f.label,
      domainCode: f.domainCode,
      grandDomainCode: f.grandDomainCode,
      riasec: f.riasec,
      items: Int32Array.from(ids),
      coreCount: core.filter(Boolean).length,
      norm: Math.sqrt(squares),
      mobilities: Int32Array.from(mobilities),
    };
  });
  return {
    fiches,
    ficheByCode,
    items,
    itemByCode,
    weight,
    riasecCodes: Uint8Array.from(fiches, (f) => riasecCode(f.riasec)),
    scratch: {
      close: new Float64Array(n),
      mobility: new Float64Array(n),
      congruence: new Float64Array(n),
      score: new Float64Array(n),
      excluded: new Uint8Array(n),
    },
    postings: postingLists.map((p) => ({ fiches: Int32Array.from(p.fiches), core: Uint8Array.from(p.core) })),
  };
}

/** The suggestion catalogue of a ROME release read from its export (tests, benchmarks). */
export function suggestionCatalogueOf(catalog: RomeCatalog): SuggestionCatalogue {
  const items: SuggestionItemSource[] = [
    ...catalog.competences.map((c) => ({ codeOgr: c.codeOgr, label: c.label, kind: c.kind })),
    ...catalog.savoirs.map((s) => ({ codeOgr: s.codeOgr, label: s.label, kind: 'savoir' as const })),
    ...catalog.workContexts.map((w) => ({ codeOgr: w.codeOgr, label: w.label, kind: 'contexte' as const })),
  ];
  const fiches = catalog.fiches.map((f) => ({
    codeRome: f.codeRome,
    label: f.label,
    domainCode: f.domainCode,
    grandDomainCode: f.grandDomainCode,
    riasec: f.riasec,
    items: [...f.competences, ...f.savoirs, ...f.workContexts],
    mobilities: f.mobilities.map((m) => m.targetCodeRome),
  }));
  return { fiches, items };
}
