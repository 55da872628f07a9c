/**
 * « Reprendre mon histoire professionnelle »: the periods the beneficiary wrote in the
 * career-history worksheet, offered as experiences of the parcours (issue 12, decision 038). Each
 * period is a checkbox with the kind of experience to give it; a period that cannot be imported
 * says why; one already in the parcours says so. Importing twice creates nothing twice.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../ui/api.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { Form, useSubmit } from '../../ui/Form.tsx';
import { portfolioEndpoints } from '../contracts/endpoints.ts';
import {
  ImportWorksheetSchema,
  type WorksheetCandidateView,
  type WorksheetImportView,
  type WorksheetImported,
} from '../contracts/schemas.ts';
import { EXPERIENCE_KIND_LABELS, EXPERIENCE_KINDS, type ExperienceKind } from '../domain/portfolio.ts';

export const worksheetImportKey = (bilanId: string) => ['portfolio', bilanId, 'worksheet-import'] as const;

const STATUS: Record<WorksheetImportView['worksheets'][number]['status'], string> = {
  submitted: 'envoyé',
  draft: 'commencé, pas encore envoyé',
  not_started: 'pas encore commencé',
};

function period(candidate: WorksheetCandidateView): string {
  const { startYear, endYear } = candidate;
  if (startYear === null) return 'années non indiquées';
  if (endYear === null) return `depuis ${startYear}`;
  return startYear === endYear ? `en ${startYear}` : `de ${startYear} à ${endYear}`;
}

/** What an import did, including the periods someone else had imported meanwhile. */
function importedMessage(created: number, already: number): string {
  if (created === 0)
    return already === 1
      ? 'Cette période était déjà dans le parcours : rien n’a été ajouté.'
      : 'Ces périodes étaient déjà dans le parcours : rien n’a été ajouté.';
  const added = created === 1 ? 'Une période est ajoutée au parcours' : `${created} périodes sont ajoutées au parcours`;
  if (already === 0) return `${added}.`;
  return `${added} ; ${already === 1 ? 'une autre y était déjà' : `${already} autres y étaient déjà`}.`;
}

/** A sentence continued after « : », so without its capital. */
const continued = (sentence: string) => sentence.charAt(0).toLowerCase() + sentence.slice(1);

interface Choice {
  chosen: boolean;
  kind: ExperienceKind;
}

export function WorksheetImport({
  bilanId,
  onImported,
}: {
  bilanId: string;
  /** After an import: the parcours to refresh (the list here refreshes itself). */
  onImported?: (result: WorksheetImported) => void;
}) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: worksheetImportKey(bilanId),
    queryFn: () => call(portfolioEndpoints.worksheetImport, { params: { id: bilanId } }),
  });
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [done, setDone] = useState<string | null>(null);
  const { errors, pending, submit } = useSubmit(
    ImportWorksheetSchema,
    (body) => call(portfolioEndpoints.importWorksheet, { params: { id: bilanId }, body }),
    (result) => {
      setDone(importedMessage(result.created.length, result.alreadyImported.length));
      setChoices({});
      void client.invalidateQueries({ queryKey: worksheetImportKey(bilanId) });
      onImported?.(result);
    },
  );

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} />;
  const { worksheets, editable } = query.data;
  if (worksheets.length === 0) return null;
  const importable = worksheets.flatMap((w) => w.candidates).filter((c) => !c.problem && !c.importedAs);
  const choiceOf = (c: WorksheetCandidateView): Choice => choices[c.key] ?? { chosen: false, kind: c.suggestedKind };
  const set = (c: WorksheetCandidateView, change: Partial<Choice>) => {
    setDone(null);
    setChoices((all) => ({ ...all, [c.key]: { ...choiceOf(c), ...change } }));
  };
  const items = importable.filter((c) => choiceOf(c).chosen).map((c) => ({ key: c.key, kind: choiceOf(c).kind }));

  return (
    <section className="portfolio-import" aria-labelledby="reprise-histoire">
      <h3 id="reprise-histoire">Reprendre l’histoire professionnelle</h3>
      <p>
        Les périodes écrites dans le cahier « histoire professionnelle » peuvent devenir des expériences du parcours :
        leurs dates, leur contexte et ce qui les a marquées sont repris, puis chacun·e les complète.
      </p>
      {worksheets.map((worksheet) => (
        <div key={worksheet.assignmentId}>
          <p>
            <strong>{worksheet.title}</strong> ({STATUS[worksheet.status]})
          </p>
          {worksheet.candidates.length === 0 ? <p>Aucune période n’y est encore écrite.</p> : null}
        </div>
      ))}
      {editable && importable.length > 0 ? (
        <Form
          onSubmit={() => void submit({ items })}
          errors={errors}
          labels={{ items: 'Périodes à reprendre' }}
          submitLabel="Ajouter les périodes choisies au parcours"
          pending={pending}
          done={done}
          note={null}
        >
          <fieldset className="portfolio-import-list">
            <legend>Périodes à reprendre</legend>
            <ul>
              {importable.map((candidate) => {
                const choice = choiceOf(candidate);
                const id = `reprise-${candidate.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
                return (
                  <li key={candidate.key}>
                    <input
                      type="checkbox"
                      id={id}
                      checked={choice.chosen}
                      onChange={(event) => set(candidate, { chosen: event.target.checked })}
                    />
                    <label htmlFor={id}>
                      {candidate.title} — {period(candidate)}
                      {candidate.employerOrContext ? `, ${candidate.employerOrContext}` : ''}
                    </label>
                    <label htmlFor={`${id}-type`} className="visually-hidden">
                      Type d’expérience pour « {candidate.title} »
                    </label>
                    <select
                      id={`${id}-type`}
                      value={choice.kind}
                      onChange={(event) => set(candidate, { kind: event.target.value as ExperienceKind, chosen: true })}
                    >
                      {EXPERIENCE_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {EXPERIENCE_KIND_LABELS[kind]}
                        </option>
                      ))}
                    </select>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        </Form>
      ) : done ? (
        <p role="status" className="form-done">
          ✓ {done}
        </p>
      ) : null}
      <ul className="portfolio-import-notes">
        {worksheets
          .flatMap((w) => w.candidates)
          .filter((c) => c.problem || c.importedAs)
          .map((c) => (
            <li key={c.key}>
              {c.title || 'Période sans intitulé'} — {period(c)} :{' '}
              {c.importedAs ? 'déjà dans le parcours.' : continued(c.problem ?? '')}
            </li>
          ))}
      </ul>
    </section>
  );
}
