/**
 * Consecutive statements rated on the same scale (a Likert instrument's page, a worksheet's run of
 * scales): on a wide screen, one table — a row per statement, a column per answer — whose radio
 * buttons are named by both ("J’aime réparer des objets : Plutôt d’accord"); arrow keys move
 * within a row, as in any radio group (the row's radios share one name). On a narrow screen
 * (40rem and less) each statement stays its own radio group (QuestionField).
 */
import { useSyncExternalStore } from 'react';
import type { Question } from '../contracts/schemas.ts';
import { questionDomId } from './QuestionField.tsx';

type ScaleQuestion = Extract<Question, { type: 'scale' }>;

/** More points, or longer answers, read better as a stacked list, even on a wide screen. */
const MAX_GRID_POINTS = 7;
const MAX_HEADER_LENGTH = 40;
const WIDE = '(min-width: 40.0625rem)';

export function useWideScreen(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia(WIDE);
      query.addEventListener('change', notify);
      return () => query.removeEventListener('change', notify);
    },
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
}

const sameScale = (a: ScaleQuestion, b: ScaleQuestion) =>
  a.min === b.min &&
  a.max === b.max &&
  a.anchors.length === b.anchors.length &&
  a.anchors.every((x, i) => x.value === b.anchors[i]?.value && x.label === b.anchors[i]?.label);

/** A section's questions, with runs of at least two same-scale statements gathered for a grid. */
export type Block = { kind: 'one'; question: Question } | { kind: 'grid'; questions: ScaleQuestion[] };

export function blocksOf(questions: readonly Question[]): Block[] {
  const blocks: Block[] = [];
  let run: ScaleQuestion[] = [];
  const close = () => {
    if (run.length >= 2) blocks.push({ kind: 'grid', questions: run });
    else for (const q of run) blocks.push({ kind: 'one', question: q });
    run = [];
  };
  for (const q of questions) {
    const gridable =
      q.type === 'scale' &&
      !q.help &&
      q.max - q.min + 1 <= MAX_GRID_POINTS &&
      q.anchors.every((a) => a.label.length <= MAX_HEADER_LENGTH);
    if (gridable && (run.length === 0 || sameScale(run[0]!, q))) run.push(q);
    else {
      close();
      if (gridable) run.push(q);
      else blocks.push({ kind: 'one', question: q });
    }
  }
  close();
  return blocks;
}

export function LikertGrid({
  questions,
  answers,
  onChange,
  errors,
}: {
  questions: ScaleQuestion[];
  answers: Record<string, unknown>;
  onChange: (questionId: string, value: number) => void;
  errors: Record<string, string | undefined>;
}) {
  const first = questions[0]!;
  const points = Array.from({ length: first.max - first.min + 1 }, (_, k) => {
    const value = first.min + k;
    return { value, label: first.anchors.find((a) => a.value === value)?.label ?? String(value) };
  });
  const captionId = `${questionDomId(first.id)}-grille`;
  return (
    <div className="likert-grid-frame">
      <table className="likert-grid" aria-labelledby={captionId}>
        <caption id={captionId} className="visually-hidden">
          Pour chaque affirmation, choisissez la réponse qui vous correspond
        </caption>
        <thead>
          <tr>
            <th scope="col">Affirmation</th>
            {points.map((p) => (
              <th scope="col" key={p.value}>
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {questions.map((q) => {
            const error = errors[q.id];
            const name = questionDomId(q.id);
            return (
              <tr key={q.id} className={error ? 'likert-invalid' : undefined}>
                <th scope="row" id={name} tabIndex={-1}>
                  {q.label}
                  {q.required ? null : <span className="optional"> (facultatif)</span>}
                  {error ? (
                    <span className="field-error" id={`${name}-erreur`}>
                      <span className="visually-hidden">Erreur : </span>
                      {error}
                    </span>
                  ) : null}
                </th>
                {points.map((p) => {
                  const id = `${name}-${p.value}`;
                  return (
                    <td key={p.value}>
                      <label className="likert-cell" htmlFor={id}>
                        <input
                          type="radio"
                          id={id}
                          name={name}
                          aria-describedby={error ? `${name}-erreur` : undefined}
                          checked={answers[q.id] === p.value}
                          onChange={() => onChange(q.id, p.value)}
                        />
                        <span className="visually-hidden">
                          {q.label} : {p.label}
                        </span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
