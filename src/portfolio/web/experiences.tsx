/**
 * The parcours: the "highs and lows" chart of satisfaction over time (SVG hidden from screen
 * readers, with its text equivalent), then the timeline of experiences, most recent first, as an
 * ordered list; each with its kind, title, period, employer or context and satisfaction, who last
 * changed it, its comments, and (for a job chosen in the ROME) the competences the job proposes.
 */
import { useMemo, useState } from 'react';
import { Plus } from 'lucide-react';
import { portfolioEndpoints } from '../contracts/endpoints.ts';
import { EXPERIENCE_KIND_LABELS, type ExperienceView } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { usePortfolioDrafts } from './autosave.tsx';
import { CommentsOn } from './comments.tsx';
import { authorship, focusLater, usePortfolio } from './context.ts';
import { ExperienceEditor } from './experience-form.tsx';
import { RomeProposals } from './proposals.tsx';
import { WorksheetImport } from './worksheet-import.tsx';
import { SATISFACTION_WORDS, chartPoints, chartSummary, timelineOrder } from './timeline.ts';
import { periodFr } from '../domain/portfolio-pdf.ts';

const CHART = { width: 640, height: 180, padding: 24 };

/** The highs and lows: a line through the satisfaction of each experience, in chronological order. */
function HighsAndLows({ experiences }: { experiences: readonly ExperienceView[] }) {
  const points = useMemo(() => chartPoints(experiences, CHART), [experiences]);
  if (points.length < 2) return null;
  const { width, height, padding } = CHART;
  const y = (level: number) => padding + ((5 - level) / 4) * (height - 2 * padding);
  return (
    <figure className="chart-figure portfolio-chart" aria-labelledby="hauts-et-bas-titre">
      <figcaption id="hauts-et-bas-titre">Les hauts et les bas du parcours, du plus ancien au plus récent</figcaption>
      <div className="portfolio-chart-body" aria-hidden="true">
        <div className="portfolio-chart-axis">
          <span>Très bien vécue</span>
          <span>Très mal vécue</span>
        </div>
        <svg viewBox={`0 0 ${width} ${height}`} focusable="false" preserveAspectRatio="none">
          {[1, 3, 5].map((level) => (
            <line
              key={level}
              x1={padding}
              x2={width - padding}
              y1={y(level)}
              y2={y(level)}
              className="portfolio-chart-grid"
            />
          ))}
          <polyline className="portfolio-chart-line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
          {points.map((p) => (
            // A zero-length round-capped line: a dot that stays round when the chart stretches.
            <line key={p.id} x1={p.x} y1={p.y} x2={p.x} y2={p.y} className="portfolio-chart-dot" />
          ))}
        </svg>
        <span />
        <div className="portfolio-chart-years">
          <span>{points[0]!.startedOn.slice(0, 4)}</span>
          <span>{points[points.length - 1]!.startedOn.slice(0, 4)}</span>
        </div>
      </div>
      <ol className="visually-hidden">
        {chartSummary(points).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </figure>
  );
}

function ExperienceItem({ experience, onEdit }: { experience: ExperienceView; onEdit: () => void }) {
  const { bilanId, editable, refresh } = usePortfolio();
  const toast = useToast();
  const [proposals, setProposals] = useState(false);
  const headingId = `experience-${experience.id}`;
  return (
    <li className="portfolio-item portfolio-experience">
      <div className="portfolio-item-head">
        <h3 id={headingId} tabIndex={-1}>
          {experience.title}
        </h3>
        <StatusChip tone="info">{EXPERIENCE_KIND_LABELS[experience.kind]}</StatusChip>
      </div>
      <p className="portfolio-period">
        {periodFr(experience.startedOn, experience.endedOn)}
        {experience.employerOrContext ? <> · {experience.employerOrContext}</> : null}
      </p>
      {experience.appellation && experience.appellation.label !== experience.title ? (
        <p className="muted">Métier : {experience.appellation.label ?? 'ne figure plus dans le répertoire'}</p>
      ) : null}
      {experience.satisfaction !== null ? (
        <p>
          <span className="muted">Ressenti : </span>
          {SATISFACTION_WORDS[experience.satisfaction]?.toLowerCase()} ({experience.satisfaction} sur 5)
        </p>
      ) : null}
      {experience.activities || experience.achievements || experience.liked || experience.disliked ? (
        <details>
          <summary>
            Activités, réalisations et ressenti<span className="visually-hidden"> : {experience.title}</span>
          </summary>
          <dl className="portfolio-texts">
            {(
              [
                ['Activités', experience.activities],
                ['Réalisations', experience.achievements],
                ['Ce que j’ai aimé', experience.liked],
                ['Ce que j’ai moins aimé', experience.disliked],
              ] as const
            ).map(([label, text]) =>
              text ? (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd className="answer-text">{text}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </details>
      ) : null}
      <p className="portfolio-author">{authorship(experience, formatDateTime)}</p>
      {editable ? (
        <div className="button-row">
          <Button size="small" onPress={onEdit}>
            Modifier<span className="visually-hidden"> « {experience.title} »</span>
          </Button>
          {experience.appellation ? (
            <Button size="small" aria-expanded={proposals} onPress={() => setProposals((open) => !open)}>
              {proposals ? 'Masquer les compétences du métier' : 'Voir les compétences du métier'}
              <span className="visually-hidden"> « {experience.appellation.label ?? experience.title} »</span>
            </Button>
          ) : null}
          <ConfirmDialog
            triggerLabel="Supprimer"
            triggerVariant="quiet"
            title={`Supprimer « ${experience.title} » ?`}
            irreversible="L’expérience, ses commentaires et ses liens avec les compétences seront effacés définitivement. Les compétences elles-mêmes restent."
            confirmLabel="Supprimer l’expérience"
            onConfirm={async () => {
              await call(portfolioEndpoints.deleteExperience, { params: { id: bilanId, itemId: experience.id } });
              await refresh();
              toast(`L’expérience « ${experience.title} » est supprimée.`);
              focusLater('parcours-titre');
            }}
          />
        </div>
      ) : null}
      {proposals && experience.appellation ? (
        <RomeProposals experience={experience} onDone={() => setProposals(false)} />
      ) : null}
      <CommentsOn target={{ type: 'experience', id: experience.id }} about={experience.title} />
    </li>
  );
}

export function ParcoursSection() {
  const { bilanId, editable, viewer, portfolio, refresh } = usePortfolio();
  const drafts = usePortfolioDrafts(bilanId);
  const known = useMemo(() => new Set(portfolio.experiences.map((e) => e.id)), [portfolio.experiences]);
  // Drafts left in this browser (a reload, a lost network, an expired session) reopen their form.
  const [editing, setEditing] = useState<Set<string>>(
    () => new Set(editable ? drafts.ids('experience').filter((id) => known.has(id)) : []),
  );
  const [added, setAdded] = useState<string[]>(() =>
    editable ? drafts.ids('experience').filter((id) => !known.has(id)) : [],
  );
  const ordered = timelineOrder(portfolio.experiences);
  const close = (id: string, savedId: string | null) => {
    setEditing((open) => {
      const next = new Set(open);
      next.delete(id);
      return next;
    });
    setAdded((ids) => ids.filter((other) => other !== id));
    focusLater(savedId ? `experience-${savedId}` : 'ajouter-experience');
  };
  return (
    <section aria-labelledby="parcours-titre" className="portfolio-part">
      <h2 id="parcours-titre" tabIndex={-1}>
        {viewer === 'beneficiary' ? 'Mon parcours' : 'Parcours'}
      </h2>
      <p className="muted">
        Les expériences professionnelles, le bénévolat, la vie personnelle et les formations, de la plus récente à la
        plus ancienne.
      </p>
      <HighsAndLows experiences={portfolio.experiences} />
      {editable ? (
        <p>
          <Button
            id="ajouter-experience"
            variant="primary"
            icon={Plus}
            onPress={() => setAdded((ids) => [crypto.randomUUID(), ...ids])}
          >
            Ajouter une expérience
          </Button>
        </p>
      ) : null}
      <WorksheetImport bilanId={bilanId} onImported={() => void refresh()} />
      {added.map((id) => (
        <ExperienceEditor key={id} id={id} view={null} onClose={(savedId) => close(id, savedId)} />
      ))}
      {ordered.length === 0 && added.length === 0 ? (
        <EmptyState title="Aucune expérience pour l’instant" headingLevel={3}>
          {viewer === 'beneficiary'
            ? 'Vos emplois, vos engagements bénévoles, ce que la vie personnelle vous a appris et vos formations : chaque expérience montre des compétences.'
            : 'Les expériences de la ou du bénéficiaire apparaîtront ici, de la plus récente à la plus ancienne.'}
        </EmptyState>
      ) : (
        <ol className="portfolio-timeline" aria-labelledby="parcours-titre">
          {ordered
            .filter((experience) => !added.includes(experience.id))
            .map((experience) =>
              editing.has(experience.id) ? (
                <li key={experience.id} className="portfolio-item portfolio-item-editing">
                  <ExperienceEditor
                    id={experience.id}
                    view={experience}
                    onClose={(savedId) => close(experience.id, savedId ?? experience.id)}
                  />
                </li>
              ) : (
                <ExperienceItem
                  key={experience.id}
                  experience={experience}
                  onEdit={() => setEditing((open) => new Set(open).add(experience.id))}
                />
              ),
            )}
        </ol>
      )}
    </section>
  );
}
