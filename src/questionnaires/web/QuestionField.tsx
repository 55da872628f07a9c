/**
 * One question of the questionnaire engine, answered (`QuestionField`) or read (`AnswerView`).
 * Every type is keyboard-operable without drag and drop: radio groups for scales and single
 * choices (fieldset + legend), checkboxes, move up/down buttons for rankings, « Placer dans… »
 * buttons per card for card sorts (CardSort.tsx, with counts per pile), labelled inputs per row
 * for tables.
 */
import type { ReactNode } from 'react';
import type { CardSortValue, Question, TableRow } from '../contracts/schemas.ts';
import { fieldId } from '../../ui/Form.tsx';
import { CardSort } from './CardSort.tsx';

export type Answers = Record<string, unknown>;

/** The focus target of a question (the error summary links to it). */
export const questionDomId = (id: string) => fieldId(id);

function ErrorText({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field-error" id={`${questionDomId(id)}-erreur`}>
      <span className="visually-hidden">Erreur : </span>
      {error}
    </p>
  );
}

function Group({ q, error, children }: { q: Question; error?: string | undefined; children: ReactNode }) {
  const describedBy = [q.help ? `${questionDomId(q.id)}-aide` : null, error ? `${questionDomId(q.id)}-erreur` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={`question${error ? ' field-invalid' : ''}`}
      id={questionDomId(q.id)}
      tabIndex={-1}
      aria-describedby={describedBy || undefined}
    >
      <legend>
        {q.label}
        {q.required ? null : <span className="optional"> (facultatif)</span>}
      </legend>
      {q.help ? (
        <p className="hint" id={`${questionDomId(q.id)}-aide`}>
          {q.help}
        </p>
      ) : null}
      <ErrorText id={q.id} error={error} />
      {children}
    </fieldset>
  );
}

function scalePoints(q: Extract<Question, { type: 'scale' }>) {
  const points: { value: number; label: string }[] = [];
  for (let v = q.min; v <= q.max; v += 1) {
    const anchor = q.anchors.find((a) => a.value === v);
    points.push({
      value: v,
      label: anchor ? (q.max - q.min + 1 > 5 ? `${v} – ${anchor.label}` : anchor.label) : String(v),
    });
  }
  return points;
}

function Radios({
  name,
  options,
  value,
  onChange,
}: {
  name: string;
  options: { value: string | number; label: string }[];
  value: unknown;
  onChange: (v: string | number) => void;
}) {
  return (
    <div className="choices">
      {options.map((o, index) => {
        const id = `${questionDomId(name)}-${index}`;
        return (
          <div className="field-checkbox" key={String(o.value)}>
            <input type="radio" id={id} name={name} checked={value === o.value} onChange={() => onChange(o.value)} />
            <label htmlFor={id}>{o.label}</label>
          </div>
        );
      })}
    </div>
  );
}

function Ranking({
  q,
  value,
  onChange,
}: {
  q: Extract<Question, { type: 'ranking' }>;
  value: unknown;
  onChange: (v: string[]) => void;
}) {
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  const order = [...chosen, ...q.items.map((i) => i.value).filter((v) => !chosen.includes(v))];
  const count = q.rankCount ?? q.items.length;
  const label = (v: string) => q.items.find((i) => i.value === v)?.label ?? v;
  const move = (index: number, delta: number) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item!);
    onChange(next.slice(0, count));
  };
  return (
    <>
      <p className="hint">
        {count < q.items.length
          ? `Placez en tête les ${count} éléments qui comptent le plus, du plus important au moins important.`
          : 'Classez les éléments du plus important au moins important.'}{' '}
        {chosen.length === 0 ? 'Votre classement n’est pas encore enregistré.' : null}
      </p>
      <ol className="ranking">
        {order.map((v, index) => (
          <li key={v} className={index < count ? 'ranked' : undefined}>
            <span>{label(v)}</span>
            <span className="ranking-actions">
              <button
                type="button"
                className="button small"
                aria-label={`Monter « ${label(v)} »`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                Monter
              </button>
              <button
                type="button"
                className="button small"
                aria-label={`Descendre « ${label(v)} »`}
                disabled={index === order.length - 1}
                onClick={() => move(index, 1)}
              >
                Descendre
              </button>
            </span>
          </li>
        ))}
      </ol>
      {chosen.length === 0 ? (
        <button type="button" className="button secondary" onClick={() => onChange(order.slice(0, count))}>
          Garder cet ordre
        </button>
      ) : null}
    </>
  );
}

function Table({
  q,
  value,
  onChange,
}: {
  q: Extract<Question, { type: 'table' }>;
  value: unknown;
  onChange: (v: TableRow[]) => void;
}) {
  const rows = Array.isArray(value) ? (value as TableRow[]) : [];
  const setCell = (index: number, column: string, cell: string | number) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, [column]: cell } : r)));
  return (
    <>
      {rows.map((row, index) => (
        <fieldset key={index} className="table-row">
          <legend>Ligne {index + 1}</legend>
          {q.columns.map((col) => {
            const id = `${questionDomId(q.id)}-${index}-${col.id}`;
            const cell = row[col.id];
            return (
              <div className="field" key={col.id}>
                <label htmlFor={id}>
                  {col.label}
                  {col.required ? null : <span className="optional"> (facultatif)</span>}
                </label>
                {col.type === 'long_text' ? (
                  <textarea
                    id={id}
                    rows={3}
                    value={String(cell ?? '')}
                    maxLength={col.maxLength}
                    onChange={(e) => setCell(index, col.id, e.target.value)}
                  />
                ) : col.type === 'single_choice' ? (
                  <select id={id} value={String(cell ?? '')} onChange={(e) => setCell(index, col.id, e.target.value)}>
                    <option value="">Choisissez…</option>
                    {col.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : col.type === 'scale' ? (
                  <select
                    id={id}
                    value={cell === undefined ? '' : String(cell)}
                    onChange={(e) => setCell(index, col.id, e.target.value === '' ? '' : Number(e.target.value))}
                  >
                    <option value="">Choisissez…</option>
                    {Array.from({ length: col.max - col.min + 1 }, (_, k) => col.min + k).map((v) => {
                      const anchor = col.anchors.find((a) => a.value === v);
                      return (
                        <option key={v} value={v}>
                          {anchor ? `${v} – ${anchor.label}` : v}
                        </option>
                      );
                    })}
                  </select>
                ) : col.type === 'year' || col.type === 'number' ? (
                  <input
                    id={id}
                    type="text"
                    inputMode="numeric"
                    value={cell === undefined ? '' : String(cell)}
                    onChange={(e) =>
                      setCell(
                        index,
                        col.id,
                        e.target.value.trim() === '' || Number.isNaN(Number(e.target.value))
                          ? e.target.value
                          : Number(e.target.value),
                      )
                    }
                  />
                ) : (
                  <input
                    id={id}
                    type="text"
                    value={String(cell ?? '')}
                    maxLength={col.maxLength}
                    onChange={(e) => setCell(index, col.id, e.target.value)}
                  />
                )}
              </div>
            );
          })}
          <button
            type="button"
            className="button secondary small"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            Supprimer la ligne {index + 1}
          </button>
        </fieldset>
      ))}
      {rows.length < q.maxRows ? (
        <button type="button" className="button secondary" onClick={() => onChange([...rows, {}])}>
          {q.addRowLabel}
        </button>
      ) : null}
    </>
  );
}

export function QuestionField({
  q,
  value,
  onChange,
  error,
}: {
  q: Question;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string | undefined;
}) {
  switch (q.type) {
    case 'long_text':
    case 'short_text': {
      const id = questionDomId(q.id);
      const describedBy = [
        q.help ? `${questionDomId(q.id)}-aide` : null,
        error ? `${questionDomId(q.id)}-erreur` : null,
      ]
        .filter(Boolean)
        .join(' ');
      return (
        <div className={`field question${error ? ' field-invalid' : ''}`}>
          <label htmlFor={id}>
            {q.label}
            {q.required ? null : <span className="optional"> (facultatif)</span>}
          </label>
          {q.help ? (
            <p className="hint" id={`${questionDomId(q.id)}-aide`}>
              {q.help}
            </p>
          ) : null}
          <ErrorText id={q.id} error={error} />
          {q.type === 'long_text' ? (
            <textarea
              id={id}
              rows={6}
              value={String(value ?? '')}
              maxLength={q.maxLength}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
              onChange={(e) => onChange(e.target.value)}
            />
          ) : (
            <input
              id={id}
              type="text"
              value={String(value ?? '')}
              maxLength={q.maxLength}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
              onChange={(e) => onChange(e.target.value)}
            />
          )}
        </div>
      );
    }
    case 'scale':
      return (
        <Group q={q} error={error}>
          <Radios name={q.id} options={scalePoints(q)} value={value} onChange={onChange} />
        </Group>
      );
    case 'single_choice':
      return (
        <Group q={q} error={error}>
          <Radios name={q.id} options={q.options} value={value} onChange={onChange} />
        </Group>
      );
    case 'multiple_choice': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <Group q={q} error={error}>
          {q.options.map((o, index) => {
            const id = `${questionDomId(q.id)}-${index}`;
            return (
              <div className="field-checkbox" key={o.value}>
                <input
                  type="checkbox"
                  id={id}
                  checked={chosen.includes(o.value)}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))
                  }
                />
                <label htmlFor={id}>{o.label}</label>
              </div>
            );
          })}
        </Group>
      );
    }
    case 'ranking':
      return (
        <Group q={q} error={error}>
          <Ranking q={q} value={value} onChange={onChange} />
        </Group>
      );
    case 'card_sort':
      return (
        <Group q={q} error={error}>
          <CardSort q={q} value={value} onChange={onChange} />
        </Group>
      );
    case 'table':
      return (
        <Group q={q} error={error}>
          <Table q={q} value={value} onChange={onChange} />
        </Group>
      );
  }
}

/** A submitted or draft answer, as text, for the consultant. */
export function answerText(q: Question, value: unknown): ReactNode {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return <em>Pas de réponse</em>;
  switch (q.type) {
    case 'long_text':
    case 'short_text':
      return <span className="answer-text">{String(value)}</span>;
    case 'scale': {
      const anchor = q.anchors.find((a) => a.value === value);
      return `${String(value)} sur ${q.max}${anchor ? ` (${anchor.label})` : ''}`;
    }
    case 'single_choice':
      return q.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multiple_choice':
      return (
        <ul>
          {(value as string[]).map((v) => (
            <li key={v}>{q.options.find((o) => o.value === v)?.label ?? v}</li>
          ))}
        </ul>
      );
    case 'ranking':
      return (
        <ol>
          {(value as string[]).map((v) => (
            <li key={v}>{q.items.find((o) => o.value === v)?.label ?? v}</li>
          ))}
        </ol>
      );
    case 'card_sort': {
      const sort = value as CardSortValue;
      const label = (id: string) => q.cards.find((c) => c.id === id)?.label ?? id;
      return (
        <>
          <ul>
            {q.piles.map((p) => (
              <li key={p.id}>
                <strong>{p.label}</strong> : {(sort.piles[p.id] ?? []).map(label).join(', ') || 'aucune carte'}
              </li>
            ))}
          </ul>
          {sort.top?.length ? (
            <p>
              {q.top?.label ?? 'Classement'} : {sort.top.map((c, i) => `${i + 1}. ${label(c)}`).join(' ; ')}
            </p>
          ) : null}
        </>
      );
    }
    case 'table':
      return (
        <ul>
          {(value as TableRow[]).map((row, i) => (
            <li key={i}>
              {q.columns
                .map((c) => (row[c.id] === undefined ? null : `${c.label} : ${String(row[c.id])}`))
                .filter(Boolean)
                .join(' – ')}
            </li>
          ))}
        </ul>
      );
  }
}
