import { words } from './normalize.ts';
import { Vocabulary } from './vocabulary.ts';

/** Documents indexed by term (word stem), with the statistics the ranking needs. */
export interface InvertedIndex {
  vocabulary: Vocabulary;
  /** Per term: ln(1 + documents / documents containing it). Rare words weigh more. */
  idf: Float64Array;
  /** Per term: the documents containing it, in document order. */
  postings: Int32Array[];
  /** Per document: sum of the idf of its distinct terms. */
  docWeight: Float64Array;
  /** Per document: number of distinct terms. */
  docLength: Uint16Array;
  /** Per document: its first term (the head word of a job title), -1 if none. */
  docHead: Int32Array;
  /** Weight of a query word found nowhere: the median idf. */
  unknownWeight: number;
}

export function buildInvertedIndex(texts: readonly string[]): InvertedIndex {
  const vocabulary = new Vocabulary();
  const docTerms: number[][] = texts.map((text) => [
    ...new Set(words(text).map((w) => vocabulary.add(w.folded, w.display))),
  ]);
  vocabulary.seal();
  const termCount = vocabulary.terms.length;
  const frequency = new Int32Array(termCount);
  for (const terms of docTerms) for (const t of terms) frequency[t] = (frequency[t] as number) + 1;
  const idf = Float64Array.from(frequency, (df) => Math.log(1 + texts.length / Math.max(df, 1)));
  const sortedIdf = [...idf].sort((a, b) => a - b);

  const postings = Array.from(frequency, (df) => new Int32Array(df));
  const fill = new Int32Array(termCount);
  const docWeight = new Float64Array(texts.length);
  const docLength = new Uint16Array(texts.length);
  docTerms.forEach((terms, doc) => {
    for (const t of terms) {
      (postings[t] as Int32Array)[fill[t] as number] = doc;
      fill[t] = (fill[t] as number) + 1;
      docWeight[doc] = (docWeight[doc] as number) + (idf[t] as number);
    }
    docLength[doc] = Math.min(terms.length, 65_535);
  });
  return {
    vocabulary,
    idf,
    postings,
    docWeight,
    docLength,
    docHead: Int32Array.from(docTerms, (terms) => terms[0] ?? -1),
    unknownWeight: sortedIdf[Math.floor(sortedIdf.length / 2)] ?? 1,
  };
}
