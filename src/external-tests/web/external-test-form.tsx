/**
 * The consultant's form for a result of a licensed external test: test, publisher, date, code,
 * score rows added and removed with buttons (focus follows), a comment, and the publisher's PDF.
 * The result and the file go in one multipart request, so a refused file saves nothing.
 */
import { useEffect, useRef, useState } from 'react';
import {
  ExternalTestSchema,
  MAX_REPORT_BYTES,
  MAX_SCORES,
  REPORT_HINT,
  REPORT_PART,
  REPORT_PROBLEM_MESSAGES,
  RESULT_PART,
  UpdateExternalTestSchema,
  formatFileSize,
  type ExternalTestView,
} from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { externalTestEndpoints } from '../contracts/endpoints.ts';
import { CheckboxField, FileField, Form, TextArea, TextField, fieldId, useSubmit } from '../../ui/Form.tsx';
import { DateField } from '../../ui/DateField.tsx';

interface ScoreRow {
  key: number;
  label: string;
  value: string;
  unit: string;
}

const LABELS: Record<string, string> = {
  testName: 'Nom du test',
  publisher: 'Éditeur du test',
  takenOn: 'Date de passation',
  code: 'Code ou profil',
  scores: 'Scores',
  consultantComment: 'Commentaire',
  report: 'Rapport PDF de l’éditeur',
};

const rowLabels = (count: number) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      [`scores.${i}.label`, `Score ${i + 1}, intitulé`],
      [`scores.${i}.value`, `Score ${i + 1}, valeur`],
      [`scores.${i}.unit`, `Score ${i + 1}, unité`],
    ]).flat(),
  );

const blank = (r: ScoreRow) => !r.label.trim() && !r.value.trim() && !r.unit.trim();

function ScoreRows({
  rows,
  setRows,
  errors,
}: {
  rows: ScoreRow[];
  setRows: (update: (rows: ScoreRow[]) => ScoreRow[]) => void;
  errors: Record<string, string>;
}) {
  const nextKey = useRef(rows.reduce((max, r) => Math.max(max, r.key), 0) + 1);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (focusTarget) {
      document.getElementById(focusTarget)?.focus();
      setFocusTarget(null);
    }
  }, [focusTarget]);
  const add = () => {
    const index = rows.length;
    setRows((current) => [...current, { key: nextKey.current++, label: '', value: '', unit: '' }]);
    setFocusTarget(fieldId(`scores.${index}.label`));
  };
  const remove = (index: number) => {
    setRows((current) => current.filter((_, i) => i !== index));
    // Focus stays in the list: the row that takes this place, else the one before, else "Ajouter".
    const remaining = rows.length - 1;
    setFocusTarget(remaining === 0 ? fieldId('scores') : fieldId(`scores.${Math.min(index, remaining - 1)}.label`));
  };
  const set = (index: number, name: 'label' | 'value' | 'unit', value: string) =>
    setRows((current) => current.map((r, i) => (i === index ? { ...r, [name]: value } : r)));
  const scoresError = errors.scores;
  return (
    <fieldset className="score-fieldset">
      <legend>Scores</legend>
      <p className="hint" id="aide-scores">
        Recopiez les scores du rapport : intitulé, valeur (par exemple 12,5) et unité si besoin. Indiquez au moins un
        score ou un code ; s’il n’y a qu’un code, laissez la ligne vide.
      </p>
      {scoresError ? (
        <p className="field-error" id={`${fieldId('scores')}-erreur`}>
          <span className="visually-hidden">Erreur : </span>
          {scoresError}
        </p>
      ) : null}
      {rows.map((row, i) => (
        <div key={row.key} className="score-row" role="group" aria-label={`Score ${i + 1}`}>
          {(['label', 'value', 'unit'] as const).map((name) => {
            const fieldName = `scores.${i}.${name}`;
            const error = errors[fieldName];
            const id = fieldId(fieldName);
            return (
              <div key={name} className={`field score-${name}${error ? ' field-invalid' : ''}`}>
                <label htmlFor={id}>
                  {{ label: 'Intitulé', value: 'Valeur', unit: 'Unité' }[name]}
                  <span className="visually-hidden"> du score {i + 1}</span>
                  {name === 'unit' ? <span className="optional"> (facultatif)</span> : null}
                </label>
                {error ? (
                  <p className="field-error" id={`${id}-erreur`}>
                    <span className="visually-hidden">Erreur : </span>
                    {error}
                  </p>
                ) : null}
                <input
                  id={id}
                  type="text"
                  inputMode={name === 'value' ? 'decimal' : undefined}
                  value={row[name]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-erreur` : undefined}
                  onChange={(event) => set(i, name, event.target.value)}
                />
              </div>
            );
          })}
          <button type="button" className="button secondary small score-remove" onClick={() => remove(i)}>
            Retirer<span className="visually-hidden"> le score {i + 1}</span>
          </button>
        </div>
      ))}
      {rows.length < MAX_SCORES ? (
        <button
          type="button"
          id={fieldId('scores')}
          className="button secondary"
          aria-describedby={scoresError ? `${fieldId('scores')}-erreur` : undefined}
          onClick={add}
        >
          Ajouter un score
        </button>
      ) : (
        <p id={fieldId('scores')} tabIndex={-1}>
          {MAX_SCORES} scores au plus.
        </p>
      )}
    </fieldset>
  );
}

function initialRows(existing: ExternalTestView | undefined): ScoreRow[] {
  if (!existing || existing.scores.length === 0) return [{ key: 0, label: '', value: '', unit: '' }];
  return existing.scores.map((s, i) => ({
    key: i,
    label: s.label,
    value: String(s.value).replace('.', ','),
    unit: s.unit ?? '',
  }));
}

export function ExternalTestForm({
  bilanId,
  existing,
  onDone,
  submitLabel,
}: {
  bilanId: string;
  existing?: ExternalTestView;
  onDone: (message: string) => void;
  submitLabel: string;
}) {
  const [values, setValues] = useState({
    testName: existing?.testName ?? '',
    publisher: existing?.publisher ?? '',
    takenOn: existing?.takenOn ?? '',
    code: existing?.code ?? '',
    consultantComment: existing?.consultantComment ?? '',
  });
  const [rows, setRows] = useState<ScoreRow[]>(() => initialRows(existing));
  const [file, setFile] = useState<File | null>(null);
  const [removeReport, setRemoveReport] = useState(false);
  const schema = existing ? UpdateExternalTestSchema : ExternalTestSchema;
  const { errors, setErrors, pending, submit } = useSubmit(
    schema,
    async (data): Promise<void> => {
      const form = new FormData();
      form.append(RESULT_PART, JSON.stringify(data));
      if (file) form.append(REPORT_PART, file, file.name);
      if (existing) await call(externalTestEndpoints.update, { params: { id: existing.id }, form });
      else await call(externalTestEndpoints.record, { params: { id: bilanId }, form });
    },
    () => {
      const attached = file ? ' avec le rapport de l’éditeur' : '';
      onDone(
        existing
          ? `Le résultat « ${values.testName.trim()} » est modifié${attached}.`
          : `Le résultat « ${values.testName.trim()} » est enregistré${attached} : la ou le bénéficiaire le voit sur son espace.`,
      );
    },
  );
  const onSubmit = () => {
    // A file over 10 MB is refused here, before sending it (the server refuses it too).
    if (file && file.size > MAX_REPORT_BYTES) {
      setErrors({
        message: 'Certaines informations sont à corriger.',
        fields: { report: REPORT_PROBLEM_MESSAGES.too_large },
      });
      return;
    }
    // Only empty lines: no score (a code alone is enough).
    const scores = rows.every(blank) ? [] : rows.map(({ label, value, unit }) => ({ label, value, unit }));
    void submit({ ...values, scores, ...(existing ? { removeReport } : {}) });
  };
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const e = errors?.fields ?? {};
  return (
    <Form
      onSubmit={onSubmit}
      errors={errors}
      labels={{ ...LABELS, ...rowLabels(rows.length) }}
      submitLabel={submitLabel}
      pending={pending}
    >
      <TextField
        name="testName"
        label={LABELS.testName!}
        value={values.testName}
        onChange={set('testName')}
        error={e.testName}
        hint="Tel que l’éditeur le nomme, par exemple « Inventaire d’intérêts »."
      />
      <TextField
        name="publisher"
        label={LABELS.publisher!}
        value={values.publisher}
        onChange={set('publisher')}
        error={e.publisher}
      />
      <DateField
        name="takenOn"
        label={LABELS.takenOn!}
        value={values.takenOn}
        onChange={set('takenOn')}
        error={e.takenOn}
      />
      <TextField
        name="code"
        label={LABELS.code!}
        value={values.code}
        onChange={set('code')}
        error={e.code}
        optional
        hint="Si l’éditeur en donne un, par exemple un code à trois lettres."
      />
      <ScoreRows rows={rows} setRows={setRows} errors={e} />
      <TextArea
        name="consultantComment"
        label={LABELS.consultantComment!}
        value={values.consultantComment}
        onChange={set('consultantComment')}
        error={e.consultantComment}
        optional
        hint="La ou le bénéficiaire le lit avec ses résultats."
      />
      {existing?.report ? (
        <p>
          Rapport joint : {existing.report.fileName} (PDF, {formatFileSize(existing.report.size)}).
        </p>
      ) : null}
      <FileField
        name="report"
        label={existing?.report ? 'Remplacer le rapport PDF de l’éditeur' : LABELS.report!}
        hint={REPORT_HINT}
        error={e.report}
        optional
        accept="application/pdf,.pdf"
        onChange={setFile}
      />
      {existing?.report && !file ? (
        <CheckboxField
          name="removeReport"
          label="Retirer le rapport joint sans le remplacer"
          checked={removeReport}
          onChange={setRemoveReport}
        />
      ) : null}
    </Form>
  );
}
