/**
 * A scale's settings: its lowest and highest values, and a label per point (both ends required,
 * the points between optional). Used by scale questions and by scale columns of tables.
 */
import { MAX_SCALE_POINTS } from '../../../questionnaires/contracts/schemas.ts';
import { scaleRange, type Points } from './draft.ts';
import { names, labels } from './fields.ts';
import { Group, TextInput } from './controls.tsx';

export interface ScaleValue {
  min: string;
  max: string;
  points: Points;
}

export function ScaleEditor({
  owner,
  where,
  minName,
  maxName,
  minLabel,
  maxLabel,
  value,
  onChange,
}: {
  /** Name prefix of the points' fields (the question's or the column's name). */
  owner: string;
  /** « question 3 » or « colonne 2, question 3 ». */
  where: string;
  minName: string;
  maxName: string;
  minLabel: string;
  maxLabel: string;
  value: ScaleValue;
  onChange: (value: ScaleValue) => void;
}) {
  const range = scaleRange(value.min, value.max);
  const values = range ? Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i) : [];
  return (
    <>
      <div className="inline-fields">
        <TextInput
          name={minName}
          label={minLabel}
          short="Valeur minimale"
          numeric
          value={value.min}
          onChange={(min) => onChange({ ...value, min })}
        />
        <TextInput
          name={maxName}
          label={maxLabel}
          short="Valeur maximale"
          numeric
          value={value.max}
          onChange={(max) => onChange({ ...value, max })}
        />
      </div>
      <Group
        name={names.points(owner)}
        legend={labels.points(where)}
        short="Libellés des points de l’échelle"
        hint={
          range
            ? 'Les deux extrémités doivent être libellées ; les points intermédiaires peuvent rester sans libellé.'
            : undefined
        }
      >
        {range ? (
          <ul className="points">
            {values.map((v) => {
              const full = labels.point(v, where);
              const end = v === range.min || v === range.max;
              return (
                <li key={v}>
                  <TextInput
                    name={names.point(owner, v)}
                    label={full}
                    short={`Libellé du point ${v}`}
                    optional={!end}
                    value={value.points[String(v)] ?? ''}
                    onChange={(label) => onChange({ ...value, points: { ...value.points, [String(v)]: label } })}
                  />
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="hint">
            Indiquez deux nombres entiers, le minimum plus petit que le maximum et {MAX_SCALE_POINTS} points au plus :
            les points à libeller s’afficheront ici.
          </p>
        )}
      </Group>
    </>
  );
}
