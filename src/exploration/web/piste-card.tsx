/**
 * One piste as read: its kind, status and computed feasibility (always with its reasons), the
 * desire and its why, the criteria, the factors, where it came from (a suggestion's reasons kept
 * as created), the skill gap against the fiche (held, to develop, missing), the training needs
 * and the enquêtes métier.
 */
import { Link } from 'react-router';
import { explorationEndpoints } from '../contracts/endpoints.ts';
import {
  ASSESSMENT_LABELS,
  CRITERION_LABELS,
  PISTE_KIND_LABELS,
  PISTE_ORIGIN_LABELS,
  PISTE_STATUS_LABELS,
  type PisteView,
} from '../contracts/schemas.ts';
import type { FeasibilityLevel } from '../domain/feasibility.ts';
import { CRITERIA, type PisteStatus } from '../domain/model.ts';
import type { SkillGap } from '../domain/skill-gaps.ts';
import { call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { StatusChip, type ChipTone } from '../../ui/StatusChip.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { RomeCredit } from '../../portfolio/web/rome-fields.tsx';
import { focusLater, pisteAnchor, useExploration } from './context.ts';
import { Enquetes } from './enquetes.tsx';
import { DESIRE_WORDS } from './forms.ts';
import { TrainingNeeds } from './training-needs.tsx';

export const STATUS_TONES: Record<PisteStatus, ChipTone> = {
  a_explorer: 'neutral',
  en_enquete: 'info',
  retenue: 'success',
  plan_b: 'info',
  ecartee: 'warning',
};

export const FEASIBILITY_TONES: Record<FeasibilityLevel, ChipTone> = {
  a_evaluer: 'neutral',
  faible: 'danger',
  moyenne: 'warning',
  elevee: 'success',
};

const LEVEL_WORDS = ['', 'Notions', 'Pratique accompagnée', 'Autonome', 'Expert·e'];

function GapList({
  title,
  items,
  empty,
}: {
  title: string;
  items: { codeOgr: string; label: string; level?: number | null }[];
  empty: string;
}) {
  return (
    <div>
      <h5>
        {title} ({items.length})
      </h5>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.codeOgr}>
              {item.label}
              {item.level ? <span className="muted"> ({LEVEL_WORDS[item.level]})</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SkillGapBlock({ gap, title }: { gap: SkillGap; title: string }) {
  return (
    <details className="pistes-block">
      <summary>
        Écart de compétences : {Math.round(gap.coverage * 100)} % des compétences clés du métier
        <span className="visually-hidden"> ({title})</span>
      </summary>
      <p className="muted">
        Les compétences clés de la fiche ({gap.reference}) comparées au portefeuille de compétences.
      </p>
      <div className="pistes-gap">
        <GapList title="Déjà acquises" items={gap.held} empty="Aucune pour l’instant." />
        <GapList title="À développer" items={gap.toDevelop} empty="Aucune." />
        <GapList title="Manquantes" items={gap.missing} empty="Aucune compétence clé ne manque." />
      </div>
      <RomeCredit />
    </details>
  );
}

export function PisteCard({ piste, onEdit }: { piste: PisteView; onEdit: () => void }) {
  const { bilanId, editable, viewer, refresh } = useExploration();
  const toast = useToast();
  const assessed = CRITERIA.filter((c) => piste.criteria[c].assessment || piste.criteria[c].note);
  return (
    <li className="portfolio-item pistes-piste">
      <div className="portfolio-item-head">
        <h3 id={pisteAnchor(piste.id)} tabIndex={-1}>
          {piste.title}
        </h3>
        <StatusChip tone={STATUS_TONES[piste.status]}>{PISTE_STATUS_LABELS[piste.status]}</StatusChip>
      </div>
      <p className="muted">
        {PISTE_KIND_LABELS[piste.kind]}
        {piste.fiche ? (
          <>
            {' · '}
            <Link to={`/metiers/${piste.fiche.codeRome}${viewer === 'consultant' ? `?bilan=${bilanId}` : ''}`}>
              Fiche métier{piste.fiche.label && piste.fiche.label !== piste.title ? ` « ${piste.fiche.label} »` : ''}
              <span className="visually-hidden"> de la piste « {piste.title} »</span>
            </Link>
          </>
        ) : null}
        {' · '}
        {PISTE_ORIGIN_LABELS[piste.origin]}
      </p>
      {piste.status === 'ecartee' && piste.statusReason ? (
        <p>
          <span className="muted">Écartée parce que : </span>
          {piste.statusReason}
        </p>
      ) : null}
      {piste.description ? <p className="answer-text">{piste.description}</p> : null}
      <dl className="pistes-facts">
        <div>
          <dt>Envie</dt>
          <dd>
            {piste.desire === null ? 'Pas encore dite' : `${DESIRE_WORDS[piste.desire]} (${piste.desire} sur 5)`}
            {piste.desireWhy ? <span className="answer-text"> — {piste.desireWhy}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Faisabilité</dt>
          <dd>
            <StatusChip tone={FEASIBILITY_TONES[piste.feasibility.level]}>{piste.feasibility.label}</StatusChip>
          </dd>
        </div>
      </dl>
      <div className="pistes-reasons">
        <p className="muted">Ce qui fait cette faisabilité :</p>
        {piste.feasibility.reasons.length > 0 ? (
          <ul>
            {piste.feasibility.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : (
          <p>Rien n’est encore évalué : remplissez les critères ensemble.</p>
        )}
      </div>
      {assessed.length > 0 || piste.favourableFactors || piste.unfavourableFactors ? (
        <details>
          <summary>
            Critères et facteurs<span className="visually-hidden"> ({piste.title})</span>
          </summary>
          <dl className="portfolio-texts">
            {assessed.map((c) => (
              <div key={c}>
                <dt>{CRITERION_LABELS[c]}</dt>
                <dd>
                  {piste.criteria[c].assessment ? ASSESSMENT_LABELS[piste.criteria[c].assessment] : 'Pas encore évalué'}
                  {piste.criteria[c].note ? <span className="answer-text"> — {piste.criteria[c].note}</span> : null}
                </dd>
              </div>
            ))}
            {piste.favourableFactors ? (
              <div>
                <dt>Facteurs favorables</dt>
                <dd className="answer-text">{piste.favourableFactors}</dd>
              </div>
            ) : null}
            {piste.unfavourableFactors ? (
              <div>
                <dt>Facteurs défavorables</dt>
                <dd className="answer-text">{piste.unfavourableFactors}</dd>
              </div>
            ) : null}
          </dl>
        </details>
      ) : null}
      {piste.originReasons.length > 0 ? (
        <details>
          <summary>
            Pourquoi ce métier a été suggéré<span className="visually-hidden"> ({piste.title})</span>
          </summary>
          <ul>
            {piste.originReasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="portfolio-author">
        {piste.revision > 1 ? 'Modifiée' : 'Ajoutée'} par {piste.updatedBy.name} le {formatDateTime(piste.updatedAt)}
      </p>
      {editable ? (
        <div className="button-row">
          <Button size="small" variant="primary" onPress={onEdit}>
            {viewer === 'beneficiary' ? 'Peser cette piste' : 'Modifier'}
            <span className="visually-hidden"> « {piste.title} »</span>
          </Button>
          <ConfirmDialog
            triggerLabel="Supprimer"
            triggerVariant="quiet"
            title={`Supprimer la piste « ${piste.title} » ?`}
            irreversible="La piste, ses besoins de formation et ses enquêtes, avec leurs notes et leurs débriefings, seront effacés définitivement. Pour la garder en mémoire, donnez-lui plutôt le statut « Écartée »."
            confirmLabel="Supprimer la piste"
            onConfirm={async () => {
              await call(explorationEndpoints.deletePiste, { params: { id: bilanId, itemId: piste.id } });
              await refresh();
              toast(`La piste « ${piste.title} » est supprimée.`);
              focusLater('pistes-titre');
            }}
          />
        </div>
      ) : null}
      {piste.skillGap ? <SkillGapBlock gap={piste.skillGap} title={piste.title} /> : null}
      <TrainingNeeds piste={piste} />
      <Enquetes piste={piste} />
    </li>
  );
}
