/**
 * One section in the editor: its title and introduction, its questions, a menu of question types
 * to add one, and buttons to move or remove the section (after a confirmation when it holds
 * questions).
 */
import { useState } from 'react';
import { QUESTION_TYPE_LABELS, type QuestionType } from '../../../questionnaires/contracts/schemas.ts';
import { Confirm } from '../../../ui/Feedback.tsx';
import { fieldId } from '../../../ui/Form.tsx';
import type { DraftQuestion, DraftSection } from './draft.ts';
import { labels, names } from './fields.ts';
import { ActionButton, Choice, Group, TextBox, TextInput, useEditor } from './controls.tsx';
import { QuestionEditor, type QuestionRef } from './QuestionEditor.tsx';

const TYPE_HINTS: Record<QuestionType, string> = {
  long_text: 'quelques phrases ou plus',
  short_text: 'un mot ou une ligne',
  scale: 'une valeur sur une échelle libellée',
  single_choice: 'une option parmi plusieurs',
  multiple_choice: 'une ou plusieurs options',
  ranking: 'des éléments à classer par ordre d’importance',
  card_sort: 'des cartes à répartir dans des piles',
  table: 'des lignes à remplir, une réponse par colonne',
};

export const TYPE_OPTIONS = (Object.keys(QUESTION_TYPE_LABELS) as QuestionType[]).map((t) => ({
  value: t,
  label: `${QUESTION_TYPE_LABELS[t]} : ${TYPE_HINTS[t]}`,
}));

/** The ids of the add-question controls, for focus after a removal. */
export const addTypeName = (s: DraftSection) => `${names.section(s, 'questions')}-type`;

export interface SectionActions {
  change: (section: DraftSection) => void;
  move: (delta: -1 | 1) => void;
  remove: () => void;
  addQuestion: (type: QuestionType) => void;
  changeQuestion: (index: number, q: DraftQuestion) => void;
  moveQuestion: (index: number, delta: -1 | 1) => void;
  removeQuestion: (index: number) => void;
}

export function SectionEditor({
  section,
  index,
  count,
  firstNumber,
  isFirst,
  isLast,
  others,
  actions,
}: {
  section: DraftSection;
  index: number;
  count: number;
  /** Number of the section's first question in the whole worksheet. */
  firstNumber: number;
  isFirst: boolean;
  isLast: boolean;
  others: QuestionRef[];
  actions: SectionActions;
}) {
  const { focusLater } = useEditor();
  const [type, setType] = useState<QuestionType>('long_text');
  const [confirming, setConfirming] = useState(false);
  const s = index + 1;
  const headingId = fieldId(names.section(section, 'heading'));
  const context = `la section ${s}`;
  const remove = () => {
    if (section.questions.length === 0) actions.remove();
    else setConfirming(true);
  };
  const count_ = section.questions.length;
  return (
    <section className="editor-section" aria-labelledby={headingId}>
      <div className="item-head">
        <h2 id={headingId} tabIndex={-1}>
          Section {s}
          {section.title.trim() ? ` : ${section.title}` : ''}
        </h2>
        <span className="move-buttons">
          <ActionButton
            id={`${headingId}-monter`}
            text="Monter"
            context={context}
            disabled={index === 0}
            onClick={() => actions.move(-1)}
          />
          <ActionButton
            id={`${headingId}-descendre`}
            text="Descendre"
            context={context}
            disabled={index === count - 1}
            onClick={() => actions.move(1)}
          />
          <ActionButton
            id={`${headingId}-supprimer`}
            text="Supprimer"
            context={context}
            tone="danger"
            onClick={remove}
          />
        </span>
      </div>
      {confirming ? (
        <Confirm
          id={`${headingId}-confirmer`}
          tone="danger"
          question={
            <>
              Supprimer la section {s} et {count_ === 1 ? 'sa question' : `ses ${count_} questions`} ?
            </>
          }
          detail="Elles disparaîtront de la prochaine version ; les cahiers déjà proposés les gardent."
          confirmLabel={<>Supprimer la section {s}</>}
          onConfirm={actions.remove}
          onCancel={() => {
            setConfirming(false);
            focusLater(`${headingId}-supprimer`);
          }}
        />
      ) : null}
      <TextInput
        name={names.section(section, 'title')}
        label={labels.sectionTitle(s)}
        value={section.title}
        onChange={(title) => actions.change({ ...section, title })}
      />
      <TextBox
        name={names.section(section, 'intro')}
        label={labels.sectionIntro(s)}
        optional
        rows={2}
        value={section.intro}
        onChange={(intro) => actions.change({ ...section, intro })}
      />
      <Group name={names.section(section, 'questions')} legend={labels.sectionQuestions(s)} className="questions-group">
        {section.questions.length === 0 ? <p className="hint">Cette section n’a pas encore de question.</p> : null}
        {section.questions.map((q, i) => (
          <QuestionEditor
            key={q.key}
            q={q}
            n={firstNumber + i}
            canMoveUp={!(isFirst && i === 0)}
            canMoveDown={!(isLast && i === section.questions.length - 1)}
            others={others}
            onChange={(next) => actions.changeQuestion(i, next)}
            onMove={(delta) => actions.moveQuestion(i, delta)}
            onRemove={() => actions.removeQuestion(i)}
          />
        ))}
        <div className="add-question">
          <Choice
            name={addTypeName(section)}
            label={`Type de la question à ajouter (section ${s})`}
            short="Type de la question à ajouter"
            value={type}
            options={TYPE_OPTIONS}
            onChange={(t) => setType(t as QuestionType)}
          />
          <button type="button" className="button secondary" onClick={() => actions.addQuestion(type)}>
            Ajouter la question<span className="visually-hidden"> à la section {s}</span>
          </button>
        </div>
      </Group>
    </section>
  );
}
