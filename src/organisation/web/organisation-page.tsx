/**
 * The admin's organisation profile: identity, NDA, Qualiopi certificate, accessibility contact,
 * published commitments, the public page switch, and what documents print: the VAT regime and
 * the person who signs for the organisation, its payment terms; and its brand (logo and colour).
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  OrganisationProfileSchema,
  type OrganisationProfileInput,
  type OrganisationProfileView,
} from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { organisationEndpoints } from '../contracts/endpoints.ts';
import { organisationKeys } from './query-keys.ts';
import { Page } from '../../ui/Page.tsx';
import { CheckboxField, Form, SelectField, TextArea, TextField, useSubmit } from '../../ui/Form.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { VAT_REGIME_LABELS } from '../contracts/labels.ts';
import { VAT_REGIMES } from '../domain/vat.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { QualiopiNotice } from './qualiopi-notice.tsx';
import { BrandSection } from './brand-section.tsx';
import { accountKeys } from '../../accounts/web/query-keys.ts';

const LABELS = {
  name: 'Nom de l’organisme',
  slug: 'Adresse de la page publique',
  legalName: 'Raison sociale',
  siret: 'SIRET',
  address: 'Adresse',
  postalCode: 'Code postal',
  city: 'Ville',
  phone: 'Téléphone',
  contactEmail: 'Adresse e-mail de contact',
  ndaNumber: 'Numéro de déclaration d’activité (NDA)',
  qualiopiCertificateNumber: 'Numéro du certificat Qualiopi',
  qualiopiCertifier: 'Organisme certificateur',
  qualiopiScope: 'Périmètre de certification',
  qualiopiExpiresOn: 'Date d’expiration du certificat',
  accessibilityContactName: 'Nom du ou de la référent·e handicap',
  accessibilityContactEmail: 'Adresse e-mail du ou de la référent·e handicap',
  accessibilityContactPhone: 'Téléphone du ou de la référent·e handicap',
  accessibilityConditions: 'Conditions d’accessibilité',
  commitmentFirstAnswerDays: 'Délai de première réponse (jours)',
  commitmentFirstAppointmentDays: 'Délai du premier rendez-vous (jours)',
  followUpMonths: 'Délai de l’entretien de suivi (mois)',
  publicPageEnabled: 'Page publique',
  vatRegime: 'Régime de TVA',
  vatRate: 'Taux de TVA (%)',
  signatoryName: 'Nom de la personne qui signe pour l’organisme',
  signatoryRole: 'Fonction de cette personne',
  paymentTerms: 'Modalités de paiement',
} as const;

type Values = Record<Exclude<keyof typeof LABELS, 'publicPageEnabled'>, string> & { publicPageEnabled: boolean };

function toValues(p: OrganisationProfileView): Values {
  const s = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    name: p.name,
    slug: p.slug,
    legalName: s(p.legalName),
    siret: s(p.siret),
    address: s(p.address),
    postalCode: s(p.postalCode),
    city: s(p.city),
    phone: s(p.phone),
    contactEmail: s(p.contactEmail),
    ndaNumber: s(p.ndaNumber),
    qualiopiCertificateNumber: s(p.qualiopiCertificateNumber),
    qualiopiCertifier: s(p.qualiopiCertifier),
    qualiopiScope: s(p.qualiopiScope),
    qualiopiExpiresOn: s(p.qualiopiExpiresOn),
    accessibilityContactName: s(p.accessibilityContactName),
    accessibilityContactEmail: s(p.accessibilityContactEmail),
    accessibilityContactPhone: s(p.accessibilityContactPhone),
    accessibilityConditions: s(p.accessibilityConditions),
    commitmentFirstAnswerDays: s(p.commitmentFirstAnswerDays),
    commitmentFirstAppointmentDays: s(p.commitmentFirstAppointmentDays),
    followUpMonths: String(p.followUpMonths),
    publicPageEnabled: p.publicPageEnabled,
    vatRegime: s(p.vatRegime),
    vatRate: p.vatRateBasisPoints === null ? '' : String(p.vatRateBasisPoints / 100).replace('.', ','),
    signatoryName: s(p.signatoryName),
    signatoryRole: s(p.signatoryRole),
    paymentTerms: s(p.paymentTerms),
  };
}

function ProfileForm({ profile }: { profile: OrganisationProfileView }) {
  const client = useQueryClient();
  const [values, setValues] = useState<Values>(() => toValues(profile));
  const [saved, setSaved] = useState(false);
  const { errors, pending, submit } = useSubmit(
    OrganisationProfileSchema,
    // The select offers only the regimes (or none); the server checks the value again.
    () => call(organisationEndpoints.updateProfile, { body: values as OrganisationProfileInput }),
    (updated) => {
      setSaved(true);
      setValues(toValues(updated));
      client.setQueryData(organisationKeys.profile, updated);
      void client.invalidateQueries({ queryKey: accountKeys.session });
    },
  );
  const e = errors?.fields ?? {};
  const text = (
    name: Exclude<keyof Values, 'publicPageEnabled'>,
    extra: { hint?: string; optional?: boolean; type?: 'text' | 'email'; autoComplete?: string } = {},
  ) => (
    <TextField
      name={name}
      label={LABELS[name]}
      value={values[name]}
      onChange={(v) => {
        setSaved(false);
        setValues((old) => ({ ...old, [name]: v }));
      }}
      error={e[name]}
      type={extra.type ?? 'text'}
      hint={extra.hint}
      optional={extra.optional ?? true}
      autoComplete={extra.autoComplete ?? 'off'}
    />
  );
  return (
    <Form
      onSubmit={() => {
        setSaved(false);
        void submit(values);
      }}
      errors={errors}
      labels={LABELS}
      submitLabel="Enregistrer le profil"
      pending={pending}
      done={saved ? 'Le profil est enregistré.' : null}
      note="Les champs marqués « facultatif » peuvent rester vides, sauf ceux qu’exige la publication de la page."
    >
      <fieldset>
        <legend>Identité</legend>
        {text('name', { optional: false, autoComplete: 'organization' })}
        {text('legalName')}
        {text('siret', { hint: '14 chiffres, par exemple 123 456 789 00012.' })}
        {text('address', { autoComplete: 'street-address' })}
        <div className="inline-fields">
          {text('postalCode', { autoComplete: 'postal-code' })}
          {text('city')}
        </div>
        {text('phone', { autoComplete: 'tel' })}
        {text('contactEmail', { type: 'email', autoComplete: 'email' })}
      </fieldset>
      <fieldset>
        <legend>Déclaration d’activité et certification</legend>
        {text('ndaNumber', { hint: '11 chiffres, attribués par la DREETS. Obligatoire pour publier la page.' })}
        {text('qualiopiCertificateNumber')}
        {text('qualiopiCertifier')}
        {text('qualiopiScope', { hint: 'Par exemple : actions permettant de faire un bilan de compétences.' })}
        <DateField
          name="qualiopiExpiresOn"
          label={LABELS.qualiopiExpiresOn}
          value={values.qualiopiExpiresOn}
          onChange={(v) => {
            setSaved(false);
            setValues((old) => ({ ...old, qualiopiExpiresOn: v }));
          }}
          error={e.qualiopiExpiresOn}
          hint="Une alerte s’affiche 90 jours avant l’expiration."
          optional
        />
      </fieldset>
      <fieldset id="documents-organisme">
        <legend>Mentions des devis, contrats et conventions</legend>
        <SelectField
          name="vatRegime"
          label={LABELS.vatRegime}
          value={values.vatRegime}
          onChange={(v) => {
            setSaved(false);
            setValues((old) => ({ ...old, vatRegime: v, vatRate: v === 'subject' ? old.vatRate : '' }));
          }}
          error={e.vatRegime}
          optional
          placeholder="Non renseigné"
          hint="Imprimé sous le prix. Obligatoire pour produire un devis, un contrat ou une convention."
          options={VAT_REGIMES.map((r) => ({ value: r, label: VAT_REGIME_LABELS[r] }))}
        />
        {values.vatRegime === 'subject'
          ? text('vatRate', { optional: false, hint: 'Par exemple 20 ; les prix saisis restent TTC.' })
          : null}
        {text('signatoryName', {
          hint: 'Par exemple la ou le gérant·e. Obligatoire pour produire un devis, un contrat ou une convention.',
          autoComplete: 'name',
        })}
        {text('signatoryRole', { hint: 'Par exemple : gérante, directeur, présidente.' })}
        <TextArea
          name="paymentTerms"
          label={LABELS.paymentTerms}
          value={values.paymentTerms}
          onChange={(v) => {
            setSaved(false);
            setValues((old) => ({ ...old, paymentTerms: v }));
          }}
          error={e.paymentTerms}
          optional
          hint="Imprimées sur les devis et les conventions (échéances, acompte, moyen de paiement). Laissées vides, les documents indiquent un règlement sur facture à la fin du bilan, accompagnée du certificat de réalisation."
          rows={3}
        />
      </fieldset>
      <fieldset>
        <legend>Accessibilité</legend>
        {text('accessibilityContactName', { hint: 'Obligatoire pour publier la page.' })}
        {text('accessibilityContactEmail', { type: 'email', hint: 'Obligatoire pour publier la page.' })}
        {text('accessibilityContactPhone')}
        <TextArea
          name="accessibilityConditions"
          label={LABELS.accessibilityConditions}
          value={values.accessibilityConditions}
          onChange={(v) => setValues((old) => ({ ...old, accessibilityConditions: v }))}
          error={e.accessibilityConditions}
          optional
          hint="Accès aux locaux, aménagements possibles, séances à distance…"
          rows={3}
        />
      </fieldset>
      <fieldset>
        <legend>Engagements publiés</legend>
        {text('commitmentFirstAnswerDays', {
          hint: 'Nombre de jours pour répondre à une demande, entre 1 et 60. Obligatoire pour publier la page.',
        })}
        {text('commitmentFirstAppointmentDays', {
          hint: 'Nombre de jours pour proposer l’entretien préalable, entre 1 et 120.',
        })}
        {text('followUpMonths', { optional: false, hint: 'Entre 3 et 12 mois après la fin du bilan.' })}
      </fieldset>
      <fieldset>
        <legend>Page publique</legend>
        {text('slug', {
          optional: false,
          hint: 'Lettres minuscules sans accent, chiffres et tirets. La page sera à l’adresse /organismes/… suivie de ce texte.',
        })}
        <CheckboxField
          name="publicPageEnabled"
          label="Publier la page de l’organisme et son formulaire de contact"
          checked={values.publicPageEnabled}
          onChange={(v) => setValues((old) => ({ ...old, publicPageEnabled: v }))}
          error={e.publicPageEnabled}
        />
      </fieldset>
    </Form>
  );
}

export function AdminOrganisationPage() {
  const profile = useQuery({
    queryKey: organisationKeys.profile,
    queryFn: () => call(organisationEndpoints.profile),
  });
  return (
    <Page
      title="Profil de l’organisme"
      intro={<p>Ces informations figurent sur la page publique de l’organisme et sur ses documents.</p>}
    >
      {profile.isPending ? (
        <Loading />
      ) : profile.isError ? (
        <LoadError error={profile.error} />
      ) : (
        <>
          <QualiopiNotice qualiopi={profile.data.qualiopi} />
          {profile.data.publicPageEnabled ? (
            <p>
              La page publique est en ligne :{' '}
              <Link to={`/organismes/${profile.data.slug}`}>voir la page publique de {profile.data.name}</Link>.
            </p>
          ) : (
            <p>La page publique n’est pas publiée.</p>
          )}
          <ProfileForm profile={profile.data} />
          <BrandSection organisationName={profile.data.name} />
        </>
      )}
    </Page>
  );
}
