/**
 * Adding or changing a competence, opened on demand: its kind, its words (or a ROME item found by
 * search), its level on the four steps with their behavioural anchors, whether the person wants
 * to use it again, whether it transfers, the experiences that prove it and its domain. Saved as
 * one types (autosave.tsx), kept in this browser until the server has it.
 */
import { useState } from 'react';
import { portfolioEndpoints } from '../contracts/endpoints.ts';
import {
  COMPETENCE_KIND_LABELS,
  CompetenceSchema,
  LEVEL_ANCHORS,
  type CompetenceInput,
  type CompetenceView,
} from '../contracts/schemas.ts';
import { COMPETENCE_KINDS } from '../domain/portfolio.ts';
import { call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { CheckboxField, SelectField, TextField, fieldId } from '../../ui/Form.tsx';
import { ItemEditor, itemFieldName, useItemAutosave } from './autosave.tsx';
import { usePortfolio } from './context.ts';
import { EMPTY_COMPETENCE, competenceBody, competenceForm, type CompetenceForm } from './item-forms.ts';
import { RomeCredit, SkillField } from './rome-fields.tsx';

const LABELS: Partial<Record<keyof CompetenceForm, string>> = {
  kind: 'Type de compétence',
  label: 'La compétence',
  codeOgr: 'Lien avec le répertoire des métiers',
  level: 'Niveau',
  wantsToUse: 'Je veux la mobiliser à nouveau',
  transferable: 'Transférable',
  domainId: 'Domaine',
  experienceIds: 'Expériences qui la prouvent',
};

export function CompetenceEditor({
  id,
  view,
  headingLevel,
  onClose,
}: {
  id: string;
  view: CompetenceView | null;
  /** 3 at the head of the section (a competence being added), 4 within a domain's group. */
  headingLevel: 3 | 4;
  onClose: (savedId: string | null) => void;
}) {
  const { bilanId, editable, refresh, portfolio } = usePortfolio();
  const [isNew, setIsNew] = useState(view === null);
  // The link with the ROME is chosen (or taken back) while the competence is being added, which
  // lasts past its first save (a second after the choice): not only until that save.
  const adding = view === null;
  const save = useItemAutosave<CompetenceForm, CompetenceView>({
    bilanId,
    kind: 'competence',
    id,
    serverRevision: view?.revision ?? 0,
    initial: view ? competenceForm(view) : EMPTY_COMPETENCE,
    toBody: (form, revision) => competenceBody(id, revision, form),
    schema: CompetenceSchema,
    save: async (body) =>
      (await call(portfolioEndpoints.saveCompetence, { params: { id: bilanId }, body: body as CompetenceInput }))
        .competence,
    fromView: competenceForm,
    onSaved: () => {
      setIsNew(false);
      void refresh();
    },
    enabled: editable,
  });
  const { form, update, fields } = save;
  const experienceTitle = (eid: string) => portfolio.experiences.find((e) => e.id === eid)?.title ?? '';
  const domainLabel = (did: string) => portfolio.domains.find((d) => d.id === did)?.label ?? 'Sans domaine';
  const show = (key: keyof CompetenceForm, f: CompetenceForm): string => {
    if (key === 'kind') return f.kind ? COMPETENCE_KIND_LABELS[f.kind] : '';
    if (key === 'codeOgr') return f.romeLabel;
    if (key === 'level') return f.level ? (LEVEL_ANCHORS[Number(f.level) - 1]?.label ?? '') : '';
    if (key === 'wantsToUse') return f.wantsToUse === 'oui' ? 'Oui' : f.wantsToUse === 'non' ? 'Non' : '';
    if (key === 'transferable') return f.transferable ? 'Oui' : 'Non';
    if (key === 'domainId') return domainLabel(f.domainId);
    if (key === 'experienceIds') return f.experienceIds.map(experienceTitle).join(', ');
    return String(f[key]);
  };
  const n = itemFieldName('competence', id);
  return (
    <ItemEditor
      kind="competence"
      id={id}
      headingLevel={headingLevel}
      title={isNew ? 'Nouvelle compétence' : `Modifier « ${view?.label ?? form.label} »`}
      save={save}
      isNew={isNew}
      onClose={onClose}
      labels={LABELS}
      note="Ce que vous choisissez est enregistré au fur et à mesure, et gardé sur cet appareil en attendant."
      discardLabel="Abandonner cette compétence"
      toForm={competenceForm}
      show={show}
    >
      <TextField
        name={n('label')}
        label="La compétence, avec vos mots"
        optional={form.codeOgr !== ''}
        hint="Par exemple « Accueillir et renseigner le public » ou « Gérer un budget »."
        value={form.label}
        error={fields['label']}
        onChange={(label) => update({ label })}
      />
      {form.codeOgr ? (
        <div className="field" id={fieldId(n('codeOgr'))}>
          <p className="field-label">Dans le répertoire des métiers (ROME)</p>
          <p className="portfolio-chosen">
            <span>{form.romeLabel || 'Élément qui ne figure plus dans le répertoire'}</span>
            {adding ? (
              <Button size="small" variant="quiet" onPress={() => update({ codeOgr: '', romeLabel: '' })}>
                Retirer le lien avec le répertoire
              </Button>
            ) : null}
          </p>
          <RomeCredit />
        </div>
      ) : adding ? (
        <SkillField
          name={n('codeOgr')}
          label="Ou cherchez-la dans le répertoire des métiers (ROME)"
          hint="Tapez quelques mots, puis choisissez avec les flèches et Entrée : ses mots seront repris."
          onChoose={(hit) =>
            update({
              codeOgr: hit.codeOgr,
              romeLabel: hit.label,
              label: form.label || hit.label,
              kind: form.kind || (hit.kind === 'savoir' ? 'savoir' : 'savoir_faire'),
            })
          }
        />
      ) : null}
      <fieldset id={fieldId(n('kind'))} className={fields['kind'] ? 'field-invalid' : undefined}>
        <legend>Type de compétence</legend>
        <p className="hint">Savoir : « je sais… » ; savoir-faire : « je sais faire… » ; savoir-être : « je suis… ».</p>
        {fields['kind'] ? (
          <p className="field-error">
            <span className="visually-hidden">Erreur : </span>
            {fields['kind']}
          </p>
        ) : null}
        <div className="choices">
          {COMPETENCE_KINDS.map((kind) => (
            <label key={kind} className="portfolio-choice">
              <input type="radio" name={n('kind')} checked={form.kind === kind} onChange={() => update({ kind })} />
              {COMPETENCE_KIND_LABELS[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset id={fieldId(n('level'))}>
        <legend>
          Niveau <span className="optional">(facultatif)</span>
        </legend>
        <p className="hint">Choisissez l’étape qui décrit ce que vous faites réellement.</p>
        <div className="choices portfolio-levels">
          {LEVEL_ANCHORS.map((step) => (
            <label key={step.level} className="portfolio-choice portfolio-level">
              <input
                type="radio"
                name={n('level')}
                checked={form.level === String(step.level)}
                onChange={() => update({ level: String(step.level) })}
              />
              <span>
                <strong>
                  {step.level}. {step.label}
                </strong>
                <span className="portfolio-anchor"> — {step.anchor}</span>
              </span>
            </label>
          ))}
          <label className="portfolio-choice">
            <input type="radio" name={n('level')} checked={form.level === ''} onChange={() => update({ level: '' })} />
            Pas encore évalué
          </label>
        </div>
      </fieldset>
      <fieldset id={fieldId(n('wantsToUse'))}>
        <legend>
          Je veux la mobiliser à nouveau <span className="optional">(facultatif)</span>
        </legend>
        <div className="choices portfolio-inline-choices">
          {(
            [
              ['oui', 'Oui'],
              ['non', 'Non'],
              ['', 'Je ne sais pas encore'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="portfolio-choice">
              <input
                type="radio"
                name={n('wantsToUse')}
                checked={form.wantsToUse === value}
                onChange={() => update({ wantsToUse: value })}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <CheckboxField
        name={n('transferable')}
        label="Transférable : utile dans d’autres métiers ou d’autres contextes"
        checked={form.transferable}
        onChange={(transferable) => update({ transferable })}
      />
      {portfolio.experiences.length > 0 ? (
        <fieldset id={fieldId(n('experienceIds'))}>
          <legend>
            Les expériences qui la prouvent <span className="optional">(facultatif)</span>
          </legend>
          <div className="choices">
            {portfolio.experiences.map((experience) => (
              <label key={experience.id} className="portfolio-choice">
                <input
                  type="checkbox"
                  checked={form.experienceIds.includes(experience.id)}
                  onChange={(event) =>
                    update({
                      experienceIds: event.target.checked
                        ? [...form.experienceIds, experience.id]
                        : form.experienceIds.filter((other) => other !== experience.id),
                    })
                  }
                />
                {experience.title}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <SelectField
        name={n('domainId')}
        label="Domaine"
        optional
        hint="Les domaines se créent plus bas, dans « Domaines de compétences »."
        value={form.domainId}
        placeholder="Sans domaine"
        options={portfolio.domains.map((d) => ({ value: d.id, label: d.label }))}
        error={fields['domainId']}
        onChange={(domainId) => update({ domainId })}
      />
    </ItemEditor>
  );
}
