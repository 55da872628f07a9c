import { buildInvertedIndex } from './inverted-index.ts';
import { parseQuery, QUERY_BOUNDS, type AlternativeKind, type MatchKind, type ParsedQuery } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A searchable text; documents sharing a group (e.g. the appellations of one fiche) yield one hit. */
export interface EngineDocument {
  text: string;
  group: number;
  /** Preferred when scores tie, and slightly boosted (e.g. the fiche's own label). */
  principal: boolean;
  /** Slightly demoted (e.g. a rarely used title). */
  rare: boolean;
}

/** How one query word was found in the hit's document. */
export interface WordMatch {
  typed: string;
  kind: MatchKind | null;
  /** The document's word it matched, lowercase with accents. */
  word: string | null;
}

export interface SlotMatch {
  typed: string;
  alternative: AlternativeKind | null;
  words: WordMatch[];
}

export interface EngineHit {
  /** The best document of the group, or its principal one when that contains the whole query. */
  doc: number;
  group: number;
  score: number;
  slots: SlotMatch[];
}

const PRINCIPAL_BOOST = 1.02;
const RARE_FACTOR = 0.9;
const DOC_COVERAGE_SHARE = 0.35;
/** Factor when the document's first word (the head of a job title) is not among the query's. */
const HEAD_MISS_FACTOR = 0.94;
/** Documents of a group that contain the whole query pull its score toward 1 (per doubling). */
const SUPPORT_PULL = 0.1;
const SUPPORT_PULL_MAX = 0.5;
const FULL_QUERY_SHARE = 0.95;
/** Postings visited per query atom: bounds the work of very common words or short prefixes. */
const POSTINGS_BUDGET = 20_000;

/**
 * In-memory inverted index over word stems, with typo-tolerant and prefix lookups. Scoring:
 * the share of the query found in the document (words weighted by rarity, each counted by its
 * match quality), squared, times how much of the document the query covers (so "Boulanger"
 * prefers "Boulanger / Boulangère" to "Boulanger / Boulangère en industrie"), with a small
 * boost for principal documents and small penalties for rare ones and for documents whose first
 * word is not in the query ("chef de projet" prefers "Chef de projet informatique" to "Assistant
 * chef de projet"). A group's score is its best document's, pulled toward 1 by the number of
 * its documents containing the whole query, without ever passing a better complete match
 * ("infirmière" prefers the fiche with a dozen "Infirmier / Infirmière …" titles).
 */
export class SearchEngine {
  private readonly vocabulary: Vocabulary;
  private readonly idf: Float64Array;
  private readonly postings: Int32Array[];
  private readonly docWeight: Float64Array;
  private readonly docLength: Uint16Array;
  private readonly docHead: Int32Array;
  private readonly docs: readonly EngineDocument[];
  private readonly unknownWeight: number;
  private readonly groupCount: number;
  // Scratch buffers reused by every query (search is synchronous).
  private readonly best: Float32Array;
  private readonly bestTerm: Int32Array;
  private readonly docStamp: Uint32Array;
  private readonly groupStamp: Uint32Array;
  private readonly groupDoc: Int32Array;
  private readonly groupScore: Float64Array;
  private readonly groupSupport: Uint16Array;
  /** A principal document of the group containing the whole query, shown in preference (-1: none). */
  private readonly groupPrincipal: Int32Array;
  private generation = 0;
  /** Query share of the last scored document. */
  private lastQueryShare = 0;

  constructor(docs: readonly EngineDocument[]) {
    this.docs = docs;
    const index = buildInvertedIndex(docs.map((doc) => doc.text));
    this.vocabulary = index.vocabulary;
    this.idf = index.idf;
    this.postings = index.postings;
    this.docWeight = index.docWeight;
    this.docLength = index.docLength;
    this.docHead = index.docHead;
    this.unknownWeight = index.unknownWeight;

    this.groupCount = docs.reduce((max, doc) => Math.max(max, doc.group + 1), 0);
    this.best = new Float32Array(docs.length * QUERY_BOUNDS.maxAtoms);
    this.bestTerm = new Int32Array(docs.length * QUERY_BOUNDS.maxAtoms);
    this.docStamp = new Uint32Array(docs.length);
    this.groupStamp = new Uint32Array(this.groupCount);
    this.groupDoc = new Int32Array(this.groupCount);
    this.groupScore = new Float64Array(this.groupCount);
    this.groupSupport = new Uint16Array(this.groupCount);
    this.groupPrincipal = new Int32Array(this.groupCount);
  }

  get vocabularySize(): number {
    return this.vocabulary.surfaces.length;
  }

  /** Best hit per group, best first, at most `limit` (already clamped by the caller). */
  search(query: string, limit: number): EngineHit[] {
    if (limit < 1) return [];
    const parsed = parseQuery(this.vocabulary, this.idf, this.unknownWeight, query);
    if (parsed.slots.length === 0) return [];
    this.generation = (this.generation + 1) >>> 0 || 1;
    const touched = this.collect(parsed);
    const groups: number[] = [];
    for (const doc of touched) {
      const score = this.score(parsed, doc);
      if (score <= 0) continue;
      const group = (this.docs[doc] as EngineDocument).group;
      const full = this.lastQueryShare >= FULL_QUERY_SHARE ? 1 : 0;
      const principalDoc = full === 1 && (this.docs[doc] as EngineDocument).principal ? doc : -1;
      if (this.groupStamp[group] !== this.generation) {
        this.groupStamp[group] = this.generation;
        this.groupDoc[group] = doc;
        this.groupScore[group] = score;
        this.groupSupport[group] = full;
        this.groupPrincipal[group] = principalDoc;
        groups.push(group);
        continue;
      }
      if (principalDoc !== -1) this.groupPrincipal[group] = principalDoc;
      this.groupSupport[group] = Math.min(65_535, (this.groupSupport[group] as number) + full);
      if (this.before(doc, score, this.groupDoc[group] as number, this.groupScore[group] as number)) {
        this.groupDoc[group] = doc;
        this.groupScore[group] = score;
      }
    }
    for (const group of groups) {
      const support = this.groupSupport[group] as number;
      if (support < 2) continue;
      const best = this.groupScore[group] as number;
      const pull = Math.min(SUPPORT_PULL_MAX, SUPPORT_PULL * Math.log2(support));
      this.groupScore[group] = best + Math.max(0, 1 - best) * pull;
    }
    const top: number[] = [];
    for (const group of groups) {
      const doc = this.groupDoc[group] as number;
      const score = this.groupScore[group] as number;
      let at = top.length;
      while (
        at > 0 &&
        this.before(
          doc,
          score,
          this.groupDoc[top[at - 1] as number] as number,
          this.groupScore[top[at - 1] as number] as number,
        )
      )
        at--;
      if (at < limit) {
        top.splice(at, 0, group);
        if (top.length > limit) top.pop();
      }
    }
    return top.map((group) => {
      const principal = this.groupPrincipal[group] as number;
      const doc = principal === -1 ? (this.groupDoc[group] as number) : principal;
      return { doc, group, score: this.groupScore[group] as number, slots: this.explain(parsed, doc) };
    });
  }

  /** Ranking order: score, then principal, then not rare, then shorter, then document order. */
  private before(doc: number, score: number, otherDoc: number, otherScore: number): boolean {
    if (score !== otherScore) return score > otherScore;
    const a = this.docs[doc] as EngineDocument;
    const b = this.docs[otherDoc] as EngineDocument;
    if (a.principal !== b.principal) return a.principal;
    if (a.rare !== b.rare) return !a.rare;
    const la = this.docLength[doc] as number;
    const lb = this.docLength[otherDoc] as number;
    return la !== lb ? la < lb : doc < otherDoc;
  }

  private collect(parsed: ParsedQuery): number[] {
    const stride = QUERY_BOUNDS.maxAtoms;
    const touched: number[] = [];
    for (let a = 0; a < parsed.atoms.length; a++) {
      const candidates = (parsed.atoms[a] as ParsedQuery['atoms'][number]).candidates;
      let budget = POSTINGS_BUDGET;
      for (let c = 0; c < candidates.length && budget > 0; c++) {
        const candidate = candidates[c] as (typeof candidates)[number];
        const list = this.postings[candidate.term] as Int32Array;
        budget -= list.length;
        for (let i = 0; i < list.length; i++) {
          const doc = list[i] as number;
          const row = doc * stride;
          if (this.docStamp[doc] !== this.generation) {
            this.docStamp[doc] = this.generation;
            this.best.fill(0, row, row + parsed.atoms.length);
            touched.push(doc);
          }
          if (candidate.quality > (this.best[row + a] as number)) {
            this.best[row + a] = candidate.quality;
            this.bestTerm[row + a] = candidate.term;
          }
        }
      }
    }
    return touched;
  }

  /** Alternative chosen by the last slotQuality call (-1: none). Avoids allocating a result. */
  private chosen = -1;

  /** Quality of the best alternative of a slot in a document; sets `chosen`. */
  private slotQuality(parsed: ParsedQuery, doc: number, slot: number): number {
    const row = doc * QUERY_BOUNDS.maxAtoms;
    const alternatives = (parsed.slots[slot] as ParsedQuery['slots'][number]).alternatives;
    let quality = 0;
    this.chosen = -1;
    for (let i = 0; i < alternatives.length; i++) {
      const alt = alternatives[i] as (typeof alternatives)[number];
      let sum = 0;
      for (let k = 0; k < alt.atoms.length; k++) sum += this.best[row + (alt.atoms[k] as number)] as number;
      const q = (alt.factor * sum) / alt.atoms.length;
      if (q > quality) {
        quality = q;
        this.chosen = i;
      }
    }
    return quality;
  }

  private score(parsed: ParsedQuery, doc: number): number {
    const row = doc * QUERY_BOUNDS.maxAtoms;
    let total = 0;
    let found = 0;
    let covered = 0;
    let head = false;
    const headTerm = this.docHead[doc] as number;
    for (let s = 0; s < parsed.slots.length; s++) {
      const slot = parsed.slots[s] as ParsedQuery['slots'][number];
      total += slot.weight;
      const quality = this.slotQuality(parsed, doc, s);
      if (this.chosen === -1) continue;
      found += slot.weight * quality;
      const atoms = (slot.alternatives[this.chosen] as (typeof slot.alternatives)[number]).atoms;
      for (let k = 0; k < atoms.length; k++) {
        const a = atoms[k] as number;
        if ((this.best[row + a] as number) === 0) continue;
        const term = this.bestTerm[row + a] as number;
        covered += this.idf[term] as number;
        if (term === headTerm) head = true;
      }
    }
    this.lastQueryShare = 0;
    if (total === 0 || found === 0) return 0;
    const queryShare = found / total;
    this.lastQueryShare = queryShare;
    const docShare = Math.min(1, covered / Math.max(this.docWeight[doc] as number, 1e-9));
    const document = this.docs[doc] as EngineDocument;
    return (
      queryShare *
      queryShare *
      (1 - DOC_COVERAGE_SHARE + DOC_COVERAGE_SHARE * docShare) *
      (document.principal ? PRINCIPAL_BOOST : 1) *
      (document.rare ? RARE_FACTOR : 1) *
      (head ? 1 : HEAD_MISS_FACTOR)
    );
  }

  private explain(parsed: ParsedQuery, doc: number): SlotMatch[] {
    const row = doc * QUERY_BOUNDS.maxAtoms;
    return parsed.slots.map((slot, s) => {
      this.slotQuality(parsed, doc, s);
      const alt = this.chosen === -1 ? null : slot.alternatives[this.chosen];
      return {
        typed: slot.typed,
        alternative: alt?.kind ?? null,
        words: (alt?.atoms ?? []).map((a) => {
          const atom = parsed.atoms[a];
          const term = this.bestTerm[row + a] as number;
          const candidate =
            (this.best[row + a] as number) > 0 ? atom?.candidates.find((c) => c.term === term) : undefined;
          return {
            typed: atom?.word.display ?? '',
            kind: candidate?.kind ?? null,
            word: candidate ? (this.vocabulary.displays[candidate.surface] ?? null) : null,
          };
        }),
      };
    });
  }
}
