/**
 * The columns of a table question: each column's title, answer type, whether each row must fill
 * it, and its type's settings (length, bounds, scale points, options); add, move, remove.
 */
import { fieldId } from '../../../ui/Form.tsx';
import { moved, newColumn, type ColumnType, type DraftColumn, type DraftQuestion } from './draft.ts';
import { labels, names } from './fields.ts';
import { Check, Choice, Group, MoveButtons, TextInput, useEditor } from './controls.tsx';
import { ListEditor } from './ListEditor.tsx';
import { ScaleEditor } from './ScaleEditor.tsx';

type TableQuestion = Extract<DraftQuestion, { type: 'table' }>;

const COLUMN_TYPES: { value: ColumnType; label: string }[] = [
  { value: 'short_text', label: 'Texte court' },
  { value: 'long_text', label: 'Texte long' },
  { value: 'year', label: 'Année' },
  { value: 'number', label: 'Nombre' },
  { value: 'scale', label: 'Échelle' },
  { value: 'single_choice', label: 'Choix dans une liste' },
];

function ColumnSettings({
  q,
  c,
  k,
  n,
  onChange,
}: {
  q: TableQuestion;
  c: DraftColumn;
  k: number;
  n: number;
  onChange: (c: DraftColumn) => void;
}) {
  switch (c.type) {
    case 'short_text':
    case 'long_text':
      return (
        <TextInput
          name={names.column(q, c, 'maxLength')}
          label={labels.column('maxLength', k, n)}
          short="Nombre maximal de caractères"
          numeric
          value={c.maxLength}
          onChange={(maxLength) => onChange({ ...c, maxLength })}
        />
      );
    case 'number':
      return (
        <div className="inline-fields">
          <TextInput
            name={names.column(q, c, 'min')}
            label={labels.column('min', k, n)}
            short="Valeur minimale"
            optional
            numeric
            value={c.min}
            onChange={(min) => onChange({ ...c, min })}
          />
          <TextInput
            name={names.column(q, c, 'max')}
            label={labels.column('max', k, n)}
            short="Valeur maximale"
            optional
            numeric
            value={c.max}
            onChange={(max) => onChange({ ...c, max })}
          />
        </div>
      );
    case 'scale':
      return (
        <ScaleEditor
          owner={names.columnOwner(q, c)}
          where={`colonne ${k}, question ${n}`}
          minName={names.column(q, c, 'min')}
          maxName={names.column(q, c, 'max')}
          minLabel={labels.column('min', k, n)}
          maxLabel={labels.column('max', k, n)}
          value={c}
          onChange={(v) => onChange({ ...c, ...v })}
        />
      );
    case 'single_choice':
      return (
        <ListEditor
          name={names.column(q, c, 'options')}
          legend={labels.column('options', k, n)}
          short="Options"
          hint="Au moins deux options."
          items={c.options}
          onChange={(options) => onChange({ ...c, options })}
          nameOf={(o) => names.columnOption(q, c, o)}
          labelOf={(j) => ({ full: labels.columnOption(j, k, n), short: `Option ${j}` })}
          refOf={(j) => `l’option ${j} de la colonne ${k} (question ${n})`}
          addText="Ajouter une option"
          addContext={`à la colonne ${k} (question ${n})`}
          feminine
        />
      );
    case 'year':
      return <p className="hint">Une année sur quatre chiffres, par exemple 2019.</p>;
  }
}

export function ColumnsEditor({
  q,
  n,
  onChange,
}: {
  q: TableQuestion;
  n: number;
  onChange: (q: TableQuestion) => void;
}) {
  const { focusLater, announce } = useEditor();
  const setColumns = (columns: DraftColumn[]) => onChange({ ...q, columns });
  const set = (index: number, c: DraftColumn) => setColumns(q.columns.map((x, i) => (i === index ? c : x)));
  const retype = (index: number, type: ColumnType) => {
    const c = q.columns[index]!;
    const fresh = newColumn(type);
    set(index, { ...fresh, key: c.key, id: c.id, label: c.label, required: c.required });
  };
  const add = () => {
    const c = newColumn();
    focusLater(fieldId(names.column(q, c, 'label')));
    setColumns([...q.columns, c]);
    announce(`Colonne ${q.columns.length + 1} ajoutée à la question ${n}.`);
  };
  const remove = (index: number) => {
    const next = q.columns.filter((_, i) => i !== index);
    const focus = next[index] ?? next[index - 1];
    focusLater(focus ? fieldId(names.column(q, focus, 'label')) : `${fieldId(names.field(q, 'columns'))}-ajouter`);
    setColumns(next);
    announce(`Colonne ${index + 1} de la question ${n} supprimée.`);
  };
  return (
    <Group
      name={names.field(q, 'columns')}
      legend={labels.columns(n)}
      short="Colonnes"
      hint="Chaque ligne du tableau demande une réponse par colonne."
    >
      <ol className="column-list">
        {q.columns.map((c, index) => {
          const k = index + 1;
          return (
            <li key={c.key} className="column-card">
              <div className="item-head">
                <p className="item-title">Colonne {k}</p>
                <MoveButtons
                  idPrefix={fieldId(names.columnOwner(q, c))}
                  context={`la colonne ${k} de la question ${n}`}
                  index={index}
                  count={q.columns.length}
                  onMove={(d) => setColumns(moved(q.columns, index, d))}
                  onRemove={() => remove(index)}
                />
              </div>
              <TextInput
                name={names.column(q, c, 'label')}
                label={labels.column('label', k, n)}
                short={`Titre de la colonne ${k}`}
                value={c.label}
                onChange={(label) => set(index, { ...c, label })}
              />
              <Choice
                name={names.column(q, c, 'type')}
                label={labels.column('type', k, n)}
                short="Type de réponse"
                value={c.type}
                options={COLUMN_TYPES}
                onChange={(t) => retype(index, t as ColumnType)}
              />
              <Check
                name={names.column(q, c, 'required')}
                label={labels.column('required', k, n)}
                short="Réponse obligatoire dans chaque ligne"
                checked={c.required}
                onChange={(required) => set(index, { ...c, required })}
              />
              <ColumnSettings q={q} c={c} k={k} n={n} onChange={(next) => set(index, next)} />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={`${fieldId(names.field(q, 'columns'))}-ajouter`}
        className="button secondary small"
        onClick={add}
      >
        Ajouter une colonne<span className="visually-hidden"> à la question {n}</span>
      </button>
    </Group>
  );
}
