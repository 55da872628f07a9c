/**
 * The destruction certificate (decision 046): for the beneficiary (« Mon certificat de
 * destruction ») and for the organisation (its admins, the consultant of the dossier): each
 * destruction with its date, reason, categories and counts, what is kept and until when, and the
 * date by which no backup copy remains; the PDF to download. No content.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { call, urlOf } from '../../ui/api.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { Page } from '../../ui/Page.tsx';
import { lifecycleEndpoints } from '../contracts/endpoints.ts';
import { DESTRUCTION_REASON_LABELS } from '../domain/certificate.ts';
import { KEEPABLE_ITEM_LABELS } from '../domain/registry.ts';
import { lifecycleKeys } from './query-keys.ts';
import { countdown, frDate } from './labels.ts';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';

const TITLE = 'Certificat de destruction des documents du bilan';

export function MyCertificatePage() {
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  return (
    <Page title={TITLE}>
      {home.isPending ? <Loading /> : null}
      {home.isError ? <LoadError error={home.error} /> : null}
      {home.data && !bilanId ? <p>Aucun bilan n’est ouvert à votre nom pour le moment.</p> : null}
      {bilanId ? <Certificate bilanId={bilanId} /> : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}

export function StaffCertificatePage() {
  const { id = '' } = useParams();
  return (
    <Page title={TITLE}>
      <Certificate bilanId={id} />
    </Page>
  );
}

function Certificate({ bilanId }: { bilanId: string }) {
  const lifecycle = useQuery({
    queryKey: lifecycleKeys.ofBilan(bilanId),
    queryFn: () => call(lifecycleEndpoints.get, { params: { id: bilanId } }),
  });
  if (lifecycle.isPending) return <Loading />;
  if (lifecycle.isError) return <LoadError error={lifecycle.error} />;
  const { certificates, schedule } = lifecycle.data;
  if (certificates.length === 0)
    return (
      <p>
        Aucune destruction n’a encore eu lieu pour ce bilan.
        {schedule && !schedule.destroyedAt
          ? ` Elle est prévue le ${frDate(schedule.dueOn)} (${countdown(schedule.daysLeft)}).`
          : ''}
      </p>
    );
  return (
    <>
      <p>
        Les documents élaborés pour la réalisation du bilan ont été détruits comme suit. Les documents administratifs
        (présence, heures, signatures, financement, certificat de réalisation, preuve de remise de la synthèse) sont
        conservés : ils ne contiennent rien du contenu du bilan.
      </p>
      {certificates.map((c, index) => (
        <section key={c.id} aria-labelledby={`destruction-${c.id}`}>
          <h2 id={`destruction-${c.id}`}>
            Destruction {index + 1} du {frDate(c.destroyedOn)}
          </h2>
          <dl className="facts">
            <dt>Motif</dt>
            <dd>{DESTRUCTION_REASON_LABELS[c.reason]}</dd>
            <dt>Plus aucune copie dans les sauvegardes après le</dt>
            <dd>{frDate(c.backupsGoneOn)}</dd>
            {c.keptItems.length > 0 ? (
              <>
                <dt>Conservés avec l’accord écrit du ou de la bénéficiaire</dt>
                <dd>
                  {c.keptItems.map((i) => KEEPABLE_ITEM_LABELS[i]).join(' ; ')}
                  {c.keptUntil ? `, jusqu’au ${frDate(c.keptUntil)} au plus tard` : ''}
                </dd>
              </>
            ) : null}
          </dl>
          {c.categories.length > 0 ? (
            <ResponsiveTable
              caption={`Éléments détruits le ${frDate(c.destroyedOn)}`}
              captionVisible
              columns={[
                { header: 'Catégorie', cell: (line) => line.label },
                { header: 'Nombre', cell: (line) => line.count },
              ]}
              rows={c.categories}
              rowKey={(line) => line.category}
            />
          ) : (
            <p>Aucun élément restant à détruire.</p>
          )}
        </section>
      ))}
      <p className="button-row">
        <a
          className="button secondary"
          href={urlOf(lifecycleEndpoints.certificatePdf, { params: { id: bilanId } })}
          download
        >
          Télécharger le certificat (PDF)
        </a>
      </p>
    </>
  );
}
