/**
 * « Conserver des documents » (R6313-7, decision 046): after the end, the beneficiary may ask in
 * writing to keep named documents until a date they choose, at most three years after the end
 * (typed name and consent box, like the synthèse's approval); they see their agreements and may
 * withdraw one (its documents then go at the next destruction).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { ApiError, call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { CheckboxField, Form, SelectField, TextField, fieldId, useSubmit } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';
import { lifecycleEndpoints } from '../contracts/endpoints.ts';
import { SignRetentionAgreementSchema, type BilanLifecycleView } from '../contracts/schemas.ts';
import {
  KEEPABLE_ITEMS,
  KEEPABLE_ITEM_LABELS,
  RETENTION_PURPOSES,
  RETENTION_PURPOSE_LABELS,
  type KeepableItem,
} from '../domain/registry.ts';
import { lifecycleKeys } from './query-keys.ts';
import { MY_DATA_PATH, countdown, frDate } from './labels.ts';

const Schema = SignRetentionAgreementSchema.omit({ consent: true }).extend({
  consent: z.boolean().refine((v) => v, 'Cochez la case pour donner votre accord écrit.'),
});

export function RetentionPage() {
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  return (
    <Page
      title="Conserver des documents de mon bilan"
      intro={
        <p>
          À la fin du bilan, les documents élaborés pour sa réalisation sont détruits (article R6313-7 du Code du
          travail). Vous pouvez demander par écrit à en conserver certains, pour votre suivi ou pour la transmission de
          votre synthèse à votre conseiller ou conseillère en évolution professionnelle, jusqu’à une date que vous
          choisissez (trois ans au plus après la fin du bilan).
        </p>
      }
    >
      {home.isPending ? <Loading /> : null}
      {home.isError ? <LoadError error={home.error} /> : null}
      {home.data && !bilanId ? <p>Aucun bilan n’est ouvert à votre nom pour le moment.</p> : null}
      {bilanId ? <Retention bilanId={bilanId} /> : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}

function Retention({ bilanId }: { bilanId: string }) {
  const lifecycle = useQuery({
    queryKey: lifecycleKeys.ofBilan(bilanId),
    queryFn: () => call(lifecycleEndpoints.get, { params: { id: bilanId } }),
  });
  const [done, setDone] = useState<string | null>(null);
  if (lifecycle.isPending) return <Loading />;
  if (lifecycle.isError) return <LoadError error={lifecycle.error} />;
  const view = lifecycle.data;
  if (!view.ended)
    return (
      <p>
        Votre bilan est en cours : tous vos documents restent disponibles. Vous pourrez demander à en conserver une fois
        le bilan terminé.
      </p>
    );
  return (
    <>
      {done ? (
        <Notice tone="success">
          <p>{done}</p>
        </Notice>
      ) : null}
      {view.schedule && !view.schedule.destroyedAt ? (
        <p>
          Destruction prévue le <strong>{frDate(view.schedule.dueOn)}</strong> ({countdown(view.schedule.daysLeft)}).
          Pensez aussi à <Link to={MY_DATA_PATH}>télécharger mes données</Link>.
        </p>
      ) : null}
      <Agreements view={view} bilanId={bilanId} onDone={setDone} />
      {view.canAgree && !view.schedule?.destroyedAt ? (
        <AgreementForm view={view} bilanId={bilanId} onDone={setDone} />
      ) : null}
    </>
  );
}

function Agreements({
  view,
  bilanId,
  onDone,
}: {
  view: BilanLifecycleView;
  bilanId: string;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  if (view.agreements.length === 0) return null;
  const withdraw = async (agreementId: string) => {
    try {
      await call(lifecycleEndpoints.withdrawAgreement, { params: { id: bilanId, itemId: agreementId } });
      setError(null);
      onDone('Votre accord est retiré : ces documents seront détruits lors de la prochaine destruction.');
      await client.invalidateQueries({ queryKey: lifecycleKeys.ofBilan(bilanId) });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Une erreur inattendue est survenue. Réessayez dans un instant.');
    }
  };
  return (
    <section aria-labelledby="accords-titre">
      <h2 id="accords-titre">Mes accords de conservation</h2>
      {error ? (
        <Notice tone="warning">
          <p>{error}</p>
        </Notice>
      ) : null}
      <ul>
        {view.agreements.map((a) => (
          <li key={a.id}>
            <p>
              {a.items.map((i) => KEEPABLE_ITEM_LABELS[i]).join(' ; ')}, jusqu’au {frDate(a.expiresOn)} —{' '}
              {RETENTION_PURPOSE_LABELS[a.purpose].toLowerCase()}. Signé par {a.signedName}.{' '}
              {a.running ? '' : a.withdrawnAt ? 'Accord retiré.' : 'Accord terminé.'}
            </p>
            {a.running ? <Button onPress={() => void withdraw(a.id)}>Retirer mon accord</Button> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AgreementForm({
  view,
  bilanId,
  onDone,
}: {
  view: BilanLifecycleView;
  bilanId: string;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const [values, setValues] = useState({
    purpose: 'suivi',
    items: [] as KeepableItem[],
    expiresOn: '',
    signedName: '',
    consent: false,
  });
  const { errors, pending, submit } = useSubmit(
    Schema,
    (data) => call(lifecycleEndpoints.signAgreement, { params: { id: bilanId }, body: { ...data, consent: true } }),
    () => {
      onDone('Votre accord écrit est enregistré : ces documents seront conservés jusqu’à la date choisie.');
      setValues({ purpose: 'suivi', items: [], expiresOn: '', signedName: '', consent: false });
      void client.invalidateQueries({ queryKey: lifecycleKeys.ofBilan(bilanId) });
    },
  );
  const toggle = (item: KeepableItem, on: boolean) =>
    setValues((v) => ({ ...v, items: on ? [...v.items, item] : v.items.filter((i) => i !== item) }));
  const itemsError =
    errors?.fields.items ?? Object.entries(errors?.fields ?? {}).find(([k]) => k.startsWith('items.'))?.[1];
  return (
    <section aria-labelledby="accord-titre">
      <h2 id="accord-titre">Demander à conserver des documents</h2>
      <Form
        onSubmit={() => void submit(values)}
        errors={errors}
        labels={{
          purpose: 'Pourquoi',
          items: 'Documents à conserver',
          expiresOn: 'Conserver jusqu’au',
          signedName: 'Prénom et nom',
          consent: 'Accord écrit',
        }}
        submitLabel="Signer mon accord écrit"
        pending={pending}
      >
        <SelectField
          name="purpose"
          label="Pourquoi"
          value={values.purpose}
          onChange={(purpose) => setValues((v) => ({ ...v, purpose }))}
          error={errors?.fields.purpose}
          options={RETENTION_PURPOSES.map((p) => ({ value: p, label: RETENTION_PURPOSE_LABELS[p] }))}
        />
        <fieldset id={fieldId('items')} className={`field${itemsError ? ' field-invalid' : ''}`}>
          <legend>Documents à conserver</legend>
          {itemsError ? (
            <p className="field-error">
              <span className="visually-hidden">Erreur : </span>
              {itemsError}
            </p>
          ) : null}
          {KEEPABLE_ITEMS.map((item) => (
            <CheckboxField
              key={item}
              name={`item-${item}`}
              label={KEEPABLE_ITEM_LABELS[item]}
              checked={values.items.includes(item)}
              onChange={(on) => toggle(item, on)}
            />
          ))}
        </fieldset>
        <DateField
          name="expiresOn"
          label="Conserver jusqu’au"
          value={values.expiresOn}
          onChange={(expiresOn) => setValues((v) => ({ ...v, expiresOn }))}
          error={errors?.fields.expiresOn}
          hint={view.retentionLimit ? `Au plus tard le ${frDate(view.retentionLimit)}.` : undefined}
        />
        <TextField
          name="signedName"
          label="Prénom et nom"
          value={values.signedName}
          onChange={(signedName) => setValues((v) => ({ ...v, signedName }))}
          error={errors?.fields.signedName}
          autoComplete="name"
          hint="Tapez votre prénom et votre nom : c’est votre signature."
        />
        <CheckboxField
          name="consent"
          label="Je demande par écrit la conservation de ces documents jusqu’à la date choisie ; je pourrai retirer mon accord à tout moment."
          checked={values.consent}
          onChange={(consent) => setValues((v) => ({ ...v, consent }))}
          error={errors?.fields.consent}
        />
      </Form>
    </section>
  );
}
