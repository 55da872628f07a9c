/**
 * The visible difference between two versions of a section (decision 043): lines first (a longest
 * common subsequence on lines), then words inside the lines that changed, so that a rewritten
 * sentence shows the words removed and added and an untouched paragraph stays one piece. Pure.
 * Joining the `equal` and `delete` parts gives the old text back; `equal` and `insert`, the new.
 */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Above this many cells, a changed block is shown as removed then added (no word detail). */
const MAX_CELLS = 4_000_000;

type Op = { op: DiffPart['op']; token: string };

/** The edit script between two token lists (LCS, ties prefer deletions first). */
function lcsScript(a: readonly string[], b: readonly string[]): Op[] {
  // Common prefix and suffix first: most edits are local.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: Op[] = [];
  for (let i = 0; i < start; i++) out.push({ op: 'equal', token: a[i]! });
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_CELLS) {
    for (let i = start; i < endA; i++) out.push({ op: 'delete', token: a[i]! });
    for (let j = start; j < endB; j++) out.push({ op: 'insert', token: b[j]! });
  } else {
    // lengths[i][j]: LCS of a[start+i..endA) and b[start+j..endB).
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] =
          a[start + i] === b[start + j]
            ? lengths[(i + 1) * width + j + 1]! + 1
            : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        out.push({ op: 'equal', token: a[start + i]! });
        i++;
        j++;
      } else if (j >= m || (i < n && lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)) {
        out.push({ op: 'delete', token: a[start + i]! });
        i++;
      } else {
        out.push({ op: 'insert', token: b[start + j]! });
        j++;
      }
    }
  }
  for (let i = endA; i < a.length; i++) out.push({ op: 'equal', token: a[i]! });
  return out;
}

/** Lines with their line break kept, so that joining them gives the text back. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Words and the spaces between them, kept, so that joining them gives the text back. */
export function splitWords(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

/** The difference from `before` to `after`, as consecutive parts (adjacent parts differ in `op`). */
export function diffText(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const script = lcsScript(splitLines(before), splitLines(after));
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed === '' || added === '') {
      push(parts, 'delete', removed);
      push(parts, 'insert', added);
    } else {
      // A changed block: its words, deletions before insertions within each change.
      for (const step of lcsScript(splitWords(removed), splitWords(added))) push(parts, step.op, step.token);
    }
    removed = '';
    added = '';
  };
  for (const step of script) {
    if (step.op === 'delete') removed += step.token;
    else if (step.op === 'insert') added += step.token;
    else {
      flush();
      push(parts, 'equal', step.token);
    }
  }
  flush();
  return parts;
}

/** The text on one side of a difference. */
export function sideOf(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');
}
