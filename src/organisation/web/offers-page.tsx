/**
 * The admin's offers (prestations): list, add, edit, switch on or off.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { OfferSchema, type OfferInput, type OfferView } from '../contracts/schemas.ts';
import { OFFER_MODALITY_LABELS } from '../contracts/labels.ts';
import { ApiError, call } from '../../ui/api.ts';
import { organisationEndpoints } from '../contracts/endpoints.ts';
import { organisationKeys } from './query-keys.ts';
import { formatMinutes } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { CheckboxField, Form, SelectField, TextArea, TextField, useSubmit } from '../../ui/Form.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { Tag } from 'lucide-react';
import { OFFER_MODALITIES } from '../domain/offers.ts';

const LABELS = {
  title: 'Intitulé',
  description: 'Description',
  accompanimentHours: 'Heures d’accompagnement',
  personalWorkHours: 'Heures de travail personnel',
  modality: 'Modalité',
  places: 'Lieux',
  price: 'Prix TTC (en euros)',
  accessDelay: 'Délai d’accès',
  active: 'Offre proposée',
};

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
export const formatPrice = (cents: number) => euros.format(cents / 100);

const hours = (minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? String(h) : `${h} h ${String(m).padStart(2, '0')}`;
};

function toInput(o: OfferView) {
  return {
    title: o.title,
    description: o.description,
    accompanimentHours: hours(o.accompanimentMinutes),
    personalWorkHours: hours(o.personalWorkMinutes),
    modality: o.modality as string,
    places: o.places,
    price: (o.priceCents / 100).toFixed(2).replace('.', ',').replace(',00', ''),
    accessDelay: o.accessDelay,
    active: o.active,
  };
}

type Values = ReturnType<typeof toInput>;
/** The form's values, once `OfferSchema` has accepted them (the modality is then one of the list). */
const asInput = (values: Values) => values as OfferInput;
const EMPTY: Values = {
  title: '',
  description: '',
  accompanimentHours: '24',
  personalWorkHours: '',
  modality: '',
  places: '',
  price: '',
  accessDelay: '',
  active: true,
};

function OfferForm({
  initial,
  submitLabel,
  send,
  onDone,
}: {
  initial: Values;
  submitLabel: string;
  send: (values: Values) => Promise<OfferView>;
  onDone: (offer: OfferView) => void;
}) {
  const [values, setValues] = useState(initial);
  const { errors, pending, submit } = useSubmit(OfferSchema, () => send(values), onDone);
  const set = (name: keyof Values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const e = errors?.fields ?? {};
  return (
    <Form
      onSubmit={() => void submit(values)}
      errors={errors}
      labels={LABELS}
      submitLabel={submitLabel}
      pending={pending}
    >
      <TextField
        name="title"
        label={LABELS.title}
        value={values.title}
        onChange={set('title')}
        error={e.title}
        autoComplete="off"
      />
      <TextArea
        name="description"
        label={LABELS.description}
        value={values.description}
        onChange={set('description')}
        error={e.description}
        optional
        rows={3}
        hint="Déroulement, outils, public visé."
      />
      <div className="inline-fields">
        <TextField
          name="accompanimentHours"
          label={LABELS.accompanimentHours}
          value={values.accompanimentHours}
          onChange={set('accompanimentHours')}
          error={e.accompanimentHours}
          inputMode="decimal"
          autoComplete="off"
          hint="24 h au plus, par exemple 24 ou 18,5."
        />
        <TextField
          name="personalWorkHours"
          label={LABELS.personalWorkHours}
          value={values.personalWorkHours}
          onChange={set('personalWorkHours')}
          error={e.personalWorkHours}
          inputMode="decimal"
          autoComplete="off"
          hint="Par exemple 8, ou 0."
        />
      </div>
      <SelectField
        name="modality"
        label={LABELS.modality}
        value={values.modality}
        onChange={set('modality')}
        error={e.modality}
        placeholder="Choisissez une modalité"
        options={OFFER_MODALITIES.map((m) => ({ value: m, label: OFFER_MODALITY_LABELS[m] }))}
      />
      <TextArea
        name="places"
        label={LABELS.places}
        value={values.places}
        onChange={set('places')}
        error={e.places}
        optional
        rows={2}
        hint="Adresses des séances en présentiel ; inutile pour une offre entièrement à distance."
      />
      <TextField
        name="price"
        label={LABELS.price}
        value={values.price}
        onChange={set('price')}
        error={e.price}
        inputMode="decimal"
        autoComplete="off"
        hint="Par exemple 1 600 ou 1 490,50."
      />
      <TextField
        name="accessDelay"
        label={LABELS.accessDelay}
        value={values.accessDelay}
        onChange={set('accessDelay')}
        error={e.accessDelay}
        autoComplete="off"
        hint="Par exemple : début possible 15 jours après l’entretien préalable."
      />
      <CheckboxField
        name="active"
        label="Proposer cette offre sur la page publique"
        checked={values.active}
        onChange={(active) => setValues((v) => ({ ...v, active }))}
        error={e.active}
      />
    </Form>
  );
}

function useOffers() {
  return useQuery({
    queryKey: organisationKeys.offers,
    queryFn: async () => (await call(organisationEndpoints.offers)).offers,
  });
}

export function AdminOffersPage() {
  const client = useQueryClient();
  const offers = useOffers();
  const [message, setMessage] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const toggle = async (o: OfferView) => {
    try {
      await call(organisationEndpoints.updateOffer, {
        params: { id: o.id },
        body: asInput({ ...toInput(o), active: !o.active }),
      });
      setMessage(
        o.active ? `L’offre « ${o.title} » n’est plus proposée.` : `L’offre « ${o.title} » est de nouveau proposée.`,
      );
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : 'L’offre n’a pas pu être modifiée.');
    }
    void client.invalidateQueries({ queryKey: organisationKeys.offers });
  };
  return (
    <Page title="Offres de bilan" intro={<p>Les offres proposées figurent sur la page publique de l’organisme.</p>}>
      {message ? (
        <Notice tone="success">
          <p>{message}</p>
        </Notice>
      ) : null}
      <section aria-labelledby="liste-offres">
        <h2 id="liste-offres">Offres</h2>
        {offers.isPending ? (
          <Loading />
        ) : offers.isError ? (
          <LoadError error={offers.error} />
        ) : (
          <ResponsiveTable
            caption="Offres : durée, modalité, prix et état"
            rows={offers.data}
            rowKey={(o) => o.id}
            empty={
              <EmptyState headingLevel={3} title="Aucune offre pour le moment" icon={Tag}>
                <p>
                  Ajoutez votre première offre ci-dessous : elle figurera sur la page publique de l’organisme, où les
                  personnes intéressées envoient leur demande.
                </p>
              </EmptyState>
            }
            columns={[
              { header: 'Intitulé', cell: (o) => o.title },
              {
                header: 'Durée',
                cell: (o) => (
                  <>
                    {formatMinutes(o.accompanimentMinutes)} d’accompagnement, {formatMinutes(o.personalWorkMinutes)} de
                    travail personnel
                  </>
                ),
              },
              { header: 'Modalité', cell: (o) => OFFER_MODALITY_LABELS[o.modality] },
              { header: 'Prix TTC', cell: (o) => formatPrice(o.priceCents) },
              { header: 'État', cell: (o) => (o.active ? 'Proposée' : 'Retirée') },
              {
                header: 'Actions',
                isActions: true,
                cell: (o) => (
                  <div className="button-row">
                    <Link to={`/admin/offres/${o.id}`}>
                      Modifier<span className="visually-hidden"> l’offre {o.title}</span>
                    </Link>
                    <button type="button" className="button secondary" onClick={() => void toggle(o)}>
                      {o.active ? 'Retirer' : 'Proposer de nouveau'}
                      <span className="visually-hidden"> l’offre {o.title}</span>
                    </button>
                  </div>
                ),
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="ajouter-offre">
        <h2 id="ajouter-offre">Ajouter une offre</h2>
        <OfferForm
          key={formKey}
          initial={EMPTY}
          submitLabel="Ajouter l’offre"
          send={(values) => call(organisationEndpoints.createOffer, { body: asInput(values) })}
          onDone={(offer) => {
            setMessage(`L’offre « ${offer.title} » est ajoutée.`);
            setFormKey((k) => k + 1);
            void client.invalidateQueries({ queryKey: organisationKeys.offers });
          }}
        />
      </section>
    </Page>
  );
}

export function AdminOfferEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const offers = useOffers();
  const offer = offers.data?.find((o) => o.id === id);
  return (
    <Page title={offer ? `Modifier l’offre « ${offer.title} »` : 'Modifier une offre'}>
      {offers.isPending ? (
        <Loading />
      ) : offers.isError ? (
        <LoadError error={offers.error} />
      ) : !offer ? (
        <p>Cette offre n’existe pas.</p>
      ) : (
        <OfferForm
          initial={toInput(offer)}
          submitLabel="Enregistrer l’offre"
          send={(values) =>
            call(organisationEndpoints.updateOffer, { params: { id: offer.id }, body: asInput(values) })
          }
          onDone={() => {
            void client.invalidateQueries({ queryKey: organisationKeys.offers });
            navigate('/admin/offres');
          }}
        />
      )}
      <p>
        <Link to="/admin/offres">Retour aux offres</Link>
      </p>
    </Page>
  );
}
