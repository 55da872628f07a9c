/**
 * The dossier's « Synthèse » (issue 14): the consultant writes each section of the document de
 * synthèse, with the passages pre-filled from the dossier shown apart (their source named) to take
 * into the text or set aside; publishes a version for the beneficiary to read; answers their
 * comments section by section; sees what changed between versions; once the beneficiary has
 * approved a version, records its delivery. PDF and Word downloads.
 */
import { useMemo, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Send } from 'lucide-react';
import type { BilanSectionProps } from '../../bilans/web/section.ts';
import { syntheseEndpoints } from '../contracts/endpoints.ts';
import {
  SYNTHESE_SECTION_KEYS,
  type SyntheseDraftSectionView,
  type SyntheseSectionKey,
  type SyntheseView,
  type SyntheseVersionView,
} from '../contracts/schemas.ts';
import { ApiError, call } from '../../ui/api.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { AnswerForm, CommentItem } from './comments.tsx';
import { SyntheseContext, useSynthese, type EditorHandle } from './context.ts';
import { DeliveryFacts, RecordDeliveryForm } from './delivery.tsx';
import { VersionDiff } from './diff-view.tsx';
import { SyntheseDownloads } from './downloads.tsx';
import { DraftSection, RefreshProposals } from './section-editor.tsx';
import { syntheseKeys } from './query-keys.ts';
import { VersionText } from './version-text.tsx';
import {
  commentsOn,
  countOf,
  hasUnpublishedChanges,
  nextVersionNumber,
  revisionsOf,
  unansweredComments,
} from './view-model.ts';
import '../../portfolio/web/portfolio.css';
import './synthese.css';

const inOrder = (draft: readonly SyntheseDraftSectionView[]) =>
  [...draft].sort((a, b) => SYNTHESE_SECTION_KEYS.indexOf(a.key) - SYNTHESE_SECTION_KEYS.indexOf(b.key));

function Publish() {
  const { bilanId, synthese, editors, refresh } = useSynthese();
  const client = useQueryClient();
  const toast = useToast();
  const number = nextVersionNumber(synthese.versions);
  const draft = synthese.draft ?? [];
  const changed = hasUnpublishedChanges(draft);
  return (
    <div className="synthese-publish ui-card">
      <h3>Publier pour relecture</h3>
      {synthese.versions.length === 0 ? (
        <p>
          La ou le bénéficiaire ne voit rien de la synthèse tant qu’aucune version n’est publiée : ni le texte en cours,
          ni les passages proposés.
        </p>
      ) : changed ? (
        <p>
          Le texte a changé depuis la version {number - 1} : publiez la version {number} pour qu’elle soit relue.
        </p>
      ) : (
        <p className="muted">Rien n’a changé depuis la version {number - 1}.</p>
      )}
      {synthese.can.publish ? (
        <ConfirmDialog
          title={`Publier la version ${number} pour relecture ?`}
          irreversible={`La version ${number} sera visible de la ou du bénéficiaire, qui pourra la commenter partie par partie puis l’approuver. Une version publiée ne se modifie plus : vos changements suivants feront la version ${number + 1}.`}
          confirmLabel={`Publier la version ${number}`}
          tone="primary"
          triggerLabel={`Publier la version ${number} pour relecture`}
          triggerIcon={Send}
          onConfirm={async () => {
            // What each editor still holds is sent first: what is published is what is on screen.
            for (const editor of editors.values()) if (editor.hasUnsent()) await editor.flush();
            if ([...editors.values()].some((e) => e.hasUnsent()))
              throw new ApiError(
                409,
                'synthese_stale',
                'Une partie n’est pas encore enregistrée : vérifiez les messages sous les textes, puis publiez.',
              );
            const fresh = await client.fetchQuery({
              queryKey: syntheseKeys.ofBilan(bilanId),
              queryFn: () => call(syntheseEndpoints.get, { params: { id: bilanId } }),
              staleTime: 0,
            });
            const { version } = await call(syntheseEndpoints.publish, {
              params: { id: bilanId },
              body: { revisions: revisionsOf(fresh.draft ?? []) },
            });
            await refresh();
            toast(
              `La version ${version.number} est publiée : la ou le bénéficiaire peut la lire et la commenter.`,
              'success',
            );
          }}
        />
      ) : null}
    </div>
  );
}

function VersionCard({ version, previous }: { version: SyntheseVersionView; previous: number | null }) {
  const { bilanId, synthese, refresh } = useSynthese();
  const toast = useToast();
  const onDone = async (message: string) => {
    await refresh();
    toast(message, 'success');
  };
  const commented = version.sections.filter((s) => commentsOn(version, s.key).length > 0);
  return (
    <li className="portfolio-item synthese-version" aria-labelledby={`version-${version.number}`}>
      <div className="portfolio-item-head">
        <h3 id={`version-${version.number}`}>Version {version.number}</h3>
        {version.approval ? (
          <StatusChip tone="success">Approuvée</StatusChip>
        ) : synthese.versions[0]?.id === version.id ? (
          <StatusChip tone="info">En relecture</StatusChip>
        ) : (
          <StatusChip tone="neutral">Remplacée</StatusChip>
        )}
      </div>
      <p className="muted">
        Publiée le {formatDateTime(version.publishedAt)} par {version.publishedBy.name} ·{' '}
        {countOf(version.comments.length, 'commentaire')}
        {version.approval
          ? ` · approuvée le ${formatDateTime(version.approval.signedAt)} par ${version.approval.signedName}`
          : ''}
      </p>
      {commented.map((section) => (
        <div key={section.key} className="synthese-comments">
          <h4>Commentaires sur « {section.heading} »</h4>
          <ul>
            {commentsOn(version, section.key).map((comment) => (
              <CommentItem
                key={comment.id}
                comment={comment}
                viewer="consultant"
                answerForm={
                  <AnswerForm bilanId={bilanId} comment={comment} heading={section.heading} onDone={onDone} />
                }
              />
            ))}
          </ul>
        </div>
      ))}
      {version.diffFromPrevious && previous !== null ? (
        <details className="synthese-details">
          <summary>Voir les différences avec la version {previous}</summary>
          <VersionDiff
            diff={version.diffFromPrevious}
            fromNumber={previous}
            toNumber={version.number}
            headingLevel={4}
          />
        </details>
      ) : null}
      <details className="synthese-details">
        <summary>Lire la version {version.number} telle que publiée</summary>
        <VersionText version={version} headingLevel={4} />
      </details>
    </li>
  );
}

function Workspace() {
  const { bilanId, synthese, refresh } = useSynthese();
  const toast = useToast();
  const unanswered = unansweredComments(synthese.versions).length;
  const draft = inOrder(synthese.draft ?? []);
  const withdrawn = synthese.withdrawals[0];
  return (
    <div className="portfolio synthese">
      {synthese.approval ? (
        <Notice tone="success">
          <p>
            La version {synthese.approval.versionNumber} a été approuvée le {formatDateTime(synthese.approval.signedAt)}{' '}
            par {synthese.approval.signedName} : la synthèse ne se modifie plus
            {synthese.delivery ? '' : ', sauf si la ou le bénéficiaire retire son approbation avant la remise'}.
          </p>
        </Notice>
      ) : null}
      {!synthese.approval && withdrawn ? (
        <Notice tone="warning">
          <p>
            <strong>
              Approbation retirée le {formatDateTime(withdrawn.withdrawnAt)} par {withdrawn.signedName}
            </strong>{' '}
            (version {withdrawn.versionNumber}).
            {synthese.editable
              ? ' Vous pouvez corriger la synthèse et publier une nouvelle version, qui lui sera soumise pour approbation.'
              : ''}
          </p>
          {withdrawn.message ? (
            <>
              <p>Son message :</p>
              <blockquote className="synthese-withdrawal-message">{withdrawn.message}</blockquote>
            </>
          ) : null}
        </Notice>
      ) : null}
      {!synthese.approval && !synthese.editable ? (
        <Notice>
          <p>Le bilan est terminé : la synthèse se consulte, elle ne se modifie plus.</p>
        </Notice>
      ) : null}
      <nav aria-label="Parties de la synthèse" className="portfolio-toc">
        <ul>
          <li>
            <a href="#synthese-redaction">Rédaction</a>
          </li>
          <li>
            <a href="#synthese-versions">
              Versions et commentaires{unanswered > 0 ? ` (${countOf(unanswered, 'commentaire')} sans réponse)` : ''}
            </a>
          </li>
          <li>
            <a href="#synthese-remise">Remise et téléchargements</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="synthese-redaction" className="portfolio-part">
        <h2 id="synthese-redaction">Rédaction</h2>
        <p className="muted">
          Chaque partie se rédige librement. Les passages proposés d’après le dossier restent à part, avec leur source :
          rien n’en parvient au ou à la bénéficiaire sans que vous l’ayez repris dans le texte puis publié.
        </p>
        {synthese.editable ? (
          <>
            {draft.every((section) => section.proposals.length === 0) ? (
              <p>
                Aucun passage n’est encore proposé : « Actualiser les propositions » les prépare d’après le dossier
                (préliminaire, portfolio, questionnaires, pistes, plan d’action, suivi).
              </p>
            ) : null}
            <p className="button-row">
              <RefreshProposals />
            </p>
          </>
        ) : null}
        {draft.map((section) => (
          <DraftSection key={section.key} section={section} editable={synthese.editable} />
        ))}
        {synthese.editable && !synthese.approval ? <Publish /> : null}
      </section>
      <section aria-labelledby="synthese-versions" className="portfolio-part">
        <h2 id="synthese-versions">Versions et commentaires</h2>
        {synthese.contentDestroyed ? (
          <EmptyState title="Contenu détruit à la fin du bilan" headingLevel={3}>
            Le texte des versions publiées a été détruit (article R6313-7 du Code du travail). Leur numéro, leur date,
            l’approbation signée et la preuve de remise sont conservés.
          </EmptyState>
        ) : synthese.versions.length === 0 ? (
          <EmptyState title="Aucune version publiée" headingLevel={3}>
            Les versions publiées pour relecture apparaîtront ici, avec les commentaires de la ou du bénéficiaire partie
            par partie et ce qui a changé d’une version à l’autre.
          </EmptyState>
        ) : (
          <>
            {unanswered > 0 ? (
              <p>
                <StatusChip tone="warning">{countOf(unanswered, 'commentaire')} sans réponse</StatusChip>
              </p>
            ) : null}
            <ul className="synthese-versions">
              {synthese.versions.map((version, index) => (
                <VersionCard
                  key={version.id}
                  version={version}
                  previous={synthese.versions[index + 1]?.number ?? null}
                />
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="synthese-remise" className="portfolio-part">
        <h2 id="synthese-remise">Remise et téléchargements</h2>
        {synthese.delivery ? (
          <DeliveryFacts delivery={synthese.delivery} viewer="consultant" />
        ) : synthese.approval ? null : (
          <p className="muted">La remise s’enregistre une fois la synthèse approuvée par la ou le bénéficiaire.</p>
        )}
        {synthese.can.recordDelivery ? (
          <RecordDeliveryForm
            bilanId={bilanId}
            onDone={async (message) => {
              await refresh();
              toast(message, 'success');
            }}
          />
        ) : null}
        {synthese.can.export ? (
          <SyntheseDownloads bilanId={bilanId} mine={false} />
        ) : (
          <p className="muted">Le PDF et le document Word se téléchargent dès qu’une version est publiée.</p>
        )}
      </section>
    </div>
  );
}

export function SyntheseWorkspace({ bilanId }: { bilanId: string }) {
  const client = useQueryClient();
  const editors = useRef(new Map<SyntheseSectionKey, EditorHandle>()).current;
  const query = useQuery({
    queryKey: syntheseKeys.ofBilan(bilanId),
    queryFn: () => call(syntheseEndpoints.get, { params: { id: bilanId } }),
  });
  const value = useMemo(
    () =>
      query.data
        ? {
            bilanId,
            synthese: query.data,
            editors,
            refresh: () => client.invalidateQueries({ queryKey: syntheseKeys.ofBilan(bilanId) }),
            replaceSection: (section: SyntheseDraftSectionView) => {
              client.setQueryData<SyntheseView>(syntheseKeys.ofBilan(bilanId), (old) =>
                old?.draft ? { ...old, draft: old.draft.map((s) => (s.key === section.key ? section : s)) } : old,
              );
              // What may be done now (publish) follows the text: read again in the background.
              void client.invalidateQueries({ queryKey: syntheseKeys.ofBilan(bilanId) });
            },
          }
        : null,
    [bilanId, client, editors, query.data],
  );
  if (query.isPending) return <Loading />;
  if (query.isError || !value) return <LoadError error={query.error} />;
  return (
    <SyntheseContext.Provider value={value}>
      <Workspace />
    </SyntheseContext.Provider>
  );
}

/** The dossier's « Synthèse » (bilans/web/dossier/sections.ts). */
export function SyntheseSection({ bilan }: BilanSectionProps) {
  return <SyntheseWorkspace bilanId={bilan.id} />;
}
