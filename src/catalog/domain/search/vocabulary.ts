import { stem } from './normalize.ts';

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Same children as arrays, filled by seal(): iterating them allocates nothing. */
  keys: string[];
  nodes: TrieNode[];
  surface: number; // -1 when no word ends here
}

function newNode(): TrieNode {
  return { children: new Map(), keys: [], nodes: [], surface: -1 };
}

function freeze(node: TrieNode): void {
  node.keys = [...node.children.keys()];
  node.nodes = [...node.children.values()];
  node.nodes.forEach(freeze);
}

/**
 * The distinct words of an index. A surface word ("conductrices") belongs to a term, its stem
 * ("conducteur"); documents are indexed by term. Surface words are kept sorted (prefix lookups)
 * and in a trie (typo-tolerant lookups).
 */
export class Vocabulary {
  readonly surfaces: string[] = [];
  readonly displays: string[] = [];
  readonly surfaceTerm: number[] = [];
  readonly terms: string[] = [];
  /** First surface word seen for each term, to name it in explanations. */
  readonly termSurface: number[] = [];
  private readonly surfaceIds = new Map<string, number>();
  private readonly termIds = new Map<string, number>();
  private sorted: number[] = [];
  private readonly root: TrieNode = newNode();

  /** Adds a word (if new) and returns its term id. */
  add(folded: string, display: string): number {
    const known = this.surfaceIds.get(folded);
    if (known !== undefined) return this.surfaceTerm[known] as number;
    const key = stem(folded);
    let term = this.termIds.get(key);
    if (term === undefined) {
      term = this.terms.length;
      this.terms.push(key);
      this.termSurface.push(this.surfaces.length);
      this.termIds.set(key, term);
    }
    const id = this.surfaces.length;
    this.surfaces.push(folded);
    this.displays.push(display);
    this.surfaceTerm.push(term);
    this.surfaceIds.set(folded, id);
    let node = this.root;
    for (const ch of folded) {
      let next = node.children.get(ch);
      if (!next) {
        next = newNode();
        node.children.set(ch, next);
      }
      node = next;
    }
    node.surface = id;
    return term;
  }

  /** Call once all words are added. */
  seal(): void {
    freeze(this.root);
    this.sorted = this.surfaces
      .map((_, i) => i)
      .sort((a, b) => {
        const x = this.surfaces[a] as string;
        const y = this.surfaces[b] as string;
        return x < y ? -1 : x > y ? 1 : 0;
      });
  }

  surfaceOf(folded: string): number | undefined {
    return this.surfaceIds.get(folded);
  }

  termOfStem(folded: string): number | undefined {
    return this.termIds.get(stem(folded));
  }

  /** Surface words starting with `prefix` (not equal to it), shortest first, at most `max`. */
  withPrefix(prefix: string, max: number): number[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.surfaces[this.sorted[mid] as number] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < this.sorted.length; i++) {
      const id = this.sorted[i] as number;
      const word = this.surfaces[id] as string;
      if (!word.startsWith(prefix)) break;
      if (word.length > prefix.length) found.push(id);
    }
    found.sort((a, b) => (this.surfaces[a] as string).length - (this.surfaces[b] as string).length || a - b);
    return found.slice(0, max);
  }

  /**
   * The words closest to `word` by edit distance (insertion, deletion, substitution,
   * transposition of two neighbours): those at distance 1 if there are any, otherwise, when
   * `maxDistance` is 2, those at distance 2 that start with the same letter (two typos and a
   * wrong first letter are too rare to pay for searching every branch). A trie walk prunes
   * branches already too far; rows are preallocated per depth, so nodes cost no allocation.
   */
  near(word: string, maxDistance: number): { surface: number; distance: number }[] {
    if (maxDistance <= 0) {
      const exact = this.surfaceIds.get(word);
      return exact === undefined ? [] : [{ surface: exact, distance: 0 }];
    }
    const close = this.walk(word, 1, this.root, 0);
    if (close.length > 0 || maxDistance < 2 || word.length === 0) return close;
    const branch = this.root.children.get(word.charAt(0));
    return branch ? this.walk(word, 2, branch, 1) : [];
  }

  /** Trie walk below `start` (whose depth is `startDepth`: its path matches `word` so far). */
  private walk(
    word: string,
    maxDistance: number,
    start: TrieNode,
    startDepth: number,
  ): { surface: number; distance: number }[] {
    const found: { surface: number; distance: number }[] = [];
    const n = word.length;
    const width = n + 1;
    const depthLimit = n + maxDistance;
    const codes = Int32Array.from(word, (c) => c.charCodeAt(0));
    const rows = new Int32Array(width * (depthLimit + 2));
    const chars = new Int32Array(depthLimit + 2);
    for (let j = 0; j <= n; j++) rows[j] = j;
    for (let depth = 1; depth <= startDepth; depth++) {
      chars[depth] = codes[depth - 1] as number;
      const row = depth * width;
      rows[row] = depth;
      for (let j = 1; j <= n; j++) {
        const cost = codes[j - 1] === chars[depth] ? 0 : 1;
        rows[row + j] = Math.min(
          (rows[row - width + j] as number) + 1,
          (rows[row + j - 1] as number) + 1,
          (rows[row - width + j - 1] as number) + cost,
        );
      }
    }
    const visit = (node: TrieNode, depth: number): void => {
      const ch = chars[depth] as number;
      const parentCh = chars[depth - 1] as number;
      const row = depth * width;
      const prev = row - width;
      const prevPrev = prev - width;
      rows[row] = depth;
      let best = depth;
      for (let j = 1; j <= n; j++) {
        const code = codes[j - 1] as number;
        let value = (rows[prev + j - 1] as number) + (code === ch ? 0 : 1);
        const up = (rows[prev + j] as number) + 1;
        const left = (rows[row + j - 1] as number) + 1;
        if (up < value) value = up;
        if (left < value) value = left;
        if (depth > 1 && j > 1 && code === parentCh && codes[j - 2] === ch) {
          const swap = (rows[prevPrev + j - 2] as number) + 1;
          if (swap < value) value = swap;
        }
        rows[row + j] = value;
        if (value < best) best = value;
      }
      const distance = rows[row + n] as number;
      if (node.surface !== -1 && distance <= maxDistance) found.push({ surface: node.surface, distance });
      if (best > maxDistance || depth >= depthLimit) return;
      for (let k = 0; k < node.keys.length; k++) {
        chars[depth + 1] = (node.keys[k] as string).charCodeAt(0);
        visit(node.nodes[k] as TrieNode, depth + 1);
      }
    };
    if (startDepth > 0) {
      const distance = rows[startDepth * width + n] as number;
      if (start.surface !== -1 && distance <= maxDistance) found.push({ surface: start.surface, distance });
    }
    for (let k = 0; k < start.keys.length; k++) {
      chars[startDepth + 1] = (start.keys[k] as string).charCodeAt(0);
      visit(start.nodes[k] as TrieNode, startDepth + 1);
    }
    return found;
  }
}
