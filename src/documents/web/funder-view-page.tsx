/**
 * The funder's and employer's administrative view of a bilan, for its consultant to read and send
 * as PDF: dates, signed hours, completion, attendance proof and certificate. No content, ever.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { documentEndpoints } from '../contracts/endpoints.ts';
import { PHASE_LABELS } from '../../bilans/contracts/labels.ts';
import { call, urlOf } from '../../ui/api.ts';
import { documentKeys } from './query-keys.ts';
import { formatDate, formatMinutes } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { PenLine } from 'lucide-react';

const day = (date: string) => formatDate(`${date}T12:00:00Z`);
const TITLE = 'Suivi administratif pour le financeur';

export function FunderViewPage() {
  const { id = '' } = useParams();
  const view = useQuery({
    queryKey: documentKeys.funderView(id),
    queryFn: () => call(documentEndpoints.funderView, { params: { id } }),
  });
  if (view.isPending)
    return (
      <Page title={TITLE}>
        <Loading />
      </Page>
    );
  if (view.isError)
    return (
      <Page title={TITLE}>
        <LoadError error={view.error} />
      </Page>
    );
  const v = view.data;
  const name = `${v.beneficiary.firstName} ${v.beneficiary.lastName}`;
  return (
    <Page title={`${TITLE} : ${name}`}>
      <p>
        Ces informations sont administratives : elles peuvent être transmises au financeur ou à l’employeur. Le contenu
        du bilan (entretiens, travaux, résultats, synthèse) n’y figure jamais.
      </p>
      <p>
        <a href={urlOf(documentEndpoints.funderViewPdf, { params: { id: v.bilanId } })} target="_blank" rel="noopener">
          Télécharger le suivi administratif (PDF, nouvel onglet)
        </a>
      </p>
      <dl className="facts">
        <div>
          <dt>Financement</dt>
          <dd>{v.financingLabel}</dd>
        </div>
        <div>
          <dt>État</dt>
          <dd>{PHASE_LABELS[v.phase as keyof typeof PHASE_LABELS] ?? v.phase}</dd>
        </div>
        <div>
          <dt>Début</dt>
          <dd>{v.startedOn ? day(v.startedOn) : 'Aucune séance réalisée'}</dd>
        </div>
        <div>
          <dt>Fin</dt>
          <dd>{v.endedOn ? day(v.endedOn) : 'En cours'}</dd>
        </div>
        <div>
          <dt>Accompagnement réalisé et émargé</dt>
          <dd>
            {formatMinutes(v.accompanimentDoneMinutes)} sur {formatMinutes(v.plannedAccompanimentMinutes)} prévues
          </dd>
        </div>
        <div>
          <dt>Taux de réalisation</dt>
          <dd>
            {(v.completionBasisPoints / 100).toLocaleString('fr-FR', { maximumFractionDigits: 2 })}
            {'\u00a0'}%
          </dd>
        </div>
        <div>
          <dt>Certificat de réalisation</dt>
          <dd>
            {v.certificate ? (
              <>
                Délivré le {day(v.certificate.issuedOn)} —{' '}
                <a
                  href={urlOf(documentEndpoints.pdf, { params: { id: v.certificate.documentId } })}
                  target="_blank"
                  rel="noopener"
                >
                  certificat (PDF, nouvel onglet)
                </a>
              </>
            ) : (
              'Pas encore délivré'
            )}
          </dd>
        </div>
      </dl>
      <h2>Preuves d’assiduité</h2>
      <ResponsiveTable
        caption="Séances réalisées : date, horaires et signatures"
        rows={v.attendance}
        rowKey={(a) => `${a.date}-${a.start}`}
        empty={
          <EmptyState headingLevel={3} title="Aucune séance émargée pour le moment" icon={PenLine}>
            <p>
              Chaque séance réalisée et signée par la ou le bénéficiaire et par vous s’ajoute ici, comme preuve
              d’assiduité.
            </p>
          </EmptyState>
        }
        columns={[
          { header: 'Date', cell: (a) => day(a.date) },
          {
            header: 'Horaires',
            cell: (a) => (
              <>
                {a.start} – {a.end}
              </>
            ),
          },
          { header: 'Signature bénéficiaire', cell: (a) => a.beneficiarySignedAt ?? 'Non signée' },
          { header: 'Signature consultant·e', cell: (a) => a.consultantSignedAt ?? 'Non signée' },
        ]}
      />
      <p>
        <Link to={`/consultant/bilans/${v.bilanId}`}>Retour au dossier du bilan</Link>
      </p>
    </Page>
  );
}
