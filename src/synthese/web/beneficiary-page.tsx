/**
 * « Ma synthèse »: the beneficiary reads the version their consultant published, section by
 * section, comments any part, sees what changed since the version before, approves it (a
 * signature), then confirms receiving it and downloads it as PDF or Word. The draft and the
 * passages proposed to the consultant are never shown here.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { syntheseEndpoints } from '../contracts/endpoints.ts';
import { CONFIDENTIALITY_NOTICE, type SyntheseView } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { EmptyState } from '../../ui/Card.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { Page } from '../../ui/Page.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { useSession } from '../../ui/session.ts';
import { ApproveForm } from './approve-form.tsx';
import { CommentForm, CommentItem } from './comments.tsx';
import { AcknowledgeDelivery, DeliveryFacts } from './delivery.tsx';
import { VersionDiff } from './diff-view.tsx';
import { SyntheseDownloads } from './downloads.tsx';
import { syntheseKeys } from './query-keys.ts';
import { VersionText } from './version-text.tsx';
import { commentsOnEveryVersion } from './view-model.ts';
import { AFTER_WITHDRAWAL_ANCHOR, WithdrawApproval } from './withdraw-approval.tsx';
import './synthese.css';

const TITLE = 'Ma synthèse';

function MySynthese({ bilanId, synthese }: { bilanId: string; synthese: SyntheseView }) {
  const client = useQueryClient();
  const toast = useToast();
  const session = useSession();
  const refresh = () => client.invalidateQueries({ queryKey: syntheseKeys.ofBilan(bilanId) });
  const onDone = async (message: string) => {
    await refresh();
    toast(message, 'success');
  };
  const latest = synthese.versions[0];
  if (synthese.contentDestroyed)
    return (
      <EmptyState title="Le contenu de votre synthèse a été détruit">
        Comme la loi le prévoit à la fin du bilan (article R6313-7 du Code du travail), le texte de votre document de
        synthèse a été détruit. La preuve de sa remise est conservée ; le certificat de destruction est consultable
        depuis votre accueil.
      </EmptyState>
    );
  if (!latest)
    return (
      <EmptyState title="Votre synthèse est en cours de rédaction">
        Votre consultant·e rédige le document de synthèse de votre bilan. Vous pourrez le lire ici dès qu’une première
        version sera publiée, le commenter partie par partie, puis l’approuver.
      </EmptyState>
    );
  const previous = synthese.versions[1];
  const approved = synthese.approval;
  const withdrawn = approved ? undefined : synthese.withdrawals[0];
  const signer = session.data ? `${session.data.firstName} ${session.data.lastName}` : 'vous';
  return (
    <>
      <section aria-labelledby="version-a-lire">
        <div className="portfolio-item-head">
          <h2 id={AFTER_WITHDRAWAL_ANCHOR} tabIndex={-1}>
            Version {latest.number}
          </h2>
          {approved ? <StatusChip tone="success">Approuvée</StatusChip> : <StatusChip tone="info">À relire</StatusChip>}
        </div>
        <p className="muted">
          Publiée le {formatDateTime(latest.publishedAt)} par {latest.publishedBy.name}
          {approved ? ` · approuvée le ${formatDateTime(approved.signedAt)}` : ''}.
        </p>
        {latest.diffFromPrevious && previous ? (
          <details className="synthese-details" open={!approved}>
            <summary>Ce qui a changé depuis la version {previous.number}</summary>
            <VersionDiff
              diff={latest.diffFromPrevious}
              fromNumber={previous.number}
              toNumber={latest.number}
              headingLevel={3}
            />
          </details>
        ) : null}
        <VersionText
          version={latest}
          headingLevel={3}
          hideEmpty
          after={(key, heading, written) => {
            const comments = commentsOnEveryVersion(synthese.versions, key);
            return (
              <>
                {comments.length > 0 ? (
                  <ul className="synthese-comments" aria-label={`Vos commentaires sur « ${heading} »`}>
                    {comments.map((c) => (
                      <CommentItem key={c.id} comment={c} viewer="beneficiary" />
                    ))}
                  </ul>
                ) : null}
                {synthese.can.comment && written ? (
                  <CommentForm
                    bilanId={bilanId}
                    versionId={latest.id}
                    sectionKey={key}
                    heading={heading}
                    onDone={onDone}
                  />
                ) : null}
              </>
            );
          }}
        />
      </section>
      {synthese.can.approve && !approved ? (
        <section aria-labelledby="approuver" className="ui-card synthese-approve">
          <h2 id="approuver">Approuver cette version</h2>
          <p>
            Si la synthèse vous convient, approuvez-la. Sinon, commentez les parties à revoir : votre consultant·e
            publiera une nouvelle version.
          </p>
          {withdrawn ? (
            <p>
              Vous avez retiré le {formatDateTime(withdrawn.withdrawnAt)} votre approbation de la version{' '}
              {withdrawn.versionNumber}.
            </p>
          ) : null}
          <ApproveForm bilanId={bilanId} version={latest} signer={signer} onDone={onDone} onStale={refresh} />
        </section>
      ) : null}
      {approved || synthese.delivery ? (
        <section aria-labelledby="remise">
          <h2 id="remise">Remise de votre synthèse</h2>
          {approved ? (
            <p>
              Vous avez approuvé la version {approved.versionNumber} le {formatDateTime(approved.signedAt)} (signée «
              {'\u00a0'}
              {approved.signedName}
              {'\u00a0'}»).
            </p>
          ) : null}
          {approved && synthese.can.withdrawApproval ? (
            <>
              <p>
                Vous avez repéré une erreur ? Tant que votre synthèse ne vous a pas été remise, vous pouvez retirer
                votre approbation : votre consultant·e la corrigera.
              </p>
              <WithdrawApproval bilanId={bilanId} approval={approved} onDone={onDone} />
            </>
          ) : null}
          {synthese.delivery ? (
            <DeliveryFacts delivery={synthese.delivery} viewer="beneficiary" />
          ) : (
            <p className="muted">Votre consultant·e enregistrera la remise de votre synthèse.</p>
          )}
          {synthese.can.acknowledgeDelivery ? <AcknowledgeDelivery bilanId={bilanId} onDone={onDone} /> : null}
        </section>
      ) : null}
      {synthese.can.export ? (
        <section aria-labelledby="telecharger">
          <h2 id="telecharger">Télécharger</h2>
          <p>
            Votre synthèse en PDF (accessible) ou au format Word,{' '}
            {approved ? 'telle que vous l’avez approuvée' : 'dans sa dernière version'}.
          </p>
          <SyntheseDownloads bilanId={bilanId} mine />
        </section>
      ) : null}
    </>
  );
}

export function MySynthesePage() {
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  const synthese = useQuery({
    queryKey: syntheseKeys.ofBilan(bilanId ?? ''),
    queryFn: () => call(syntheseEndpoints.get, { params: { id: bilanId ?? '' } }),
    enabled: Boolean(bilanId),
  });
  return (
    <Page
      title={TITLE}
      intro={
        <p>
          Le document de synthèse de votre bilan, rédigé par votre consultant·e à partir de ce que vous avez fait
          ensemble. Lisez-le, commentez ce qui ne vous convient pas, puis approuvez-le.
        </p>
      }
    >
      <Notice>
        <p>
          <strong>Confidentialité. </strong>
          {CONFIDENTIALITY_NOTICE}
        </p>
      </Notice>
      {home.isPending || (bilanId && synthese.isPending) ? <Loading /> : null}
      {home.isError ? <LoadError error={home.error} /> : null}
      {synthese.isError ? <LoadError error={synthese.error} /> : null}
      {home.data && !bilanId ? <p>Aucun bilan n’est ouvert à votre nom pour le moment.</p> : null}
      {bilanId && synthese.data ? <MySynthese bilanId={bilanId} synthese={synthese.data} /> : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}
