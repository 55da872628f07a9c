import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { bilanEndpoints } from '../contracts/endpoints.ts';
import { PHASE_LABELS, PHASE_PURPOSES, nextStepForBeneficiary } from '../contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { formatDate, formatMinutes } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { PhaseSteps } from './PhaseSteps.tsx';
import { PreliminaireRecordView } from './preliminaire-record-view.tsx';
import { MySeances } from '../../seances/web/beneficiary-seances.tsx';
import { BeneficiaryTodo } from './beneficiary-todo.tsx';
import { bilanKeys } from './query-keys.ts';
import { MyFollowUp } from '../../after/web/beneficiary-follow-up.tsx';
// Questionnaires and instruments.
import { MyQuestionnaires } from '../../questionnaires/web/beneficiary-questionnaires.tsx';
// External licensed tests (decision 018).
import { MyExternalTests } from '../../external-tests/web/beneficiary-external-tests.tsx';
// The destruction at the end (decision 046).
import { MyDestructionNotice } from '../../lifecycle/web/destruction-notice.tsx';

export function BeneficiaryHomePage() {
  const location = useLocation();
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const welcome = (location.state as { welcome?: boolean } | null)?.welcome;
  const paused = (location.state as { paused?: string } | null)?.paused;
  if (home.isPending)
    return (
      <Page title="Mon bilan de compétences">
        <Loading />
      </Page>
    );
  if (home.isError)
    return (
      <Page title="Mon bilan de compétences">
        <LoadError error={home.error} />
      </Page>
    );
  const { bilan, consultant, organisationName } = home.data;
  return (
    <Page title="Mon bilan de compétences">
      {welcome ? (
        <Notice tone="success">
          <p>Bienvenue ! Votre compte est activé.</p>
        </Notice>
      ) : null}
      {paused ? (
        <Notice tone="success">
          <p>Vos réponses à « {paused} » sont enregistrées : vous pourrez reprendre où vous en étiez.</p>
        </Notice>
      ) : null}
      {!bilan ? (
        <p>Aucun bilan n’est ouvert à votre nom pour le moment chez {organisationName}.</p>
      ) : (
        <>
          <MyDestructionNotice bilanId={bilan.id} />
          <BeneficiaryTodo bilanId={bilan.id} />
          <MyQuestionnaires bilanId={bilan.id} />
          <MyExternalTests bilanId={bilan.id} />
          <section aria-labelledby="ou-en-suis-je">
            <h2 id="ou-en-suis-je">Où en est mon bilan</h2>
            <PhaseSteps phase={bilan.phase} abandonedFrom={bilan.abandonedFrom} />
            <p>
              <strong>{PHASE_LABELS[bilan.phase]}.</strong> {PHASE_PURPOSES[bilan.phase]}
            </p>
            <p>
              <Link to="/mon-bilan/parcours">Mon parcours et mes compétences</Link> : vos expériences, ce que vous en
              retirez et les compétences que vous y avez construites.
            </p>
            <p>
              <Link to="/mon-bilan/pistes">Mes pistes et mes enquêtes métier</Link> : les métiers et les projets que
              vous explorez, ce qui les rend possibles et les professionnel·les à rencontrer.
            </p>
            <p>
              <Link to="/mon-bilan/plan-d-action">Mon plan d’action</Link> : les étapes pour mettre en œuvre votre
              projet, à court, moyen et long terme ; il reste le vôtre après le bilan.
            </p>
            <p>
              <Link to="/mon-bilan/synthese">Ma synthèse</Link> : le document de synthèse de votre bilan, à relire, à
              commenter et à approuver quand votre consultant·e l’a publié.
            </p>
            <p>
              <Link to="/mon-bilan/partages">Mes partages</Link> : transmettre vous-même votre document de synthèse ou
              vos résultats à la personne de votre choix, par un lien qui ne s’ouvre qu’une fois.
            </p>
            <p>
              <Link to="/mon-bilan/mes-droits">Mes droits</Link> : demander l’accès à vos données personnelles, leur
              correction ou leur effacement, et suivre la réponse de l’organisme.
            </p>
            <p>
              <Link to="/mon-bilan/consultations">Qui a consulté mes données</Link> : quand votre consultant·e ou la
              personne destinataire d’un partage a lu ou téléchargé vos réponses, vos résultats ou vos documents.
            </p>
            <dl className="facts">
              <div>
                <dt>Heures d’accompagnement</dt>
                <dd>
                  {formatMinutes(bilan.doneMinutes)} réalisées sur {formatMinutes(bilan.plannedMinutes)} prévues
                </dd>
              </div>
              <div>
                <dt>Bilan ouvert le</dt>
                <dd>{formatDate(bilan.createdAt)}</dd>
              </div>
            </dl>
          </section>
          {bilan.preliminaire ? <PreliminaireRecordView record={bilan.preliminaire} own /> : null}
          <section aria-labelledby="la-suite">
            <h2 id="la-suite">Et maintenant ?</h2>
            <p>{nextStepForBeneficiary(bilan.nextStep)}</p>
          </section>
          <MySeances bilanId={bilan.id} />
          <MyFollowUp bilanId={bilan.id} />
          <section aria-labelledby="mes-documents">
            <h2 id="mes-documents">Mes documents</h2>
            <p>
              <Link to="/mon-bilan/documents">Lire et signer mes documents</Link> : devis, contrat ou convention,
              certificat de réalisation.
            </p>
            <p>
              <Link to="/mon-bilan/mes-donnees">Mes données</Link> : télécharger en une fois tous les documents et les
              données de votre bilan, pour les garder.
            </p>
          </section>
          {consultant ? (
            <section aria-labelledby="mon-consultant">
              <h2 id="mon-consultant">Votre consultant·e</h2>
              <p>
                {consultant.firstName} {consultant.lastName}, {organisationName}
                <br />
                <a href={`mailto:${consultant.email}`}>{consultant.email}</a>
              </p>
            </section>
          ) : null}
          <section aria-labelledby="confidentialite">
            <h2 id="confidentialite">Confidentialité</h2>
            <p>
              Ce que vous écrivez et les résultats de votre bilan vous appartiennent. Seuls vous et votre consultant·e y
              avez accès ; rien n’est transmis à votre employeur ou à un financeur sans votre accord.
            </p>
          </section>
        </>
      )}
    </Page>
  );
}
