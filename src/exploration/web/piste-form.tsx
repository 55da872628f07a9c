/**
 * Adding or changing a piste, opened on demand: its kind and job (or free words), the desire from
 * 1 to 5 with its why, the five criteria of feasibility with an assessment and a note (the
 * constraints with the reminder not to write any health detail), favourable and unfavourable
 * factors, and the status (the reason is required for « écartée »). Saved as one types
 * (portfolio/web/autosave.tsx), kept in this browser until the server has it.
 */

import { explorationEndpoints } from '../contracts/endpoints.ts';
import {
  ASSESSMENT_LABELS,
  CRITERION_LABELS,
  PISTE_KIND_LABELS,
  PISTE_STATUS_LABELS,
  PisteSchema,
  type PisteInput,
  type PisteView,
} from '../contracts/schemas.ts';
import { ASSESSMENTS, CRITERIA, PISTE_STATUSES, type Assessment, type Criterion } from '../domain/model.ts';
import { call } from '../../ui/api.ts';
import { TextArea, TextField } from '../../ui/Form.tsx';
import { ItemEditor, itemFieldName } from '../../portfolio/web/autosave.tsx';
import { AppellationField } from '../../portfolio/web/rome-fields.tsx';
import { useExploration, useExplorationAutosave } from './context.ts';
import { DESIRE_WORDS, EMPTY_PISTE, pisteBody, pisteForm, type PisteForm } from './forms.ts';
import { RadioGroup } from './radio-group.tsx';

const LABELS: Partial<Record<keyof PisteForm, string>> = {
  kind: 'Type de piste',
  appellationCode: 'Métier dans le répertoire des métiers',
  title: 'Intitulé',
  description: 'Description',
  desire: 'Envie',
  desireWhy: 'Pourquoi cette envie',
  criteria: 'Critères de faisabilité',
  favourableFactors: 'Facteurs favorables',
  unfavourableFactors: 'Facteurs défavorables',
  status: 'Statut',
  statusReason: 'Raison',
};

function shown(key: keyof PisteForm, form: PisteForm): string {
  if (key === 'kind') return form.kind ? PISTE_KIND_LABELS[form.kind] : '';
  if (key === 'appellationCode') return form.appellationLabel;
  if (key === 'status') return PISTE_STATUS_LABELS[form.status];
  if (key === 'desire') return form.desire ? `${DESIRE_WORDS[Number(form.desire)] ?? ''} (${form.desire} sur 5)` : '';
  if (key === 'criteria')
    return CRITERIA.map((c) => {
      const { assessment, note } = form.criteria[c];
      if (!assessment && !note) return '';
      return `${CRITERION_LABELS[c]} : ${assessment ? ASSESSMENT_LABELS[assessment].toLowerCase() : 'non évalué'}${note ? ` (${note})` : ''}`;
    })
      .filter(Boolean)
      .join(' ; ');
  const value = form[key];
  return typeof value === 'string' ? value : '';
}

const MANUAL_KINDS = ['appellation', 'free_project', 'business_creation'] as const;
const ASSESSMENT_OPTIONS = [
  ...ASSESSMENTS.map((a) => ({ value: a as Assessment | 'none', label: ASSESSMENT_LABELS[a] })),
  { value: 'none' as const, label: 'Pas encore évalué' },
];

export function PisteEditor({
  id,
  view,
  initial,
  onClose,
}: {
  id: string;
  /** The saved piste; null for a new one. */
  view: PisteView | null;
  /** A new piste's first values (from a suggestion or a job sheet). */
  initial?: PisteForm;
  onClose: (savedId: string | null) => void;
}) {
  const { bilanId, viewer, exploration } = useExploration();
  const save = useExplorationAutosave<PisteForm, PisteView>({
    kind: 'piste',
    id,
    view,
    initial: initial ?? EMPTY_PISTE,
    toBody: (form, revision) => pisteBody(id, revision, form),
    schema: PisteSchema,
    save: async (body) =>
      (await call(explorationEndpoints.savePiste, { params: { id: bilanId }, body: body as PisteInput })).piste,
    fromView: pisteForm,
  });
  const { form, update, fields, isNew } = save;
  const n = itemFieldName('piste', id);
  const setCriterion = (c: Criterion, patch: Partial<PisteForm['criteria'][Criterion]>) =>
    update({ criteria: { ...form.criteria, [c]: { ...form.criteria[c], ...patch } } });
  const fromRome = form.kind === 'rome_fiche' || form.kind === 'appellation';
  return (
    <ItemEditor
      kind="piste"
      id={id}
      headingLevel={3}
      title={isNew ? 'Nouvelle piste' : `Modifier la piste « ${view?.title ?? form.title} »`}
      save={save}
      isNew={isNew}
      onClose={onClose}
      labels={LABELS}
      note="Ce que vous écrivez est enregistré au fur et à mesure, et gardé sur cet appareil en attendant."
      discardLabel="Abandonner cette piste"
      toForm={pisteForm}
      show={shown}
    >
      {isNew && form.origin === 'manual' ? (
        <RadioGroup
          name={n('kind')}
          legend="Type de piste"
          error={fields['kind']}
          options={MANUAL_KINDS.map((kind) => ({ value: kind, label: PISTE_KIND_LABELS[kind] }))}
          value={form.kind === 'rome_fiche' ? '' : form.kind}
          onChange={(kind) => update({ kind })}
        />
      ) : (
        <p>
          <span className="muted">Type de piste : </span>
          {form.kind ? PISTE_KIND_LABELS[form.kind] : ''}
          {form.kind === 'rome_fiche' && form.ficheLabel ? ` — ${form.ficheLabel}` : ''}
        </p>
      )}
      {form.kind === 'appellation' ? (
        <AppellationField
          name={n('appellationCode')}
          value={form.appellationCode ? { code: form.appellationCode, label: form.appellationLabel } : null}
          error={fields['appellationCode']}
          onChange={(chosen) => update({ appellationCode: chosen?.code ?? '', appellationLabel: chosen?.label ?? '' })}
        />
      ) : null}
      <TextField
        name={n('title')}
        label="Intitulé"
        optional={fromRome}
        hint={
          fromRome
            ? 'Laissé vide, c’est l’intitulé du métier.'
            : 'En quelques mots, par exemple « Ouvrir une boulangerie bio » ou « Travailler dans l’humanitaire ».'
        }
        value={form.title}
        error={fields['title']}
        onChange={(title) => update({ title })}
      />
      <TextArea
        name={n('description')}
        label="Description"
        optional
        rows={3}
        value={form.description}
        error={fields['description']}
        onChange={(description) => update({ description })}
      />
      <RadioGroup
        name={n('desire')}
        legend={viewer === 'beneficiary' ? 'Mon envie pour cette piste' : 'Envie de la ou du bénéficiaire'}
        optional
        hint="De 1 (très peu) à 5 (passionnément)."
        error={fields['desire']}
        compact
        options={[1, 2, 3, 4, 5].map((level) => ({
          value: String(level),
          label: `${level}. ${DESIRE_WORDS[level]}`,
        }))}
        value={form.desire}
        onChange={(desire) => update({ desire })}
      />
      <TextArea
        name={n('desireWhy')}
        label="Pourquoi cette envie"
        optional
        rows={3}
        hint="Ce qui vous attire, ou ce qui vous retient."
        value={form.desireWhy}
        error={fields['desireWhy']}
        onChange={(desireWhy) => update({ desireWhy })}
      />
      <fieldset className="pistes-criteria">
        <legend>Critères de faisabilité</legend>
        <p className="hint">
          À remplir ensemble, au fil des recherches et des enquêtes : la faisabilité se calcule à partir de ces
          critères, de l’écart de compétences et des débriefings.
        </p>
        {fields['criteria'] ? <p className="field-error">{fields['criteria']}</p> : null}
        {CRITERIA.map((c) => (
          <div key={c} className="pistes-criterion">
            <RadioGroup
              name={n(`criterion-${c}`)}
              legend={CRITERION_LABELS[c]}
              compact
              options={ASSESSMENT_OPTIONS}
              value={form.criteria[c].assessment || 'none'}
              onChange={(value) => setCriterion(c, { assessment: value === 'none' ? '' : value })}
            />
            <TextArea
              name={n(`criterion-${c}-note`)}
              label={`Note : ${CRITERION_LABELS[c].toLowerCase()}`}
              optional
              rows={2}
              hint={c === 'constraints' ? exploration.constraintsReminder : undefined}
              value={form.criteria[c].note}
              onChange={(note) => setCriterion(c, { note })}
            />
          </div>
        ))}
      </fieldset>
      <TextArea
        name={n('favourableFactors')}
        label="Facteurs favorables"
        optional
        rows={3}
        value={form.favourableFactors}
        error={fields['favourableFactors']}
        onChange={(favourableFactors) => update({ favourableFactors })}
      />
      <TextArea
        name={n('unfavourableFactors')}
        label="Facteurs défavorables"
        optional
        rows={3}
        value={form.unfavourableFactors}
        error={fields['unfavourableFactors']}
        onChange={(unfavourableFactors) => update({ unfavourableFactors })}
      />
      <RadioGroup
        name={n('status')}
        legend="Statut"
        compact
        error={fields['status']}
        options={PISTE_STATUSES.map((status) => ({ value: status, label: PISTE_STATUS_LABELS[status] }))}
        value={form.status}
        onChange={(status) => update({ status })}
      />
      {form.status === 'ecartee' ? (
        <TextArea
          name={n('statusReason')}
          label="Pourquoi cette piste est écartée"
          rows={2}
          hint="Cela servira à la synthèse du bilan."
          value={form.statusReason}
          error={fields['statusReason']}
          onChange={(statusReason) => update({ statusReason })}
        />
      ) : null}
    </ItemEditor>
  );
}
