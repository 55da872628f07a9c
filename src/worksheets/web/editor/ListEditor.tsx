/**
 * A list of labelled items (options, elements to rank, cards, piles, a column's options): edit,
 * add, move up or down, remove. After adding, focus goes to the new item; after removing, to
 * the item now in its place (or the add button), and the change is announced.
 */
import { fieldId } from '../../../ui/Form.tsx';
import { moved, newItem, type DraftItem } from './draft.ts';
import { Group, MoveButtons, TextInput, useEditor } from './controls.tsx';

export interface ListEditorProps {
  /** Error target and DOM id of the whole list. */
  name: string;
  legend: string;
  short?: string;
  hint?: string;
  items: DraftItem[];
  onChange: (items: DraftItem[]) => void;
  nameOf: (item: DraftItem) => string;
  /** Full label of the k-th item (1-based), e.g. « Option 2 de la question 3 », and its visible start. */
  labelOf: (k: number) => { full: string; short: string };
  /** « l’option 2 de la question 3 »: completes « Monter », « Supprimer » for screen readers. */
  refOf: (k: number) => string;
  descriptions?: { nameOf: (item: DraftItem) => string; labelOf: (k: number) => { full: string; short: string } };
  addText: string;
  addContext: string;
  /** Agreement of « ajoutée » / « supprimée » with the item's name. */
  feminine: boolean;
}

export function ListEditor({
  name,
  legend,
  short,
  hint,
  items,
  onChange,
  nameOf,
  labelOf,
  refOf,
  descriptions,
  addText,
  addContext,
  feminine,
}: ListEditorProps) {
  const { focusLater, announce } = useEditor();
  const set = (index: number, patch: Partial<DraftItem>) =>
    onChange(items.map((it, i) => (i === index ? { ...it, ...patch } : it)));
  const add = () => {
    const item = newItem();
    focusLater(fieldId(nameOf(item)));
    onChange([...items, item]);
    announce(`${labelOf(items.length + 1).full} ${feminine ? 'ajoutée' : 'ajouté'}.`);
  };
  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    const focus = next[index] ?? next[index - 1];
    focusLater(focus ? fieldId(nameOf(focus)) : `${fieldId(name)}-ajouter`);
    onChange(next);
    announce(`${labelOf(index + 1).full} ${feminine ? 'supprimée' : 'supprimé'}.`);
  };
  return (
    <Group name={name} legend={legend} short={short} hint={hint}>
      <ol className="item-list">
        {items.map((it, index) => {
          const label = labelOf(index + 1);
          return (
            <li key={it.key} className="item-row">
              <div className="item-fields">
                <TextInput
                  name={nameOf(it)}
                  label={label.full}
                  short={label.short}
                  value={it.label}
                  onChange={(v) => set(index, { label: v })}
                />
                {descriptions ? (
                  <TextInput
                    name={descriptions.nameOf(it)}
                    label={descriptions.labelOf(index + 1).full}
                    short={descriptions.labelOf(index + 1).short}
                    optional
                    value={it.description}
                    onChange={(v) => set(index, { description: v })}
                  />
                ) : null}
              </div>
              <MoveButtons
                idPrefix={fieldId(nameOf(it))}
                context={refOf(index + 1)}
                index={index}
                count={items.length}
                onMove={(d) => onChange(moved(items, index, d))}
                onRemove={() => remove(index)}
              />
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${fieldId(name)}-ajouter`} className="button secondary small" onClick={add}>
        {addText}
        <span className="visually-hidden"> {addContext}</span>
      </button>
    </Group>
  );
}
