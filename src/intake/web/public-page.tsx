/**
 * The organisation's public page (no login): who they are, their certification, accessibility and
 * commitments, their offers, and the contact form. The form never asks for a CPF balance, a Mon
 * Compte Formation login or a social security number (L6323-8-1).
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ContactRequestSchema, type ContactRequestInput, type PublicOrganisationPage } from '../contracts/schemas.ts';
import { LEAD_MODALITY_LABELS, LEAD_SOURCE_LABELS } from '../contracts/labels.ts';
import { OFFER_MODALITY_LABELS } from '../../organisation/contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { intakeEndpoints } from '../contracts/endpoints.ts';
import { intakeKeys } from './query-keys.ts';
import { formatDate, formatMinutes } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import {
  CheckboxField,
  Form,
  Honeypot,
  SelectField,
  SentNotice,
  TextArea,
  TextField,
  usePublicForm,
} from '../../ui/Form.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { formatPrice } from '../../organisation/web/offers-page.tsx';
import { LEAD_MODALITIES, LEAD_SOURCES } from '../domain/leads.ts';
import { PublicBrand } from '../../organisation/web/brand.tsx';
import { PublicComplaintForm, PublicResults } from '../../quality/web/public-sections.tsx';

const LABELS = {
  firstName: 'Prénom',
  lastName: 'Nom',
  email: 'Adresse e-mail',
  phone: 'Téléphone',
  message: 'Votre message',
  preferredModality: 'Modalité souhaitée',
  offerId: 'Offre qui vous intéresse',
  declaredSource: 'Comment nous avez-vous connus ?',
  sourceDetail: 'Précision',
  consent: 'Accord pour être recontacté·e',
};

/** Where the visitor came from: the referring page and the utm_* parameters of the address. */
function browserOrigin() {
  const params = new URLSearchParams(window.location.search);
  const utm: Record<string, string> = {};
  for (const key of ['source', 'medium', 'campaign', 'term', 'content']) {
    const value = params.get(`utm_${key}`);
    if (value) utm[key] = value.slice(0, 100);
  }
  const referrer =
    document.referrer && !document.referrer.startsWith(window.location.origin)
      ? document.referrer.slice(0, 500)
      : undefined;
  return { ...(referrer ? { referrer } : {}), ...(Object.keys(utm).length ? { utm } : {}) };
}

function ContactForm({ page }: { page: PublicOrganisationPage }) {
  const [origin] = useState(browserOrigin);
  const { values, setValues, field, sent, errors, pending, submit, honeypot } = usePublicForm(
    {
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      message: '',
      preferredModality: '',
      offerId: '',
      declaredSource: '',
      sourceDetail: '',
      consent: false,
    },
    LABELS,
    ContactRequestSchema,
    (_, typed) =>
      call(intakeEndpoints.contact, {
        params: { slug: page.slug },
        body: { ...typed, ...origin } as ContactRequestInput,
      }),
  );
  if (sent) {
    return (
      <SentNotice>
        <p>
          Votre demande est envoyée. Un courriel de confirmation vous a été adressé.{' '}
          {page.commitments.firstAnswerDays
            ? `${page.name} vous répondra dans un délai de ${page.commitments.firstAnswerDays} jour${page.commitments.firstAnswerDays > 1 ? 's' : ''}.`
            : `${page.name} vous répondra rapidement.`}
        </p>
      </SentNotice>
    );
  }
  return (
    <Form
      onSubmit={() => void submit({ ...values, ...origin })}
      errors={errors}
      labels={LABELS}
      submitLabel="Envoyer ma demande"
      pending={pending}
    >
      <p>
        Nous ne vous demanderons jamais le solde de votre compte personnel de formation, vos identifiants Mon Compte
        Formation ni votre numéro de sécurité sociale.
      </p>
      <div className="inline-fields">
        <TextField {...field('firstName')} autoComplete="given-name" />
        <TextField {...field('lastName')} autoComplete="family-name" />
      </div>
      <TextField {...field('email')} type="email" autoComplete="email" spellCheck={false} />
      <TextField
        {...field('phone')}
        autoComplete="tel"
        optional
        hint="Si vous préférez être appelé·e, par exemple 06 12 34 56 78."
      />
      <TextArea
        {...field('message')}
        rows={5}
        hint="Votre situation et ce que vous attendez d’un bilan, en quelques lignes. Pas d’informations de santé ici."
      />
      <SelectField
        {...field('preferredModality')}
        placeholder="Choisissez une modalité"
        options={LEAD_MODALITIES.map((m) => ({ value: m, label: LEAD_MODALITY_LABELS[m] }))}
      />
      {page.offers.length > 0 ? (
        <SelectField
          {...field('offerId')}
          optional
          placeholder="Je ne sais pas encore"
          options={page.offers.map((o) => ({ value: o.id, label: o.title }))}
        />
      ) : null}
      <SelectField
        {...field('declaredSource')}
        placeholder="Choisissez une réponse"
        options={LEAD_SOURCES.map((s) => ({ value: s, label: LEAD_SOURCE_LABELS[s] }))}
      />
      <TextField
        {...field('sourceDetail')}
        optional
        autoComplete="off"
        hint="Par exemple le nom de la personne qui vous a parlé de nous."
      />
      <Honeypot id="champ-website" {...honeypot} />
      <CheckboxField
        name="consent"
        label={`J’accepte que ${page.name} me recontacte au sujet de cette demande. Mes coordonnées ne servent qu’à cela.`}
        checked={values.consent}
        onChange={(consent) => setValues((v) => ({ ...v, consent }))}
        error={errors?.fields.consent}
      />
    </Form>
  );
}

export function PublicOrganisationPageView() {
  const { slug = '' } = useParams();
  const page = useQuery({
    queryKey: intakeKeys.publicPage(slug),
    queryFn: () => call(intakeEndpoints.publicPage, { params: { slug } }),
    retry: false,
  });
  if (page.isPending)
    return (
      <Page title="Organisme de bilans de compétences">
        <Loading />
      </Page>
    );
  if (page.isError)
    return (
      <Page title="Page introuvable">
        <LoadError error={page.error} />
      </Page>
    );
  const p = page.data;
  const where = [p.address, [p.postalCode, p.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <Page
      title={p.name}
      intro={
        <PublicBrand brand={p.brand} name={p.name}>
          <p>Bilans de compétences. Le premier entretien, l’entretien préalable, est gratuit et sans engagement.</p>
        </PublicBrand>
      }
    >
      <section aria-labelledby="organisme">
        <h2 id="organisme">L’organisme</h2>
        <dl className="facts">
          {p.legalName ? (
            <div>
              <dt>Raison sociale</dt>
              <dd>{p.legalName}</dd>
            </div>
          ) : null}
          {where ? (
            <div>
              <dt>Adresse</dt>
              <dd>{where}</dd>
            </div>
          ) : null}
          {p.phone ? (
            <div>
              <dt>Téléphone</dt>
              <dd>{p.phone}</dd>
            </div>
          ) : null}
          {p.contactEmail ? (
            <div>
              <dt>Adresse e-mail</dt>
              <dd>{p.contactEmail}</dd>
            </div>
          ) : null}
          {p.siret ? (
            <div>
              <dt>SIRET</dt>
              <dd>{p.siret}</dd>
            </div>
          ) : null}
        </dl>
        {p.ndaNumber ? (
          <p>
            Déclaration d’activité enregistrée sous le numéro {p.ndaNumber} auprès du préfet de région. Cet
            enregistrement ne vaut pas agrément de l’État.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="qualiopi">
        <h2 id="qualiopi">Certification Qualiopi</h2>
        {p.qualiopi.certificateNumber && p.qualiopi.valid ? (
          <dl className="facts">
            <div>
              <dt>Numéro de certificat</dt>
              <dd>{p.qualiopi.certificateNumber}</dd>
            </div>
            {p.qualiopi.certifier ? (
              <div>
                <dt>Certificateur</dt>
                <dd>{p.qualiopi.certifier}</dd>
              </div>
            ) : null}
            {p.qualiopi.scope ? (
              <div>
                <dt>Périmètre</dt>
                <dd>{p.qualiopi.scope}</dd>
              </div>
            ) : null}
            {p.qualiopi.expiresOn ? (
              <div>
                <dt>Valable jusqu’au</dt>
                <dd>{formatDate(`${p.qualiopi.expiresOn}T12:00:00Z`)}</dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <p>L’organisme n’affiche pas de certificat Qualiopi en cours de validité.</p>
        )}
      </section>
      <section aria-labelledby="engagements">
        <h2 id="engagements">Nos engagements</h2>
        <ul>
          {p.commitments.firstAnswerDays ? (
            <li>
              Une première réponse à votre demande sous {p.commitments.firstAnswerDays} jour
              {p.commitments.firstAnswerDays > 1 ? 's' : ''}.
            </li>
          ) : null}
          {p.commitments.firstAppointmentDays ? (
            <li>Un entretien préalable proposé sous {p.commitments.firstAppointmentDays} jours.</li>
          ) : null}
          <li>Un entretien préalable gratuit et sans engagement avant tout devis.</li>
          <li>
            Les résultats du bilan n’appartiennent qu’à vous : ils ne sont communiqués à personne sans votre accord.
          </li>
        </ul>
      </section>
      <section aria-labelledby="accessibilite">
        <h2 id="accessibilite">Accessibilité et handicap</h2>
        {p.accessibility.name ? (
          <p>
            Votre référent·e handicap : {p.accessibility.name}
            {p.accessibility.email ? (
              <>
                , <a href={`mailto:${p.accessibility.email}`}>{p.accessibility.email}</a>
              </>
            ) : null}
            {p.accessibility.phone ? <>, {p.accessibility.phone}</> : null}.
          </p>
        ) : null}
        {p.accessibility.conditions ? <p>{p.accessibility.conditions}</p> : null}
      </section>
      <section aria-labelledby="offres">
        <h2 id="offres">Nos offres</h2>
        {p.offers.length === 0 ? (
          <p>Contactez-nous pour connaître nos offres.</p>
        ) : (
          p.offers.map((o) => (
            <article key={o.id} aria-labelledby={`offre-${o.id}`}>
              <h3 id={`offre-${o.id}`}>{o.title}</h3>
              {o.description ? <p>{o.description}</p> : null}
              <dl className="facts">
                <div>
                  <dt>Durée</dt>
                  <dd>
                    {formatMinutes(o.accompanimentMinutes)} d’accompagnement
                    {o.personalWorkMinutes > 0
                      ? ` et ${formatMinutes(o.personalWorkMinutes)} de travail personnel`
                      : ''}
                  </dd>
                </div>
                <div>
                  <dt>Modalité</dt>
                  <dd>
                    {OFFER_MODALITY_LABELS[o.modality]}
                    {o.places ? ` : ${o.places}` : ''}
                  </dd>
                </div>
                <div>
                  <dt>Prix TTC</dt>
                  <dd>{formatPrice(o.priceCents)}</dd>
                </div>
                <div>
                  <dt>Délai d’accès</dt>
                  <dd>{o.accessDelay}</dd>
                </div>
              </dl>
            </article>
          ))
        )}
      </section>
      <PublicResults slug={p.slug} />
      <section aria-labelledby="contact">
        <h2 id="contact">Nous contacter</h2>
        <ContactForm page={p} />
      </section>
      <PublicComplaintForm slug={p.slug} organisationName={p.name} />
    </Page>
  );
}
