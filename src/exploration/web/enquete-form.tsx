/**
 * Preparing and recording an enquête métier: an interview with a professional (the contact with
 * the least data needed, the planned day, the guide built from the fiche with editable questions
 * and notes per question), an immersion (PMSMP: place and dates) or an information source (title,
 * web address); and what was learnt. Saved as one types, kept in this browser until the server
 * has it.
 */
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { explorationEndpoints } from '../contracts/endpoints.ts';
import {
  ENQUETE_KIND_LABELS,
  EnqueteSchema,
  type EnqueteInput,
  type EnqueteView,
  type PisteView,
} from '../contracts/schemas.ts';
import { ENQUETE_KINDS } from '../domain/model.ts';
import { call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { DateField, longFrenchDate } from '../../ui/DateField.tsx';
import { TextArea, TextField } from '../../ui/Form.tsx';
import { ItemEditor, itemFieldName } from '../../portfolio/web/autosave.tsx';
import { RomeCredit } from '../../portfolio/web/rome-fields.tsx';
import { useExploration, useExplorationAutosave } from './context.ts';
import { EMPTY_ENQUETE, enqueteBody, enqueteForm, freeQuestionId, questionsForm, type EnqueteForm } from './forms.ts';
import { explorationKeys } from './query-keys.ts';
import { RadioGroup } from './radio-group.tsx';

const LABELS: Partial<Record<keyof EnqueteForm, string>> = {
  kind: 'Type d’enquête',
  contactName: 'Nom de la personne',
  contactRole: 'Fonction',
  contactOrganisation: 'Entreprise ou organisation',
  contactEmail: 'Adresse e-mail',
  contactPhone: 'Téléphone',
  plannedOn: 'Date de l’entretien',
  place: 'Lieu de l’immersion',
  startedOn: 'Date de début',
  endedOn: 'Date de fin',
  sourceTitle: 'Source consultée',
  sourceUrl: 'Adresse web',
  questions: 'Guide d’entretien',
  learnt: 'Ce que j’ai appris',
};

function shown(key: keyof EnqueteForm, form: EnqueteForm): string {
  if (key === 'kind') return form.kind ? ENQUETE_KIND_LABELS[form.kind] : '';
  if (key === 'plannedOn' || key === 'startedOn' || key === 'endedOn') return longFrenchDate(form[key]) ?? '';
  if (key === 'questions') return form.questions.map((q) => `${q.text}${q.notes ? ` — ${q.notes}` : ''}`).join(' ; ');
  return form[key];
}

/** The guide's questions, each editable, with its notes; questions are removed and added. */
function GuideQuestions({
  n,
  questions,
  onChange,
}: {
  n: (field: string) => string;
  questions: EnqueteForm['questions'];
  onChange: (questions: EnqueteForm['questions']) => void;
}) {
  const set = (index: number, patch: Partial<EnqueteForm['questions'][number]>) =>
    onChange(questions.map((q, i) => (i === index ? { ...q, ...patch } : q)));
  return (
    <fieldset className="pistes-guide">
      <legend>Guide d’entretien</legend>
      <p className="hint">
        Les questions viennent de la fiche du métier : modifiez-les, retirez celles qui ne vous servent pas, ajoutez les
        vôtres. Pendant l’entretien, notez les réponses sous chaque question.
      </p>
      <ol>
        {questions.map((question, index) => (
          <li key={question.id} className="pistes-question">
            <TextArea
              name={n(`question-${question.id}`)}
              label={`Question ${index + 1}`}
              rows={Math.min(8, Math.ceil(question.text.length / 40) + 1)}
              value={question.text}
              onChange={(text) => set(index, { text })}
            />
            <TextArea
              name={n(`notes-${question.id}`)}
              label={`Notes, question ${index + 1}`}
              optional
              rows={2}
              value={question.notes}
              onChange={(notes) => set(index, { notes })}
            />
            <Button size="small" variant="quiet" onPress={() => onChange(questions.filter((_, i) => i !== index))}>
              Retirer la question {index + 1}
            </Button>
          </li>
        ))}
      </ol>
      <Button
        size="small"
        icon={Plus}
        onPress={() => onChange([...questions, { id: freeQuestionId(), topic: 'libre', text: '', notes: '' }])}
      >
        Ajouter une question
      </Button>
    </fieldset>
  );
}

export function EnqueteEditor({
  piste,
  id,
  view,
  onClose,
}: {
  piste: PisteView;
  id: string;
  view: EnqueteView | null;
  onClose: (savedId: string | null) => void;
}) {
  const { bilanId } = useExploration();
  const save = useExplorationAutosave<EnqueteForm, EnqueteView>({
    kind: 'enquete',
    id,
    view,
    initial: EMPTY_ENQUETE,
    toBody: (form, revision) => enqueteBody(id, revision, piste.id, form),
    parentId: piste.id,
    schema: EnqueteSchema,
    save: async (body) =>
      (await call(explorationEndpoints.saveEnquete, { params: { id: bilanId }, body: body as EnqueteInput })).enquete,
    fromView: enqueteForm,
  });
  const { form, update, fields, isNew } = save;
  const n = itemFieldName('enquete', id);
  // A new interview starts from the guide the fiche suggests, shown before anything is saved.
  const wantsGuide = isNew && form.kind === 'interview' && form.questions.length === 0;
  const guide = useQuery({
    queryKey: explorationKeys.guide(bilanId, piste.id),
    queryFn: () => call(explorationEndpoints.guide, { params: { id: bilanId, itemId: piste.id } }),
    enabled: wantsGuide,
  });
  useEffect(() => {
    if (wantsGuide && guide.data && guide.data.questions.length > 0)
      update({ questions: questionsForm(guide.data.questions) });
  }, [wantsGuide, guide.data]);
  return (
    <ItemEditor
      kind="enquete"
      id={id}
      headingLevel={4}
      title={isNew ? 'Nouvelle enquête' : `Modifier l’enquête « ${enqueteTitle(view ?? form)} »`}
      save={save}
      isNew={isNew}
      onClose={onClose}
      labels={LABELS}
      note="Enregistré au fur et à mesure, et gardé sur cet appareil en attendant. Les coordonnées des personnes rencontrées sont effacées avec le bilan."
      discardLabel="Abandonner cette enquête"
      toForm={enqueteForm}
      show={shown}
    >
      <RadioGroup
        name={n('kind')}
        legend="Type d’enquête"
        error={fields['kind']}
        options={ENQUETE_KINDS.map((kind) => ({ value: kind, label: ENQUETE_KIND_LABELS[kind] }))}
        value={form.kind}
        onChange={(kind) => update({ kind })}
      />
      {form.kind === 'interview' || form.kind === 'immersion' ? (
        <div className="inline-fields">
          <TextField
            name={n('contactName')}
            label={form.kind === 'interview' ? 'Nom de la personne' : 'Tuteur ou tutrice'}
            optional={form.kind !== 'interview'}
            hint="Un prénom suffit."
            value={form.contactName}
            error={fields['contactName']}
            onChange={(contactName) => update({ contactName })}
          />
          <TextField
            name={n('contactRole')}
            label="Fonction"
            optional
            value={form.contactRole}
            error={fields['contactRole']}
            onChange={(contactRole) => update({ contactRole })}
          />
          <TextField
            name={n('contactOrganisation')}
            label="Entreprise ou organisation"
            optional
            value={form.contactOrganisation}
            error={fields['contactOrganisation']}
            onChange={(contactOrganisation) => update({ contactOrganisation })}
          />
        </div>
      ) : null}
      {form.kind === 'interview' ? (
        <>
          <details className="pistes-contact-more">
            <summary>Coordonnées (facultatives)</summary>
            <p className="hint">
              Sillage n’écrit pas à cette personne. Si vous notez ses coordonnées, dites-lui qu’elles servent seulement
              à votre bilan et qu’elles seront détruites avec son contenu, à la fin du bilan.
            </p>
            <div className="inline-fields">
              <TextField
                name={n('contactEmail')}
                label="Adresse e-mail"
                type="email"
                optional
                value={form.contactEmail}
                error={fields['contactEmail']}
                onChange={(contactEmail) => update({ contactEmail })}
              />
              <TextField
                name={n('contactPhone')}
                label="Téléphone"
                optional
                value={form.contactPhone}
                error={fields['contactPhone']}
                onChange={(contactPhone) => update({ contactPhone })}
              />
            </div>
          </details>
          <DateField
            name={n('plannedOn')}
            label="Date de l’entretien"
            optional
            value={form.plannedOn}
            error={fields['plannedOn']}
            onChange={(plannedOn) => update({ plannedOn })}
          />
          {form.questions.length === 0 && guide.isFetching ? (
            <p className="muted">Préparation du guide d’entretien…</p>
          ) : (
            <GuideQuestions n={n} questions={form.questions} onChange={(questions) => update({ questions })} />
          )}
          {piste.fiche ? <RomeCredit /> : null}
        </>
      ) : null}
      {form.kind === 'immersion' ? (
        <>
          <TextField
            name={n('place')}
            label="Lieu de l’immersion"
            hint="L’entreprise ou la structure, et la ville."
            value={form.place}
            error={fields['place']}
            onChange={(place) => update({ place })}
          />
          <div className="inline-fields">
            <DateField
              name={n('startedOn')}
              label="Date de début"
              optional
              value={form.startedOn}
              error={fields['startedOn']}
              onChange={(startedOn) => update({ startedOn })}
            />
            <DateField
              name={n('endedOn')}
              label="Date de fin"
              optional
              value={form.endedOn}
              error={fields['endedOn']}
              onChange={(endedOn) => update({ endedOn })}
            />
          </div>
        </>
      ) : null}
      {form.kind === 'source' ? (
        <>
          <TextField
            name={n('sourceTitle')}
            label="Source consultée"
            hint="Un site, une fiche, un salon, un reportage…"
            value={form.sourceTitle}
            error={fields['sourceTitle']}
            onChange={(sourceTitle) => update({ sourceTitle })}
          />
          <TextField
            name={n('sourceUrl')}
            label="Adresse web"
            type="url"
            optional
            value={form.sourceUrl}
            error={fields['sourceUrl']}
            onChange={(sourceUrl) => update({ sourceUrl })}
          />
        </>
      ) : null}
      {form.kind ? (
        <TextArea
          name={n('learnt')}
          label="Ce que j’ai appris"
          optional
          rows={3}
          value={form.learnt}
          error={fields['learnt']}
          onChange={(learnt) => update({ learnt })}
        />
      ) : null}
    </ItemEditor>
  );
}

/** How an enquête is named in lists and headings. */
export function enqueteTitle(e: {
  kind: EnqueteForm['kind'];
  contactName: string | null;
  place: string | null;
  sourceTitle: string | null;
}): string {
  if (e.kind === 'interview') return `Entretien avec ${e.contactName || 'un·e professionnel·le'}`;
  if (e.kind === 'immersion') return `Immersion${e.place ? ` : ${e.place}` : ''}`;
  if (e.kind === 'source') return e.sourceTitle || 'Source d’information';
  return 'Enquête';
}
