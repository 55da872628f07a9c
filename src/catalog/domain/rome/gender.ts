/**
 * Masculine and feminine forms of a ROME job title.
 *
 * ROME writes both forms in one label: "<masculine words> / <feminine words> <common tail>",
 * e.g. "Conducteur / Conductrice d'engins agricoles" or "Agent commercial / Agente commerciale
 * en immobilier". Sometimes only the last words change: "Instrumentiste Industriel /
 * Industrielle". Labels without " / " are epicene ("Architecte").
 *
 * The feminine words replace the last j masculine words, j being the largest count for which
 * each feminine word looks like its masculine counterpart (same word, or a shared stem such as
 * "Chef"/"Cheffe", "Conducteur"/"Conductrice"). When nothing aligns, j = 1.
 */

export interface GenderForms {
  masculine: string;
  feminine: string;
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Same word, or two forms of one word: they share at least half of the shorter one (min 2). */
function looksLikeSameWord(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  return commonPrefixLength(x, y) >= Math.max(2, Math.ceil(shorter / 2));
}

export function splitGenderForms(label: string): GenderForms {
  const separator = label.indexOf(' / ');
  if (separator === -1) return { masculine: label, feminine: label };
  const left = label
    .slice(0, separator)
    .split(' ')
    .filter((w) => w !== '');
  const right = label
    .slice(separator + 3)
    .split(' ')
    .filter((w) => w !== '');
  if (left.length === 0 || right.length === 0) return { masculine: label, feminine: label };

  const k = left.length;
  let aligned = 0;
  let identical = false;
  for (let j = Math.min(k, right.length); j >= 1 && aligned === 0; j--) {
    let all = true;
    let same = true;
    for (let i = 0; i < j && all; i++) {
      const f = right[i] as string;
      const m = left[k - j + i] as string;
      all = looksLikeSameWord(f, m);
      same = same && fold(f) === fold(m);
    }
    if (all) {
      aligned = j;
      identical = same;
    }
  }
  // "Homme sage-femme / Sage-femme": nothing changes gender, the right side is another name.
  if (aligned > 0 && aligned < k && identical) {
    return { masculine: left.join(' '), feminine: right.join(' ') };
  }
  const j = aligned === 0 ? 1 : aligned;
  const tail = right.slice(j);
  return {
    masculine: [...left, ...tail].join(' '),
    feminine: [...left.slice(0, k - j), ...right.slice(0, j), ...tail].join(' '),
  };
}
