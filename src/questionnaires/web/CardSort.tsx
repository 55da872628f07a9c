/**
 * A card sort (the values instrument, a worksheet's sort): cards to place in piles with buttons —
 * each card offers « Placer dans… » one of the piles, a placed card can move to another pile —
 * so the keyboard and screen readers do everything, without drag and drop. Counts per pile are
 * always shown; the instrument's rules are said in French; every move is announced, and the focus
 * goes to the next card to sort (or follows the card that moved).
 */
import { useEffect, useRef, useState } from 'react';
import type { CardSortValue, Question } from '../contracts/schemas.ts';
import { fieldId } from '../../ui/Form.tsx';
import { StatusChip, type ChipTone } from '../../ui/StatusChip.tsx';

type CardSortQuestion = Extract<Question, { type: 'card_sort' }>;

const TONES: ChipTone[] = ['info', 'success', 'neutral', 'warning'];
const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

type FocusTarget = { kind: 'unsorted'; index: number } | { kind: 'placed'; card: string };

export function CardSort({
  q,
  value,
  onChange,
}: {
  q: CardSortQuestion;
  value: unknown;
  onChange: (v: CardSortValue) => void;
}) {
  const current = (value && typeof value === 'object' && 'piles' in value ? value : { piles: {} }) as CardSortValue;
  const pileOf = (card: string) => Object.entries(current.piles).find(([, cards]) => cards.includes(card))?.[0] ?? '';
  const labelOf = (card: string) => q.cards.find((c) => c.id === card)?.label ?? card;
  const pileLabel = (pile: string) => q.piles.find((p) => p.id === pile)?.label ?? pile;
  const toneOf = (pile: string) =>
    TONES[
      Math.max(
        0,
        q.piles.findIndex((p) => p.id === pile),
      ) % TONES.length
    ]!;
  const base = fieldId(q.id);
  const root = useRef<HTMLDivElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  const [announce, setAnnounce] = useState('');

  const unsorted = q.cards.filter((c) => pileOf(c.id) === '');
  const countOf = (pile: string) => q.cards.filter((c) => pileOf(c.id) === pile).length;

  const place = (card: string, pile: string, from: FocusTarget) => {
    const piles: Record<string, string[]> = {};
    for (const p of q.piles) piles[p.id] = (current.piles[p.id] ?? []).filter((c) => c !== card);
    piles[pile] = [...(piles[pile] ?? []), card];
    const top = current.top?.filter((c) => c !== card || (q.top?.fromPiles.includes(pile) ?? false));
    focusNext.current = from;
    const count = piles[pile]!.length;
    setAnnounce(`« ${labelOf(card)} » est dans la pile « ${pileLabel(pile)} » (${plural(count, 'carte')}).`);
    onChange(top === undefined ? { piles } : { piles, top });
  };

  // After a move, the focus goes where the person continues: the next card to sort, or the card
  // that moved, in its new pile.
  useEffect(() => {
    const target = focusNext.current;
    if (!target || !root.current) return;
    focusNext.current = null;
    if (target.kind === 'placed') {
      root.current.querySelector<HTMLElement>(`[data-placed="${target.card}"] button`)?.focus();
      return;
    }
    const rest = root.current.querySelectorAll<HTMLElement>('[data-unsorted] button:first-of-type');
    const next = rest[Math.min(target.index, rest.length - 1)];
    if (next) next.focus();
    else root.current.querySelector<HTMLElement>(`#${base}-a-classer`)?.focus();
  });

  const eligible = q.top ? q.cards.filter((c) => q.top!.fromPiles.includes(pileOf(c.id))) : [];
  const topPiles = q.top
    ? q.piles
        .filter((p) => q.top!.fromPiles.includes(p.id))
        .map((p) => `« ${p.label} »`)
        .join(' ou ')
    : '';
  // Ranks are filled in order: choosing a card for a rank beyond the filled ones appends it.
  const setTop = (rank: number, card: string) => {
    const top = (current.top ?? []).filter((c) => c !== card);
    if (card === '') top.splice(rank, 1);
    else if (rank < top.length) top[rank] = card;
    else top.push(card);
    onChange({ piles: current.piles, top });
  };

  return (
    <div className="card-sort" ref={root}>
      <ul className="card-sort-rules">
        <li>
          Placez chacune des {q.cards.length} cartes dans une pile : toutes doivent être classées avant l’envoi. Il n’y
          a pas de nombre imposé par pile, et vous pouvez changer une carte de pile à tout moment.
        </li>
        {q.top ? (
          <li>
            Ensuite, vous classerez vos {q.top.count} cartes les plus importantes parmi la pile {topPiles} (toutes, si
            elle en compte moins).
          </li>
        ) : null}
      </ul>
      <dl className="pile-legend">
        {q.piles.map((p) => (
          <div key={p.id}>
            <dt>{p.label}</dt>
            {p.description ? <dd>{p.description}</dd> : null}
          </div>
        ))}
      </dl>
      <ul className="pile-tally" aria-label="Nombre de cartes par pile">
        <li>
          <StatusChip tone={unsorted.length === 0 ? 'success' : 'warning'}>À classer : {unsorted.length}</StatusChip>
        </li>
        {q.piles.map((p) => (
          <li key={p.id}>
            <StatusChip tone={toneOf(p.id)}>
              {p.label} : {countOf(p.id)}
            </StatusChip>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="card-sort-announce">
        {announce}
      </p>

      <section className="card-sort-unsorted" aria-labelledby={`${base}-a-classer`}>
        <h3 id={`${base}-a-classer`} tabIndex={-1}>
          {unsorted.length === 0
            ? 'Toutes les cartes sont classées'
            : `Cartes à classer : ${unsorted.length} sur ${q.cards.length}`}
        </h3>
        {unsorted.length > 0 ? (
          <ul className="value-cards">
            {unsorted.map((card, index) => (
              <li key={card.id} className="value-card" data-unsorted="">
                <p className="value-card-label">{card.label}</p>
                {card.description ? <p className="hint">{card.description}</p> : null}
                <p className="value-card-prompt" aria-hidden="true">
                  Placer dans :
                </p>
                <div className="value-card-actions">
                  {q.piles.map((p) => (
                    <button
                      key={p.id}
                      type="button"
                      className="button secondary small"
                      onClick={() => place(card.id, p.id, { kind: 'unsorted', index })}
                    >
                      <span className="visually-hidden">Placer « {card.label} » dans </span>
                      {p.label}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <div className="piles">
        {q.piles.map((p) => {
          const cards = q.cards.filter((c) => pileOf(c.id) === p.id);
          return (
            <section key={p.id} className={`pile pile-${toneOf(p.id)}`} aria-labelledby={`${base}-pile-${p.id}`}>
              <h3 id={`${base}-pile-${p.id}`}>
                {p.label} <span className="pile-count">({plural(cards.length, 'carte')})</span>
              </h3>
              {cards.length === 0 ? (
                <p className="hint">Aucune carte pour l’instant.</p>
              ) : (
                <ul className="value-cards placed">
                  {cards.map((card) => (
                    <li key={card.id} className="value-card" data-placed={card.id}>
                      <p className="value-card-label">{card.label}</p>
                      <div className="value-card-actions">
                        {q.piles
                          .filter((other) => other.id !== p.id)
                          .map((other) => (
                            <button
                              key={other.id}
                              type="button"
                              className="button link-like small"
                              onClick={() => place(card.id, other.id, { kind: 'placed', card: card.id })}
                            >
                              <span className="visually-hidden">Déplacer « {card.label} » vers </span>
                              <span aria-hidden="true">→ </span>
                              {other.label}
                            </button>
                          ))}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>

      {q.top ? (
        <section className="card-top" aria-labelledby={`${base}-top`}>
          <h3 id={`${base}-top`}>{q.top.label}</h3>
          {eligible.length === 0 ? (
            <p className="hint">Placez d’abord des cartes dans la pile {topPiles}.</p>
          ) : (
            Array.from({ length: Math.min(q.top.count, eligible.length) }, (_, rank) => {
              const id = `${base}-rang-${rank + 1}`;
              return (
                <div className="field" key={rank}>
                  <label htmlFor={id}>Rang {rank + 1}</label>
                  <select id={id} value={current.top?.[rank] ?? ''} onChange={(e) => setTop(rank, e.target.value)}>
                    <option value="">Choisissez une carte</option>
                    {eligible.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })
          )}
          {current.top && current.top.length > 0 ? (
            <p className="hint">
              Votre classement : {current.top.map((c, i) => `${i + 1}. ${labelOf(c)}`).join(' ; ')}.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
