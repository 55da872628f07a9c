/**
 * The organisation's results over a period: ends of bilans, completion, satisfaction from the
 * évaluations à chaud et à froid, follow-up interviews and their outcomes (Qualiopi indicators
 * 1–2 and 30). Figures only; comments are shown without their authors.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { FOLLOW_UP_OUTCOME_LABELS } from '../contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { afterEndpoints } from '../contracts/endpoints.ts';
import { afterKeys } from './query-keys.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';

const percent = (basisPoints: number | null) =>
  basisPoints === null
    ? 'pas encore de données'
    : `${(basisPoints / 100).toLocaleString('fr-FR', { maximumFractionDigits: 0 })}\u00a0%`;

function yearBounds(): { from: string; to: string } {
  const year = new Date().getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function AdminIndicatorsPage() {
  const [period, setPeriod] = useState(yearBounds);
  const [draft, setDraft] = useState(period);
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(period.from) && /^\d{4}-\d{2}-\d{2}$/.test(period.to) && period.from <= period.to;
  const data = useQuery({
    queryKey: afterKeys.indicators(period),
    queryFn: () => call(afterEndpoints.indicators, { query: period }),
    enabled: valid,
  });
  return (
    <Page
      title="Indicateurs de résultats"
      intro={
        <p>
          Les résultats de vos bilans sur une période : à publier (indicateurs Qualiopi 1 et 2) et à suivre
          (satisfaction, indicateur 30). Ces chiffres ne contiennent aucun élément des bilans eux-mêmes.
        </p>
      }
    >
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          setPeriod(draft);
        }}
      >
        <DateField name="from" label="Du" value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} />
        <DateField name="to" label="Au" value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} />
        <div className="form-actions">
          <button type="submit" className="button secondary">
            Afficher la période
          </button>
        </div>
      </form>
      {!valid ? (
        <p role="alert">Choisissez une date de début antérieure à la date de fin.</p>
      ) : data.isPending ? (
        <Loading />
      ) : data.isError ? (
        <LoadError error={data.error} />
      ) : (
        <>
          <section aria-labelledby="fins">
            <h2 id="fins">Bilans terminés</h2>
            <dl className="facts">
              <div>
                <dt>Bilans terminés sur la période</dt>
                <dd>{data.data.ended}</dd>
              </div>
              <div>
                <dt>Menés à leur terme</dt>
                <dd>
                  {data.data.completed} ({percent(data.data.completionShareBasisPoints)})
                </dd>
              </div>
              <div>
                <dt>Abandons</dt>
                <dd>{data.data.abandoned}</dd>
              </div>
              <div>
                <dt>Taux de réalisation moyen (heures émargées sur heures prévues)</dt>
                <dd>{percent(data.data.meanCompletionBasisPoints)}</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="satisfaction">
            <h2 id="satisfaction">Satisfaction</h2>
            <ResponsiveTable
              caption="Évaluations à chaud et à froid sur la période"
              rows={(['chaud', 'froid'] as const).map((kind) => ({ kind, ...data.data.evaluations[kind] }))}
              rowKey={(e) => e.kind}
              columns={[
                {
                  header: 'Évaluation',
                  cell: (e) => (e.kind === 'chaud' ? 'À chaud (fin du bilan)' : 'À froid (entretien de suivi)'),
                },
                { header: 'Envoyées', cell: (e) => e.sent },
                { header: 'Réponses', cell: (e) => e.answered },
                { header: 'Taux de réponse', cell: (e) => percent(e.responseRateBasisPoints) },
                { header: 'Satisfaction moyenne', cell: (e) => percent(e.meanScoreBasisPoints) },
              ]}
            />
            <p className="muted">
              La satisfaction est la moyenne des réponses aux affirmations, ramenée de « pas du tout d’accord » (0 %) à
              « tout à fait d’accord » (100 %).
            </p>
          </section>
          <section aria-labelledby="suivis">
            <h2 id="suivis">Entretiens de suivi</h2>
            <dl className="facts">
              <div>
                <dt>Proposés</dt>
                <dd>{data.data.followUps.offered}</dd>
              </div>
              <div>
                <dt>Acceptés</dt>
                <dd>{data.data.followUps.accepted}</dd>
              </div>
              <div>
                <dt>Réalisés</dt>
                <dd>{data.data.followUps.held}</dd>
              </div>
            </dl>
            {Object.keys(data.data.followUps.outcomes).length > 0 ? (
              <ul>
                {Object.entries(data.data.followUps.outcomes).map(([outcome, n]) => (
                  <li key={outcome}>
                    {FOLLOW_UP_OUTCOME_LABELS[outcome as keyof typeof FOLLOW_UP_OUTCOME_LABELS]} : {n}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <section aria-labelledby="commentaires">
            <h2 id="commentaires">Commentaires des bénéficiaires</h2>
            {data.data.comments.length === 0 ? (
              <p>Aucun commentaire sur la période.</p>
            ) : (
              <ul>
                {data.data.comments.map((c, i) => (
                  <li key={i}>
                    <span className="muted">{c.kind === 'chaud' ? 'À chaud' : 'À froid'} : </span>
                    {c.text}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
