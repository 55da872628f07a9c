/**
 * The bilan page's "Suivi de la phase" section: the current phase's checklist (from the law and
 * the providers' practice), the préliminaire record, the charter signature, and the items the
 * consultant attests. Drafts of the préliminaire record are kept in the browser until saved.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PhaseRecordSchema, type ChecklistView } from '../contracts/checklists.ts';
import { bilanEndpoints } from '../contracts/endpoints.ts';
import { PHASE_LABELS } from '../contracts/labels.ts';
import { ApiError, call } from '../../ui/api.ts';
import { formatDateTime } from '../../ui/format.ts';
import { useDrafts } from '../../ui/drafts.ts';
import { CheckboxField, Form, TextArea, useSubmit } from '../../ui/Form.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { CharterSignature } from './charter-signature.tsx';
import { PreliminaireRecordView } from './preliminaire-record-view.tsx';
import type { BilanSectionProps } from './section.ts';
import { bilanKeys } from './query-keys.ts';
import { OnDemand } from './dossier/on-demand.tsx';
import { dossierPath } from './dossier/sections.ts';
import type { Phase } from '../domain/phases.ts';
import { isOpen } from '../domain/phases.ts';

/** Items that are facts of another section of the dossier: the way to it, after the item. */
const WAY_TO: Record<string, { segment: string; label: string }> = {
  action_plan_defined: { segment: 'plan-d-action', label: 'Ouvrir le plan d’action' },
};

function PreliminaireRecord({
  bilanId,
  record,
  onDone,
}: {
  bilanId: string;
  record: ChecklistView['record'];
  onDone: (m: string) => void;
}) {
  const drafts = useDrafts('preliminaire');
  const [values, setValues] = useState(() => drafts.read<typeof record>(bilanId) ?? record);
  const { errors, pending, submit } = useSubmit(
    PhaseRecordSchema,
    (data) => call(bilanEndpoints.savePreliminaire, { params: { id: bilanId }, body: data }),
    () => {
      drafts.forget(bilanId);
      onDone('Le compte rendu de la phase préliminaire est enregistré.');
    },
  );
  // Each keystroke is kept at once: a reload or an expired session loses nothing.
  const set = (name: keyof typeof values) => (value: string) =>
    setValues((v) => {
      const next = { ...v, [name]: value };
      drafts.write(bilanId, next);
      return next;
    });
  return (
    <Form
      onSubmit={() => void submit(values)}
      errors={errors}
      labels={{
        needAnalysis: 'Analyse de la demande et du besoin',
        format: 'Format retenu',
        modalities: 'Modalités de déroulement convenues',
      }}
      submitLabel="Enregistrer le compte rendu"
      pending={pending}
      note="Visible par vous et la ou le bénéficiaire seulement. Votre saisie est conservée dans ce navigateur tant qu’elle n’est pas enregistrée."
    >
      <TextArea
        name="needAnalysis"
        label="Analyse de la demande et du besoin"
        value={values.needAnalysis}
        onChange={set('needAnalysis')}
        error={errors?.fields.needAnalysis}
        rows={5}
        hint="La situation, la demande et ce qui en est attendu (R6313-4 1° a)."
      />
      <TextArea
        name="format"
        label="Format retenu"
        value={values.format}
        onChange={set('format')}
        error={errors?.fields.format}
        rows={3}
        hint="Individuel ; présentiel, à distance ou mixte ; rythme des séances."
      />
      <TextArea
        name="modalities"
        label="Modalités de déroulement convenues"
        value={values.modalities}
        onChange={set('modalities')}
        error={errors?.fields.modalities}
        rows={3}
        hint="Calendrier, séances, outils, travail personnel, définis ensemble."
      />
    </Form>
  );
}

function Attestation({
  bilanId,
  item,
  onDone,
}: {
  bilanId: string;
  item: ChecklistView['items'][number];
  onDone: (m: string) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const toggle = async (met: boolean) => {
    try {
      await call(bilanEndpoints.attest, { params: { id: bilanId }, body: { item: item.code, met } });
      setError(null);
      onDone(met ? `« ${item.label} » : fait.` : `« ${item.label} » : à faire.`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'L’enregistrement n’a pas abouti.');
    }
  };
  return (
    <CheckboxField
      name={`item-${item.code}`}
      label={`${item.label}${item.level === 'recommended' ? ' (recommandé)' : ''}`}
      checked={item.met}
      onChange={(met) => void toggle(met)}
      error={error ?? undefined}
    />
  );
}

export function ChecklistSection({ bilan, onChanged }: BilanSectionProps) {
  const client = useQueryClient();
  const open = isOpen(bilan.phase);
  const hasDraft = useDrafts('preliminaire').read(bilan.id) !== null;
  const checklist = useQuery({
    queryKey: bilanKeys.checklist(bilan.id),
    queryFn: () => call(bilanEndpoints.checklist, { params: { id: bilan.id } }),
    enabled: open,
  });
  const consent = useQuery({
    queryKey: bilanKeys.consent(bilan.id),
    queryFn: () => call(bilanEndpoints.consent, { params: { id: bilan.id } }),
  });
  const charter = useQuery({
    queryKey: bilanKeys.charter(bilan.id),
    queryFn: () => call(bilanEndpoints.charter, { params: { id: bilan.id } }),
  });
  // The préliminaire record and attested items are facts of the checklist, which decides the
  // possible transitions shown with the bilan; the charter signature also shows in its own query.
  const done = (message: string) => {
    void client.invalidateQueries({ queryKey: bilanKeys.checklist(bilan.id) });
    void client.invalidateQueries({ queryKey: bilanKeys.summary(bilan.id) });
    onChanged(message);
  };
  const signed = (message: string) => {
    void client.invalidateQueries({ queryKey: bilanKeys.charter(bilan.id) });
    done(message);
  };
  if (!open) return null;
  if (checklist.isPending || consent.isPending || charter.isPending)
    return (
      <section aria-labelledby="suivi">
        <h2 id="suivi">Suivi de la phase</h2>
        <Loading />
      </section>
    );
  if (checklist.isError) return <LoadError error={checklist.error} />;
  if (consent.isError || charter.isError) return <LoadError error={consent.error ?? charter.error} />;
  const c = checklist.data;
  const recordWritten = [c.record.needAnalysis, c.record.format, c.record.modalities].some((t) => t.trim());
  const consultantSigned = charter.data.signatures.some((s) => s.role === 'consultant');
  const beneficiarySigned = charter.data.signatures.find((s) => s.role === 'beneficiary');
  return (
    <section aria-labelledby="suivi">
      <h2 id="suivi">Suivi de la {PHASE_LABELS[c.phase as Phase].toLowerCase()}</h2>
      <p>
        {c.complete
          ? 'Toutes les conditions pour passer à la phase suivante sont réunies.'
          : 'Conditions à réunir avant de passer à la phase suivante :'}
      </p>
      <ul className="checklist">
        {c.items.map((i) => (
          <li key={i.code} className={i.met ? 'met' : 'unmet'}>
            <span className="visually-hidden">{i.met ? 'Fait : ' : 'À faire : '}</span>
            <span aria-hidden="true">{i.met ? '✓ ' : '○ '}</span>
            {i.label}
            {i.level === 'recommended' ? <span className="muted"> (recommandé)</span> : null}
            {i.note ? <span className="muted"> — {i.note}</span> : null}
            <span className="muted small"> · {i.source}</span>
            {WAY_TO[i.code] ? (
              <>
                {' '}
                <Link to={dossierPath(bilan.id, WAY_TO[i.code]!.segment)}>{WAY_TO[i.code]!.label}</Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <h3>Consentement de la ou du bénéficiaire</h3>
      <p>
        {consent.data.decision === null
          ? 'La ou le bénéficiaire n’a pas encore répondu : la notice d’information l’attend dans son espace.'
          : consent.data.decision.decision === 'given'
            ? `Consentement donné le ${formatDateTime(consent.data.decision.at)} (notice du ${consent.data.decision.noticeVersion}).`
            : `La ou le bénéficiaire a choisi de ne pas consentir (le ${formatDateTime(consent.data.decision.at)}). Ce choix est le sien et n’est pas une faute ; le bilan ne peut pas commencer sans son accord.`}
      </p>
      <h3>Charte des engagements réciproques</h3>
      <p>
        Bénéficiaire :{' '}
        {beneficiarySigned
          ? `signée le ${formatDateTime(beneficiarySigned.at)}`
          : 'pas encore signée (elle l’attend dans son espace)'}
        .{consultantSigned ? ' Vous l’avez signée.' : ''}
      </p>
      {!consultantSigned ? (
        <OnDemand opener="Signer la charte" title="Signer la charte des engagements réciproques" level={4}>
          {(close) => (
            <CharterSignature
              bilanId={bilan.id}
              charter={charter.data}
              signer={`${bilan.consultant.firstName} ${bilan.consultant.lastName}`}
              onDone={(m) => {
                close();
                signed(m);
              }}
            />
          )}
        </OnDemand>
      ) : null}
      {c.phase === 'preliminaire' ? (
        <>
          {recordWritten ? (
            <PreliminaireRecordView record={c.record} />
          ) : (
            <>
              <h3>Compte rendu de la phase préliminaire</h3>
              <p>
                Pas encore rédigé : l’analyse de la demande, le format et les modalités convenus avec la ou le
                bénéficiaire.
              </p>
            </>
          )}
          {/* A draft kept in this browser opens the form at once: nothing typed is hidden. */}
          <OnDemand
            opener={recordWritten ? 'Modifier le compte rendu' : 'Rédiger le compte rendu'}
            title="Compte rendu de la phase préliminaire"
            level={4}
            initiallyOpen={hasDraft}
          >
            {(close) => (
              /* Keyed on the saved record: once the server has it, the form shows it (a draft still wins). */
              <PreliminaireRecord
                key={`${c.record.needAnalysis}\u0000${c.record.format}\u0000${c.record.modalities}`}
                bilanId={bilan.id}
                record={c.record}
                onDone={(m) => {
                  close();
                  done(m);
                }}
              />
            )}
          </OnDemand>
        </>
      ) : recordWritten ? (
        <PreliminaireRecordView record={c.record} />
      ) : null}
      {c.items.some((i) => i.attestable) ? (
        <fieldset className="attestations">
          <legend>Éléments que vous constatez</legend>
          {c.items
            .filter((i) => i.attestable)
            .map((i) => (
              <Attestation key={i.code} bilanId={bilan.id} item={i} onDone={done} />
            ))}
        </fieldset>
      ) : null}
    </section>
  );
}
