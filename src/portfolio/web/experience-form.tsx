/**
 * Adding or changing an experience, opened on demand: kind, title, the job chosen in the ROME
 * (or free words), period, employer or context, activities and achievements with the STAR prompts
 * as hints, liked and disliked, satisfaction in words. Saved as one types (autosave.tsx), kept in
 * this browser until the server has it.
 */
import { useState } from 'react';
import { portfolioEndpoints } from '../contracts/endpoints.ts';
import {
  EXPERIENCE_KIND_LABELS,
  ExperienceSchema,
  type ExperienceInput,
  type ExperienceView,
} from '../contracts/schemas.ts';
import { EXPERIENCE_KINDS } from '../domain/portfolio.ts';
import { call } from '../../ui/api.ts';
import { DateField, longFrenchDate } from '../../ui/DateField.tsx';
import { TextArea, TextField, fieldId } from '../../ui/Form.tsx';
import { ItemEditor, itemFieldName, useItemAutosave } from './autosave.tsx';
import { usePortfolio } from './context.ts';
import { EMPTY_EXPERIENCE, experienceBody, experienceForm, type ExperienceForm } from './item-forms.ts';
import { AppellationField } from './rome-fields.tsx';
import { SATISFACTION_WORDS } from './timeline.ts';

const LABELS: Partial<Record<keyof ExperienceForm, string>> = {
  kind: 'Type d’expérience',
  title: 'Intitulé',
  appellationCode: 'Métier dans le répertoire des métiers',
  employerOrContext: 'Employeur ou contexte',
  startedOn: 'Date de début',
  endedOn: 'Date de fin',
  activities: 'Activités',
  achievements: 'Réalisations',
  liked: 'Ce que j’ai aimé',
  disliked: 'Ce que j’ai moins aimé',
  satisfaction: 'Comment je l’ai vécue',
};

function shown(key: keyof ExperienceForm, form: ExperienceForm): string {
  if (key === 'kind') return form.kind ? EXPERIENCE_KIND_LABELS[form.kind] : '';
  if (key === 'appellationCode') return form.appellationLabel;
  if (key === 'startedOn' || key === 'endedOn') return longFrenchDate(form[key]) ?? '';
  if (key === 'satisfaction') return form.satisfaction ? (SATISFACTION_WORDS[Number(form.satisfaction)] ?? '') : '';
  return String(form[key]);
}

export function ExperienceEditor({
  id,
  view,
  onClose,
}: {
  id: string;
  /** The saved experience; null for a new one. */
  view: ExperienceView | null;
  /** Closed: saved (the item's id) or abandoned (null). */
  onClose: (savedId: string | null) => void;
}) {
  const { bilanId, editable, refresh } = usePortfolio();
  const [isNew, setIsNew] = useState(view === null);
  const save = useItemAutosave<ExperienceForm, ExperienceView>({
    bilanId,
    kind: 'experience',
    id,
    serverRevision: view?.revision ?? 0,
    initial: view ? experienceForm(view) : EMPTY_EXPERIENCE,
    toBody: (form, revision) => experienceBody(id, revision, form),
    schema: ExperienceSchema,
    save: async (body) =>
      (
        await call(portfolioEndpoints.saveExperience, {
          params: { id: bilanId },
          body: body as ExperienceInput,
        })
      ).experience,
    fromView: experienceForm,
    onSaved: () => {
      setIsNew(false);
      void refresh();
    },
    enabled: editable,
  });
  const { form, update, fields } = save;
  const n = itemFieldName('experience', id);
  return (
    <ItemEditor
      kind="experience"
      id={id}
      headingLevel={3}
      title={isNew ? 'Nouvelle expérience' : `Modifier « ${view?.title ?? form.title} »`}
      save={save}
      isNew={isNew}
      onClose={onClose}
      labels={LABELS}
      note="Ce que vous écrivez est enregistré au fur et à mesure, et gardé sur cet appareil en attendant."
      discardLabel="Abandonner cette expérience"
      toForm={experienceForm}
      show={shown}
    >
      <fieldset id={fieldId(n('kind'))} className={fields['kind'] ? 'field-invalid' : undefined}>
        <legend>Type d’expérience</legend>
        {fields['kind'] ? (
          <p className="field-error">
            <span className="visually-hidden">Erreur : </span>
            {fields['kind']}
          </p>
        ) : null}
        <div className="choices">
          {EXPERIENCE_KINDS.map((kind) => (
            <label key={kind} className="portfolio-choice">
              <input
                type="radio"
                name={n('kind')}
                value={kind}
                checked={form.kind === kind}
                onChange={() => update({ kind })}
              />
              {EXPERIENCE_KIND_LABELS[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        name={n('title')}
        label="Intitulé"
        optional={form.appellationCode !== ''}
        hint="Par exemple « Assistante de direction » ou « Trésorier d’une association ». Laissé vide, c’est l’intitulé du métier choisi ci-dessous."
        value={form.title}
        error={fields['title']}
        onChange={(title) => update({ title })}
      />
      <AppellationField
        name={n('appellationCode')}
        value={form.appellationCode ? { code: form.appellationCode, label: form.appellationLabel } : null}
        error={fields['appellationCode']}
        onChange={(chosen) => update({ appellationCode: chosen?.code ?? '', appellationLabel: chosen?.label ?? '' })}
      />
      <TextField
        name={n('employerOrContext')}
        label="Employeur ou contexte"
        optional
        hint="L’entreprise, l’association, l’école, ou ce qui se passait dans votre vie."
        value={form.employerOrContext}
        error={fields['employerOrContext']}
        onChange={(employerOrContext) => update({ employerOrContext })}
      />
      <div className="inline-fields">
        <DateField
          name={n('startedOn')}
          label="Date de début"
          hint="Le 1er du mois suffit si vous ne savez plus le jour."
          value={form.startedOn}
          error={fields['startedOn']}
          onChange={(startedOn) => update({ startedOn })}
        />
        <DateField
          name={n('endedOn')}
          label="Date de fin"
          optional
          hint="Laissez vide si l’expérience continue."
          value={form.endedOn}
          error={fields['endedOn']}
          onChange={(endedOn) => update({ endedOn })}
        />
      </div>
      <TextArea
        name={n('activities')}
        label="Activités"
        optional
        hint="Situation : dans quel contexte étiez-vous ? Tâche : qu’attendait-on de vous ?"
        value={form.activities}
        error={fields['activities']}
        onChange={(activities) => update({ activities })}
      />
      <TextArea
        name={n('achievements')}
        label="Réalisations"
        optional
        hint="Action : qu’avez-vous fait, concrètement ? Résultat : qu’est-ce que cela a donné, pour qui ?"
        value={form.achievements}
        error={fields['achievements']}
        onChange={(achievements) => update({ achievements })}
      />
      <TextArea
        name={n('liked')}
        label="Ce que j’ai aimé"
        optional
        rows={3}
        value={form.liked}
        error={fields['liked']}
        onChange={(liked) => update({ liked })}
      />
      <TextArea
        name={n('disliked')}
        label="Ce que j’ai moins aimé"
        optional
        rows={3}
        value={form.disliked}
        error={fields['disliked']}
        onChange={(disliked) => update({ disliked })}
      />
      <fieldset id={fieldId(n('satisfaction'))}>
        <legend>
          Comment je l’ai vécue <span className="optional">(facultatif)</span>
        </legend>
        <p className="hint">Ce ressenti dessine les hauts et les bas de votre parcours.</p>
        {fields['satisfaction'] ? (
          <p className="field-error">
            <span className="visually-hidden">Erreur : </span>
            {fields['satisfaction']}
          </p>
        ) : null}
        <div className="choices">
          {[1, 2, 3, 4, 5].map((level) => (
            <label key={level} className="portfolio-choice">
              <input
                type="radio"
                name={n('satisfaction')}
                value={level}
                checked={form.satisfaction === String(level)}
                onChange={() => update({ satisfaction: String(level) })}
              />
              {SATISFACTION_WORDS[level]}
            </label>
          ))}
          <label className="portfolio-choice">
            <input
              type="radio"
              name={n('satisfaction')}
              value=""
              checked={form.satisfaction === ''}
              onChange={() => update({ satisfaction: '' })}
            />
            Je préfère ne pas le dire
          </label>
        </div>
      </fieldset>
    </ItemEditor>
  );
}
