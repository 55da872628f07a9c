/**
 * The competences, grouped by the beneficiary's domains (then « Sans domaine »): kind, words, the
 * ROME item when any, level with its anchor, wanting to use it again, transferable, where it came
 * from, the experiences that prove it, who last changed it, and its comments. Added in free words
 * or from the ROME search; savoir-être proposed by the questionnaire and the 360° on request.
 */
import { useMemo, useState } from 'react';
import { Plus } from 'lucide-react';
import { portfolioEndpoints } from '../contracts/endpoints.ts';
import {
  COMPETENCE_KIND_LABELS,
  COMPETENCE_ORIGIN_LABELS,
  LEVEL_ANCHORS,
  type CompetenceView,
} from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { StatusChip, type ChipTone } from '../../ui/StatusChip.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { usePortfolioDrafts } from './autosave.tsx';
import { CommentsOn } from './comments.tsx';
import { CompetenceEditor } from './competence-form.tsx';
import { authorship, focusLater, usePortfolio } from './context.ts';
import { SavoirEtreProposals } from './proposals.tsx';
import { RomeCredit } from './rome-fields.tsx';
import { groupByDomain } from './timeline.ts';

const ORIGIN_TONES: Record<CompetenceView['origin'], ChipTone> = {
  declared: 'neutral',
  rome: 'info',
  questionnaire: 'success',
  feedback_360: 'success',
};

function CompetenceItem({ competence, onEdit }: { competence: CompetenceView; onEdit: () => void }) {
  const { bilanId, editable, refresh, portfolio, viewer } = usePortfolio();
  const toast = useToast();
  const level = competence.level ? LEVEL_ANCHORS[competence.level - 1] : undefined;
  const proofs = competence.experienceIds
    .map((id) => portfolio.experiences.find((e) => e.id === id)?.title)
    .filter((title): title is string => Boolean(title));
  return (
    <li className="portfolio-item portfolio-competence">
      <div className="portfolio-item-head">
        <h4 id={`competence-${competence.id}`} tabIndex={-1}>
          {competence.label}
        </h4>
        <span className="portfolio-chips">
          <StatusChip>{COMPETENCE_KIND_LABELS[competence.kind]}</StatusChip>
          <StatusChip tone={ORIGIN_TONES[competence.origin]}>{COMPETENCE_ORIGIN_LABELS[competence.origin]}</StatusChip>
        </span>
      </div>
      <dl className="portfolio-facts">
        {competence.rome ? (
          <div>
            <dt>Dans le répertoire des métiers</dt>
            <dd>{competence.rome.label ?? 'n’y figure plus (le libellé ci-dessus est conservé)'}</dd>
          </div>
        ) : null}
        <div>
          <dt>Niveau</dt>
          <dd>
            {level ? (
              <>
                {level.label} <span className="muted">— {level.anchor}</span>
              </>
            ) : (
              'Pas encore évalué'
            )}
          </dd>
        </div>
        <div>
          <dt>{viewer === 'beneficiary' ? 'Je veux la mobiliser à nouveau' : 'Veut la mobiliser à nouveau'}</dt>
          <dd>{competence.wantsToUse === null ? 'Pas encore dit' : competence.wantsToUse ? 'Oui' : 'Non'}</dd>
        </div>
        <div>
          <dt>Transférable</dt>
          <dd>{competence.transferable ? 'Oui' : 'Non'}</dd>
        </div>
        {proofs.length > 0 ? (
          <div>
            <dt>Prouvée par</dt>
            <dd>{proofs.join(' ; ')}</dd>
          </div>
        ) : null}
      </dl>
      <p className="portfolio-author">{authorship(competence, formatDateTime)}</p>
      {editable ? (
        <div className="button-row">
          <Button size="small" onPress={onEdit}>
            Modifier<span className="visually-hidden"> « {competence.label} »</span>
          </Button>
          <ConfirmDialog
            triggerLabel="Supprimer"
            triggerVariant="quiet"
            title={`Supprimer « ${competence.label} » ?`}
            irreversible="La compétence, ses commentaires et ses liens avec les expériences seront effacés définitivement."
            confirmLabel="Supprimer la compétence"
            onConfirm={async () => {
              await call(portfolioEndpoints.deleteCompetence, { params: { id: bilanId, itemId: competence.id } });
              await refresh();
              toast(`La compétence « ${competence.label} » est supprimée.`);
              focusLater('competences-titre');
            }}
          />
        </div>
      ) : null}
      <CommentsOn target={{ type: 'competence', id: competence.id }} about={competence.label} />
    </li>
  );
}

export function CompetencesSection() {
  const { bilanId, editable, viewer, portfolio } = usePortfolio();
  const drafts = usePortfolioDrafts(bilanId);
  const known = useMemo(() => new Set(portfolio.competences.map((c) => c.id)), [portfolio.competences]);
  const [editing, setEditing] = useState<Set<string>>(
    () => new Set(editable ? drafts.ids('competence').filter((id) => known.has(id)) : []),
  );
  const [added, setAdded] = useState<string[]>(() =>
    editable ? drafts.ids('competence').filter((id) => !known.has(id)) : [],
  );
  const [savoirEtre, setSavoirEtre] = useState(false);
  const groups = groupByDomain(
    portfolio.competences.filter((c) => !added.includes(c.id)),
    portfolio.domains,
  );
  const close = (id: string, savedId: string | null) => {
    setEditing((open) => {
      const next = new Set(open);
      next.delete(id);
      return next;
    });
    setAdded((ids) => ids.filter((other) => other !== id));
    focusLater(savedId ? `competence-${savedId}` : 'competences-titre');
  };
  const hasRome = portfolio.competences.some((c) => c.rome !== null);
  return (
    <section aria-labelledby="competences-titre" className="portfolio-part">
      <h2 id="competences-titre" tabIndex={-1}>
        {viewer === 'beneficiary' ? 'Mes compétences' : 'Compétences'}
      </h2>
      <p className="muted">
        Savoirs, savoir-faire et savoir-être, rangés par domaine. Rien n’y entre sans le choix d’une personne du bilan.
      </p>
      {editable ? (
        <div className="button-row">
          <Button variant="primary" icon={Plus} onPress={() => setAdded((ids) => [crypto.randomUUID(), ...ids])}>
            Ajouter une compétence
          </Button>
          <Button aria-expanded={savoirEtre} onPress={() => setSavoirEtre((open) => !open)}>
            Savoir-être issus du questionnaire
          </Button>
        </div>
      ) : null}
      {savoirEtre ? <SavoirEtreProposals onDone={() => setSavoirEtre(false)} /> : null}
      {added.map((id) => (
        <CompetenceEditor key={id} id={id} view={null} headingLevel={3} onClose={(savedId) => close(id, savedId)} />
      ))}
      {groups.length === 0 && added.length === 0 ? (
        <EmptyState title="Aucune compétence pour l’instant" headingLevel={3}>
          Ajoutez-en avec vos mots, gardez celles que proposent les métiers de votre parcours (« Voir les compétences du
          métier ») ou celles qu’a fait ressortir le questionnaire des savoir-être.
        </EmptyState>
      ) : (
        groups.map((group) => (
          <div key={group.domainId ?? 'sans-domaine'} className="portfolio-domain-group">
            <h3>{group.label}</h3>
            {group.competences.length === 0 ? (
              <p className="muted">Aucune compétence dans ce domaine pour l’instant.</p>
            ) : (
              <ul className="portfolio-list">
                {group.competences.map((competence) =>
                  editing.has(competence.id) ? (
                    <li key={competence.id} className="portfolio-item portfolio-item-editing">
                      <CompetenceEditor
                        id={competence.id}
                        view={competence}
                        headingLevel={4}
                        onClose={(savedId) => close(competence.id, savedId ?? competence.id)}
                      />
                    </li>
                  ) : (
                    <CompetenceItem
                      key={competence.id}
                      competence={competence}
                      onEdit={() => setEditing((open) => new Set(open).add(competence.id))}
                    />
                  ),
                )}
              </ul>
            )}
          </div>
        ))
      )}
      {hasRome ? <RomeCredit /> : null}
    </section>
  );
}
