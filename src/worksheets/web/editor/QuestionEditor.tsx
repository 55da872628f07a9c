/**
 * One question in the editor: its label, help and whether an answer is required, its type's
 * settings, its display condition (shown, removable), and buttons to move it up or down (across
 * sections too) and to remove it after a confirmation.
 */
import { useState } from 'react';
import { QUESTION_TYPE_LABELS } from '../../../questionnaires/contracts/schemas.ts';
import { Confirm } from '../../../ui/Feedback.tsx';
import { fieldId } from '../../../ui/Form.tsx';
import type { Condition, DraftItem, DraftQuestion } from './draft.ts';
import { LIST_WORDS, labels, names, type ListName } from './fields.ts';
import { ActionButton, Check, Group, TextBox, TextInput, useEditor } from './controls.tsx';
import { ColumnsEditor } from './ColumnsEditor.tsx';
import { ListEditor } from './ListEditor.tsx';
import { ScaleEditor } from './ScaleEditor.tsx';

/** What the editor knows of the other questions, to describe a display condition. */
export interface QuestionRef {
  id: string | null;
  number: number;
  question: DraftQuestion;
}

const ARTICLE: Record<ListName, string> = {
  options: 'l’option',
  items: 'l’élément',
  cards: 'la carte',
  piles: 'la pile',
};

function QuestionList({
  q,
  n,
  list,
  onChange,
  hint,
}: {
  q: DraftQuestion;
  n: number;
  list: ListName;
  onChange: (items: DraftItem[]) => void;
  hint: string;
}) {
  const items = (q as unknown as Record<ListName, DraftItem[]>)[list];
  const words = LIST_WORDS[list];
  const withDescriptions = list === 'cards' || list === 'piles';
  return (
    <ListEditor
      name={names.list(q, list)}
      legend={labels.list(list, n)}
      short={words.all}
      hint={hint}
      items={items}
      onChange={onChange}
      nameOf={(it) => names.item(q, list, it)}
      labelOf={(k) => ({ full: labels.item(list, k, n), short: `${words.one} ${k}` })}
      refOf={(k) => `${ARTICLE[list]} ${k} de la question ${n}`}
      descriptions={
        withDescriptions
          ? {
              nameOf: (it) => names.item(q, list, it, true),
              labelOf: (k) => ({
                full: labels.itemDescription(list, k, n),
                short: `Description de la ${words.one.toLowerCase()} ${k}`,
              }),
            }
          : undefined
      }
      addText={words.add}
      addContext={`à la question ${n}`}
      feminine={words.feminine}
    />
  );
}

function TypeSettings({ q, n, onChange }: { q: DraftQuestion; n: number; onChange: (q: DraftQuestion) => void }) {
  switch (q.type) {
    case 'long_text':
    case 'short_text':
      return (
        <TextInput
          name={names.field(q, 'maxLength')}
          label={labels.field('maxLength', n)}
          short="Nombre maximal de caractères"
          numeric
          value={q.maxLength}
          onChange={(maxLength) => onChange({ ...q, maxLength })}
        />
      );
    case 'scale':
      return (
        <ScaleEditor
          owner={names.question(q)}
          where={`question ${n}`}
          minName={names.field(q, 'min')}
          maxName={names.field(q, 'max')}
          minLabel={labels.field('min', n)}
          maxLabel={labels.field('max', n)}
          value={q}
          onChange={(v) => onChange({ ...q, ...v })}
        />
      );
    case 'single_choice':
      return (
        <QuestionList
          q={q}
          n={n}
          list="options"
          hint="Au moins deux options ; la ou le bénéficiaire en choisit une."
          onChange={(options) => onChange({ ...q, options })}
        />
      );
    case 'multiple_choice':
      return (
        <>
          <QuestionList
            q={q}
            n={n}
            list="options"
            hint="Au moins deux options ; la ou le bénéficiaire en coche une ou plusieurs."
            onChange={(options) => onChange({ ...q, options })}
          />
          <div className="inline-fields">
            <TextInput
              name={names.field(q, 'minSelections')}
              label={labels.field('minSelections', n)}
              short="Nombre minimal de choix"
              numeric
              value={q.minSelections}
              onChange={(minSelections) => onChange({ ...q, minSelections })}
            />
            <TextInput
              name={names.field(q, 'maxSelections')}
              label={labels.field('maxSelections', n)}
              short="Nombre maximal de choix"
              optional
              hint="Vide : autant que d’options."
              numeric
              value={q.maxSelections}
              onChange={(maxSelections) => onChange({ ...q, maxSelections })}
            />
          </div>
        </>
      );
    case 'ranking':
      return (
        <>
          <QuestionList
            q={q}
            n={n}
            list="items"
            hint="Au moins deux éléments, que la ou le bénéficiaire classe du plus au moins important."
            onChange={(items) => onChange({ ...q, items })}
          />
          <TextInput
            name={names.field(q, 'rankCount')}
            label={labels.field('rankCount', n)}
            short="Nombre de rangs à remplir"
            optional
            hint="Vide : classer tous les éléments. Sinon, seulement les premiers, par exemple 3."
            numeric
            value={q.rankCount}
            onChange={(rankCount) => onChange({ ...q, rankCount })}
          />
        </>
      );
    case 'card_sort':
      return (
        <>
          <QuestionList
            q={q}
            n={n}
            list="cards"
            hint="Au moins deux cartes, à répartir dans les piles."
            onChange={(cards) => onChange({ ...q, cards })}
          />
          <QuestionList
            q={q}
            n={n}
            list="piles"
            hint="Au moins deux piles, par exemple « Essentiel » et « Secondaire »."
            onChange={(piles) =>
              onChange({
                ...q,
                piles,
                top: q.top
                  ? { ...q.top, fromPiles: q.top.fromPiles.filter((k) => piles.some((p) => p.key === k)) }
                  : null,
              })
            }
          />
          <Check
            name={names.field(q, 'top')}
            label={`Demander ensuite de classer les cartes les plus importantes (question ${n})`}
            short="Demander ensuite de classer les cartes les plus importantes"
            checked={q.top !== null}
            onChange={(on) =>
              onChange({
                ...q,
                top: on
                  ? {
                      count: '3',
                      fromPiles: q.piles[0] ? [q.piles[0].key] : [],
                      label: 'Classez les cartes les plus importantes pour vous',
                    }
                  : null,
              })
            }
          />
          {q.top ? (
            <div className="sub-settings">
              <TextInput
                name={names.field(q, 'top-label')}
                label={labels.field('top-label', n)}
                short="Consigne du classement"
                value={q.top.label}
                onChange={(label) => onChange({ ...q, top: { ...q.top!, label } })}
              />
              <TextInput
                name={names.field(q, 'top-count')}
                label={labels.field('top-count', n)}
                short="Nombre de cartes à classer par ordre d’importance"
                numeric
                value={q.top.count}
                onChange={(count) => onChange({ ...q, top: { ...q.top!, count } })}
              />
              <Group
                name={names.field(q, 'top-fromPiles')}
                legend={labels.field('top-fromPiles', n)}
                short="Piles dont viennent les cartes classées"
              >
                {q.piles.map((p, index) => (
                  <Check
                    key={p.key}
                    name={`${names.field(q, 'top-fromPiles')}-${p.key}`}
                    label={`${p.label || `Pile ${index + 1}`} (question ${n})`}
                    short={p.label || `Pile ${index + 1}`}
                    checked={q.top!.fromPiles.includes(p.key)}
                    onChange={(on) =>
                      onChange({
                        ...q,
                        top: {
                          ...q.top!,
                          fromPiles: on ? [...q.top!.fromPiles, p.key] : q.top!.fromPiles.filter((k) => k !== p.key),
                        },
                      })
                    }
                  />
                ))}
              </Group>
            </div>
          ) : null}
        </>
      );
    case 'table':
      return (
        <>
          <ColumnsEditor q={q} n={n} onChange={onChange} />
          <div className="inline-fields">
            <TextInput
              name={names.field(q, 'minRows')}
              label={labels.field('minRows', n)}
              short="Nombre minimal de lignes"
              numeric
              value={q.minRows}
              onChange={(minRows) => onChange({ ...q, minRows })}
            />
            <TextInput
              name={names.field(q, 'maxRows')}
              label={labels.field('maxRows', n)}
              short="Nombre maximal de lignes"
              numeric
              value={q.maxRows}
              onChange={(maxRows) => onChange({ ...q, maxRows })}
            />
          </div>
          <TextInput
            name={names.field(q, 'addRowLabel')}
            label={labels.field('addRowLabel', n)}
            short="Libellé du bouton d’ajout de ligne"
            hint="Par exemple « Ajouter une expérience »."
            value={q.addRowLabel}
            onChange={(addRowLabel) => onChange({ ...q, addRowLabel })}
          />
        </>
      );
  }
}

type Clause = Extract<Condition, { all: unknown }>['all'][number];

function clauseText(clause: Clause, others: QuestionRef[]): string {
  const target = others.find((o) => o.id === clause.questionId);
  const what = target
    ? `la question ${target.number} (« ${target.question.label || 'sans libellé'} »)`
    : `une question qui n’existe plus (« ${clause.questionId} »)`;
  const optionLabel = (value: unknown) => {
    const q = target?.question;
    const list =
      q && (q.type === 'single_choice' || q.type === 'multiple_choice')
        ? q.options
        : q?.type === 'ranking'
          ? q.items
          : [];
    return list.find((o) => o.id === value)?.label ?? String(value);
  };
  switch (clause.operator) {
    case 'answered':
      return `${what} a reçu une réponse`;
    case 'equals':
      return `la réponse à ${what} est « ${optionLabel(clause.value)} »`;
    case 'notEquals':
      return `la réponse à ${what} n’est pas « ${optionLabel(clause.value)} »`;
    case 'includes':
      return `la réponse à ${what} comprend « ${optionLabel(clause.value)} »`;
    case 'gte':
      return `la réponse à ${what} vaut au moins ${String(clause.value)}`;
    case 'lte':
      return `la réponse à ${what} vaut au plus ${String(clause.value)}`;
  }
}

function ConditionBox({
  q,
  n,
  others,
  onRemove,
}: {
  q: DraftQuestion;
  n: number;
  others: QuestionRef[];
  onRemove: () => void;
}) {
  const error = useEditor().errorOf(names.field(q, 'showIf'));
  if (!q.showIf) return null;
  const clauses = 'all' in q.showIf ? q.showIf.all : q.showIf.any;
  const joiner = 'all' in q.showIf ? ' et ' : ' ou ';
  const id = fieldId(names.field(q, 'showIf'));
  return (
    <div
      className={`condition${error ? ' editor-invalid' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-erreur` : undefined}
    >
      {error ? (
        <p className="field-error" id={`${id}-erreur`}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      ) : null}
      <p>
        <strong>Affichage conditionnel :</strong> cette question ne s’affiche que si{' '}
        {clauses.map((c) => clauseText(c, others)).join(joiner)}.
      </p>
      <ActionButton text="Toujours afficher cette question" context={`(question ${n})`} onClick={onRemove} />
    </div>
  );
}

export function QuestionEditor({
  q,
  n,
  canMoveUp,
  canMoveDown,
  others,
  onChange,
  onMove,
  onRemove,
}: {
  q: DraftQuestion;
  /** Its number in the whole worksheet (1, 2, 3…). */
  n: number;
  /** Moving goes across sections: up from the first place goes to the end of the section above. */
  canMoveUp: boolean;
  canMoveDown: boolean;
  others: QuestionRef[];
  onChange: (q: DraftQuestion) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { errorOf, focusLater } = useEditor();
  const [confirming, setConfirming] = useState(false);
  const headingId = fieldId(names.question(q));
  const error = errorOf(names.question(q));
  const context = `la question ${n}`;
  return (
    <div className={`question-card${error ? ' editor-invalid' : ''}`}>
      <div className="item-head">
        <h3 id={headingId} tabIndex={-1} aria-describedby={error ? `${headingId}-erreur` : undefined}>
          Question {n} <span className="question-type">· {QUESTION_TYPE_LABELS[q.type]}</span>
        </h3>
        <span className="move-buttons">
          <ActionButton
            id={`${headingId}-monter`}
            text="Monter"
            context={context}
            disabled={!canMoveUp}
            onClick={() => onMove(-1)}
          />
          <ActionButton
            id={`${headingId}-descendre`}
            text="Descendre"
            context={context}
            disabled={!canMoveDown}
            onClick={() => onMove(1)}
          />
          <ActionButton
            id={`${headingId}-supprimer`}
            text="Supprimer"
            context={context}
            tone="danger"
            onClick={() => setConfirming(true)}
          />
        </span>
      </div>
      {error ? (
        <p className="field-error" id={`${headingId}-erreur`}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      ) : null}
      {confirming ? (
        <Confirm
          id={`${headingId}-confirmer`}
          tone="danger"
          question={
            <>
              Supprimer la question {n}
              {q.label ? ` « ${q.label} »` : ''} ?
            </>
          }
          detail="Elle disparaîtra de la prochaine version ; les cahiers déjà proposés la gardent."
          confirmLabel={<>Supprimer la question {n}</>}
          onConfirm={onRemove}
          onCancel={() => {
            setConfirming(false);
            focusLater(`${headingId}-supprimer`);
          }}
        />
      ) : null}
      <TextBox
        name={names.field(q, 'label')}
        label={labels.field('label', n)}
        rows={2}
        value={q.label}
        onChange={(label) => onChange({ ...q, label })}
      />
      <TextInput
        name={names.field(q, 'help')}
        label={labels.field('help', n)}
        optional
        hint="Une précision affichée sous le libellé."
        value={q.help}
        onChange={(help) => onChange({ ...q, help })}
      />
      <Check
        name={names.field(q, 'required')}
        label={`Réponse obligatoire pour envoyer le cahier (question ${n})`}
        short="Réponse obligatoire pour envoyer le cahier"
        checked={q.required}
        onChange={(required) => onChange({ ...q, required })}
      />
      <TypeSettings q={q} n={n} onChange={onChange} />
      <ConditionBox
        q={q}
        n={n}
        others={others}
        onRemove={() => {
          focusLater(fieldId(names.field(q, 'label')));
          onChange({ ...q, showIf: null });
        }}
      />
    </div>
  );
}
