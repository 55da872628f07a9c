/**
 * The bilan page's "Financement" section: the financing file's status and its moves, how the
 * bilan is delivered (period, modality and place, personal work, working time: what its quote,
 * contract or convention print), the type-specific data, and the warnings of the rules in force (CPF cap and remainder,
 * participation and exemptions, previous bilan, convention clock, withdrawal period).
 */
import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CPF_EXEMPTION_CODES,
  CPF_EXEMPTION_LABELS,
  SaveFinancingSchema,
  type FinancingView,
} from '../contracts/schemas.ts';
import { call, ApiError } from '../../ui/api.ts';
import { financingEndpoints } from '../contracts/endpoints.ts';
import { financingKeys } from './query-keys.ts';
import { documentKeys } from '../../documents/web/query-keys.ts';
import { CheckboxField, Form, SelectField, TextArea, TextField, useSubmit } from '../../ui/Form.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { OFFER_MODALITIES } from '../../organisation/domain/offers.ts';
import { OFFER_MODALITY_LABELS } from '../../organisation/contracts/labels.ts';
import { WORKING_TIME_ANSWERS } from '../domain/prestation.ts';
import { WORKING_TIME_LABELS } from '../contracts/labels.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { formatDate } from '../../ui/format.ts';
import type { BilanSectionProps } from '../../bilans/web/section.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { OnDemand } from '../../bilans/web/dossier/on-demand.tsx';

const LABELS: Record<string, string> = {
  price: 'Prix TTC',
  plannedStartOn: 'Début prévu',
  plannedEndOn: 'Fin prévue',
  modality: 'Modalité',
  places: 'Lieu des séances en présentiel',
  personalWorkHours: 'Heures de travail personnel prévues',
  workingTime: 'Le bilan se déroule',
  cpfOrderReference: 'Numéro de dossier CPF',
  cpfValidatedOn: 'Date de validation de la commande',
  previousPublicBilan: 'Bilan financé sur fonds publics ces dernières années',
  previousPublicBilanOn: 'Date de ce bilan',
  employerName: 'Employeur',
  employerSiret: 'SIRET de l’employeur',
  employerContactName: 'Contact chez l’employeur',
  employerContactEmail: 'Adresse e-mail du contact',
  funderName: 'Financeur',
  funderReference: 'Référence du dossier chez le financeur',
};

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const day = (date: string) => formatDate(`${date}T12:00:00Z`);

type Values = {
  price: string;
  plannedStartOn: string;
  plannedEndOn: string;
  modality: string;
  places: string;
  personalWorkHours: string;
  workingTime: string;
  cpfOrderReference: string;
  cpfValidatedOn: string;
  cpfExemptions: string[];
  previousPublicBilan: string;
  previousPublicBilanOn: string;
  employerName: string;
  employerSiret: string;
  employerContactName: string;
  employerContactEmail: string;
  funderName: string;
  funderReference: string;
};

function valuesOf(v: FinancingView): Values {
  return {
    price: v.priceCents === null ? '' : (v.priceCents / 100).toFixed(2).replace('.', ','),
    plannedStartOn: v.prestation.plannedStartOn ?? '',
    plannedEndOn: v.prestation.plannedEndOn ?? '',
    modality: v.prestation.modality ?? '',
    places: v.prestation.places ?? '',
    personalWorkHours:
      v.prestation.personalWorkMinutes === null ? '' : String(v.prestation.personalWorkMinutes / 60).replace('.', ','),
    workingTime: v.prestation.workingTime ?? '',
    cpfOrderReference: v.cpf?.orderReference ?? '',
    cpfValidatedOn: v.cpf?.validatedOn ?? '',
    cpfExemptions: v.cpf?.exemptions ?? [],
    previousPublicBilan: v.cpf?.previousPublicBilan ?? 'unknown',
    previousPublicBilanOn: v.cpf?.previousPublicBilanOn ?? '',
    employerName: v.employer?.name ?? '',
    employerSiret: v.employer?.siret ?? '',
    employerContactName: v.employer?.contactName ?? '',
    employerContactEmail: v.employer?.contactEmail ?? '',
    funderName: v.funder?.name ?? '',
    funderReference: v.funder?.reference ?? '',
  };
}

function FinancingForm({ view, onDone }: { view: FinancingView; onDone: (message: string) => void }) {
  const [values, setValues] = useState<Values>(() => valuesOf(view));
  useEffect(() => setValues(valuesOf(view)), [view]);
  const { errors, pending, submit } = useSubmit(
    SaveFinancingSchema,
    (data) => call(financingEndpoints.save, { params: { id: view.bilanId }, body: data }),
    () => onDone('Le financement est enregistré.'),
  );
  const set = (name: keyof Values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const e = errors?.fields ?? {};
  const payload = () => ({
    price: values.price,
    plannedStartOn: values.plannedStartOn,
    plannedEndOn: values.plannedEndOn,
    modality: values.modality,
    places: values.modality === 'remote' ? '' : values.places,
    personalWorkHours: values.personalWorkHours,
    ...(view.prestation.workingTimeApplies ? { workingTime: values.workingTime } : {}),
    ...(view.cpf
      ? {
          cpfOrderReference: values.cpfOrderReference,
          cpfValidatedOn: values.cpfValidatedOn,
          cpfExemptions: values.cpfExemptions,
          previousPublicBilan: values.previousPublicBilan,
          previousPublicBilanOn: values.previousPublicBilan === 'yes' ? values.previousPublicBilanOn : '',
        }
      : {}),
    ...(view.employer
      ? {
          employerName: values.employerName,
          employerSiret: values.employerSiret,
          employerContactName: values.employerContactName,
          employerContactEmail: values.employerContactEmail,
        }
      : {}),
    ...(view.funder ? { funderName: values.funderName, funderReference: values.funderReference } : {}),
  });
  return (
    <Form
      onSubmit={() => void submit(payload())}
      errors={errors}
      labels={LABELS}
      submitLabel="Enregistrer le financement"
      pending={pending}
      note="Tous les champs sont facultatifs ; complétez-les au fil du dossier."
    >
      <TextField
        name="price"
        label={LABELS.price!}
        value={values.price}
        onChange={set('price')}
        error={e.price}
        inputMode="decimal"
        hint="En euros, par exemple 1 600 ou 1 600,50."
      />
      <fieldset id="deroulement-du-bilan">
        <legend>Déroulement du bilan (imprimé sur le devis, le contrat ou la convention)</legend>
        <div className="inline-fields">
          <DateField
            name="plannedStartOn"
            label={LABELS.plannedStartOn!}
            value={values.plannedStartOn}
            onChange={set('plannedStartOn')}
            error={e.plannedStartOn}
          />
          <DateField
            name="plannedEndOn"
            label={LABELS.plannedEndOn!}
            value={values.plannedEndOn}
            onChange={set('plannedEndOn')}
            error={e.plannedEndOn}
          />
        </div>
        <SelectField
          name="modality"
          label={LABELS.modality!}
          value={values.modality}
          onChange={set('modality')}
          error={e.modality}
          placeholder="Non renseignée"
          options={OFFER_MODALITIES.map((m) => ({ value: m, label: OFFER_MODALITY_LABELS[m] }))}
        />
        {values.modality !== 'remote' ? (
          <TextArea
            name="places"
            label={LABELS.places!}
            value={values.places}
            onChange={set('places')}
            error={e.places}
            rows={2}
            hint="L’adresse où se tiennent les séances en présentiel."
          />
        ) : null}
        <TextField
          name="personalWorkHours"
          label={LABELS.personalWorkHours!}
          value={values.personalWorkHours}
          onChange={set('personalWorkHours')}
          error={e.personalWorkHours}
          inputMode="decimal"
          hint="Travail entre les séances, par exemple 8 ou 8,5 ; 0 s’il n’y en a pas."
        />
        {view.prestation.workingTimeApplies ? (
          <SelectField
            name="workingTime"
            label={LABELS.workingTime!}
            value={values.workingTime}
            onChange={set('workingTime')}
            error={e.workingTime}
            placeholder="Non renseigné"
            options={WORKING_TIME_ANSWERS.map((w) => ({ value: w, label: WORKING_TIME_LABELS[w] }))}
          />
        ) : null}
      </fieldset>
      {view.cpf ? (
        <fieldset>
          <legend>Commande CPF</legend>
          <p className="hint">
            Ce formulaire ne demande jamais le solde du compte, l’identifiant Mon Compte Formation ni le numéro de
            sécurité sociale.
          </p>
          <TextField
            name="cpfOrderReference"
            label={LABELS.cpfOrderReference!}
            value={values.cpfOrderReference}
            onChange={set('cpfOrderReference')}
            error={e.cpfOrderReference}
            spellCheck={false}
          />
          <DateField
            name="cpfValidatedOn"
            label={LABELS.cpfValidatedOn!}
            value={values.cpfValidatedOn}
            onChange={set('cpfValidatedOn')}
            error={e.cpfValidatedOn}
            hint="Le jour où la ou le titulaire a validé la commande sur Mon Compte Formation."
          />
          <fieldset>
            <legend>Exonérations de la participation forfaitaire</legend>
            {CPF_EXEMPTION_CODES.map((code) => (
              <CheckboxField
                key={code}
                name={`cpfExemptions-${code}`}
                label={CPF_EXEMPTION_LABELS[code]}
                checked={values.cpfExemptions.includes(code)}
                onChange={(checked) =>
                  setValues((v) => ({
                    ...v,
                    cpfExemptions: checked ? [...v.cpfExemptions, code] : v.cpfExemptions.filter((c) => c !== code),
                  }))
                }
              />
            ))}
          </fieldset>
          <SelectField
            name="previousPublicBilan"
            label={LABELS.previousPublicBilan!}
            value={values.previousPublicBilan}
            onChange={set('previousPublicBilan')}
            error={e.previousPublicBilan}
            hint="Déclaré par la ou le bénéficiaire, pour les cinq dernières années."
            options={[
              { value: 'unknown', label: 'Non renseigné' },
              { value: 'none', label: 'Non' },
              { value: 'yes', label: 'Oui' },
            ]}
          />
          {values.previousPublicBilan === 'yes' ? (
            <DateField
              name="previousPublicBilanOn"
              label={LABELS.previousPublicBilanOn!}
              value={values.previousPublicBilanOn}
              onChange={set('previousPublicBilanOn')}
              error={e.previousPublicBilanOn}
              optional
            />
          ) : null}
        </fieldset>
      ) : null}
      {view.employer ? (
        <fieldset>
          <legend>Employeur</legend>
          <TextField
            name="employerName"
            label={LABELS.employerName!}
            value={values.employerName}
            onChange={set('employerName')}
            error={e.employerName}
            autoComplete="organization"
          />
          <TextField
            name="employerSiret"
            label={LABELS.employerSiret!}
            value={values.employerSiret}
            onChange={set('employerSiret')}
            error={e.employerSiret}
            hint="14 chiffres, sans espace."
            inputMode="decimal"
          />
          <TextField
            name="employerContactName"
            label={LABELS.employerContactName!}
            value={values.employerContactName}
            onChange={set('employerContactName')}
            error={e.employerContactName}
          />
          <TextField
            name="employerContactEmail"
            type="email"
            label={LABELS.employerContactEmail!}
            value={values.employerContactEmail}
            onChange={set('employerContactEmail')}
            error={e.employerContactEmail}
            hint="Reçoit le lien de signature de la convention."
          />
        </fieldset>
      ) : null}
      {view.funder ? (
        <fieldset>
          <legend>Financeur</legend>
          <TextField
            name="funderName"
            label={LABELS.funderName!}
            value={values.funderName}
            onChange={set('funderName')}
            error={e.funderName}
          />
          <TextField
            name="funderReference"
            label={LABELS.funderReference!}
            value={values.funderReference}
            onChange={set('funderReference')}
            error={e.funderReference}
          />
        </fieldset>
      ) : null}
    </Form>
  );
}

export function FinancingSection({ bilan, onChanged }: BilanSectionProps) {
  const client = useQueryClient();
  const financing = useQuery({
    queryKey: financingKeys.ofBilan(bilan.id),
    queryFn: () => call(financingEndpoints.get, { params: { id: bilan.id } }),
  });
  const [statusError, setStatusError] = useState<string | null>(null);
  const done = (message: string) => {
    // The financing record is shown here and in what the documents still need (not in the
    // bilan's summary or checklist).
    void client.invalidateQueries({ queryKey: financingKeys.ofBilan(bilan.id) });
    void client.invalidateQueries({ queryKey: documentKeys.ofBilan(bilan.id) });
    onChanged(message);
  };
  const move = async (to: string, label: string) => {
    try {
      await call(financingEndpoints.changeStatus, { params: { id: bilan.id }, body: { to } });
      setStatusError(null);
      done(`Le dossier de financement est passé à « ${label} ».`);
    } catch (error) {
      setStatusError(error instanceof ApiError ? error.message : 'Le statut n’a pas pu être changé.');
    }
  };
  const open = isOpen(bilan.phase);
  return (
    <section aria-labelledby="financement">
      <h2 id="financement">Financement</h2>
      {financing.isPending ? (
        <Loading />
      ) : financing.isError ? (
        <LoadError error={financing.error} />
      ) : (
        (() => {
          const v = financing.data;
          return (
            <>
              <dl className="facts">
                <div>
                  <dt>Type</dt>
                  <dd>{v.typeLabel}</dd>
                </div>
                <div>
                  <dt>Statut du dossier</dt>
                  <dd>
                    <StatusChip tone="neutral">{v.statusLabel}</StatusChip>
                  </dd>
                </div>
                <div>
                  <dt>Prix TTC</dt>
                  <dd>{v.priceCents === null ? 'Non renseigné' : euros(v.priceCents)}</dd>
                </div>
                {v.prestation.offer ? (
                  <div>
                    <dt>Offre choisie lors de la demande</dt>
                    <dd>{v.prestation.offer.title}</dd>
                  </div>
                ) : null}
                <div>
                  <dt>Période prévue</dt>
                  <dd>
                    {v.prestation.plannedStartOn && v.prestation.plannedEndOn
                      ? `du ${day(v.prestation.plannedStartOn)} au ${day(v.prestation.plannedEndOn)}`
                      : 'Non renseignée'}
                  </dd>
                </div>
                <div>
                  <dt>Modalité</dt>
                  <dd>{v.prestation.modality ? OFFER_MODALITY_LABELS[v.prestation.modality] : 'Non renseignée'}</dd>
                </div>
                {v.cpf?.earliestStart ? (
                  <div>
                    <dt>Début possible au plus tôt</dt>
                    <dd>{day(v.cpf.earliestStart)}</dd>
                  </div>
                ) : null}
                {v.cpf && v.cpf.remainderCents > 0 ? (
                  <div>
                    <dt>Reste à financer au-delà du plafond CPF</dt>
                    <dd>{euros(v.cpf.remainderCents)}</dd>
                  </div>
                ) : null}
                {v.employer?.signatureDeadline ? (
                  <div>
                    <dt>Signature de la ou du salarié·e possible jusqu’au</dt>
                    <dd>{day(v.employer.signatureDeadline)} inclus</dd>
                  </div>
                ) : null}
                {v.selfFunded?.withdrawalEndsOn ? (
                  <div>
                    <dt>Fin du délai de rétractation</dt>
                    <dd>{day(v.selfFunded.withdrawalEndsOn)}</dd>
                  </div>
                ) : null}
                {v.selfFunded?.firstPaymentMaxCents != null ? (
                  <div>
                    <dt>Premier paiement au plus</dt>
                    <dd>
                      {euros(v.selfFunded.firstPaymentMaxCents)}
                      {v.selfFunded.firstPaymentAllowedOn
                        ? `, à partir du ${day(v.selfFunded.firstPaymentAllowedOn)}`
                        : ', après le délai de rétractation'}
                    </dd>
                  </div>
                ) : null}
              </dl>
              {v.issues.length > 0 ? (
                <div className="notice notice-warning">
                  <p>
                    <strong>Points d’attention :</strong>
                  </p>
                  <ul className="warning-list">
                    {v.issues.map((i) => (
                      <li key={i.code}>{i.message}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <details>
                <summary>Pièces du dossier de financement ({v.typeLabel})</summary>
                <ul>
                  {v.requiredDocuments.map((d) => (
                    <li key={d.code}>
                      {d.label}
                      {d.required ? '' : ' (selon le cas)'}
                    </li>
                  ))}
                </ul>
              </details>
              {open && v.nextStatuses.length > 0 ? (
                <div className="button-row" role="group" aria-label="Faire avancer le dossier de financement">
                  {statusError ? (
                    <p role="alert" className="field-error">
                      {statusError}
                    </p>
                  ) : null}
                  {v.nextStatuses.map((s) => (
                    <button key={s.code} type="button" className="button" onClick={() => void move(s.code, s.label)}>
                      Passer à « {s.label} »
                    </button>
                  ))}
                </div>
              ) : null}
              {open ? (
                <OnDemand
                  opener="Modifier les informations de financement"
                  title="Informations de financement"
                  openOnHash="#deroulement-du-bilan"
                >
                  {(close) => (
                    <FinancingForm
                      view={v}
                      onDone={(message) => {
                        close();
                        done(message);
                      }}
                    />
                  )}
                </OnDemand>
              ) : null}
            </>
          );
        })()
      )}
    </section>
  );
}
