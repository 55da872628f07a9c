/**
 * The organisation's public page's Qualiopi sections (no login): its published results
 * (indicator 2: figures, period, sample sizes and the day they were computed) and the complaint
 * form (indicator 31: reachable by beneficiaries, employers and funders without an account).
 */
import { useQuery } from '@tanstack/react-query';
import { call } from '../../ui/api.ts';
import { Form, Honeypot, SelectField, SentNotice, TextArea, TextField, usePublicForm } from '../../ui/Form.tsx';
import { qualityEndpoints } from '../contracts/endpoints.ts';
import { PublicComplaintSchema } from '../contracts/schemas.ts';
import { COMPLAINANT_ROLES } from '../domain/registers.ts';
import { frenchDay, percent } from './labels.ts';
import { qualityKeys } from './query-keys.ts';

const ROLE_LABELS = {
  beneficiaire: 'Bénéficiaire d’un bilan',
  employeur: 'Employeur',
  financeur: 'Financeur',
  autre: 'Autre',
} as const;

export function PublicResults({ slug }: { slug: string }) {
  const data = useQuery({
    queryKey: qualityKeys.publicResults(slug),
    queryFn: () => call(qualityEndpoints.publicResults, { params: { slug } }),
    retry: false,
  });
  const r = data.data?.results;
  if (!r) return null;
  const f = r.figures;
  return (
    <section aria-labelledby="resultats">
      <h2 id="resultats">Nos résultats</h2>
      <p>
        Bilans terminés du {frenchDay(r.from)} au {frenchDay(r.to)}. Résultats mis à jour le {frenchDay(r.computedOn)}.
      </p>
      <dl className="facts">
        <div>
          <dt>Bilans terminés</dt>
          <dd>{f.ended}</dd>
        </div>
        <div>
          <dt>Bilans menés à leur terme</dt>
          <dd>
            {percent(f.completionRateBasisPoints)} ({f.completed} sur {f.ended})
          </dd>
        </div>
        <div>
          <dt>Satisfaction des bénéficiaires à la fin du bilan</dt>
          <dd>
            {percent(f.satisfactionBasisPoints)} ({f.hotAnswered} réponses)
          </dd>
        </div>
        <div>
          <dt>Taux de réponse au questionnaire de satisfaction</dt>
          <dd>
            {percent(f.hotResponseRateBasisPoints)} ({f.hotAnswered} sur {f.hotSent})
          </dd>
        </div>
        {f.followUpsHeld > 0 ? (
          <div>
            <dt>Projet réalisé ou en cours six mois après</dt>
            <dd>
              {percent(f.projectCarriedOutRateBasisPoints)} ({f.projectCarriedOut} sur {f.followUpsHeld} entretiens de
              suivi)
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

const LABELS = {
  complainantRole: 'Vous êtes',
  complainantName: 'Votre nom',
  replyEmail: 'Votre adresse e-mail',
  description: 'Votre réclamation',
};

export function PublicComplaintForm({ slug, organisationName }: { slug: string; organisationName: string }) {
  const { values, field, sent, errors, pending, submit, honeypot } = usePublicForm(
    { complainantRole: '', complainantName: '', replyEmail: '', description: '' },
    LABELS,
    PublicComplaintSchema,
    (body) => call(qualityEndpoints.publicComplaint, { params: { slug }, body }),
  );
  return (
    <section aria-labelledby="reclamation">
      <h2 id="reclamation">Une réclamation ?</h2>
      {sent ? (
        <SentNotice>
          <p>Votre réclamation est transmise à {organisationName}, qui reviendra vers vous par e-mail.</p>
        </SentNotice>
      ) : (
        <>
          <p>
            Bénéficiaire, employeur ou financeur : si quelque chose ne s’est pas passé comme prévu, dites-le-nous.
            Chaque réclamation est inscrite à notre registre, reçoit une réponse et peut donner lieu à une action
            d’amélioration. Votre nom et votre adresse ne servent qu’à vous répondre.
          </p>
          <Form
            onSubmit={() => void submit(values)}
            errors={errors}
            labels={LABELS}
            submitLabel="Envoyer ma réclamation"
            pending={pending}
          >
            <SelectField
              {...field('complainantRole')}
              placeholder="Choisissez"
              options={COMPLAINANT_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            />
            <TextField {...field('complainantName')} autoComplete="name" />
            <TextField {...field('replyEmail')} type="email" autoComplete="email" spellCheck={false} />
            <TextArea
              {...field('description')}
              rows={5}
              hint="Ce qui s’est passé et, si possible, quand. Pas d’informations de santé ici."
            />
            <Honeypot id="champ-reclamation-website" {...honeypot} />
          </Form>
        </>
      )}
    </section>
  );
}
