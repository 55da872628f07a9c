/**
 * « Qualiopi : preuves »: for each indicator that applies to bilans, what Sillage holds as proof
 * over a period (counts and dates, never a bilan's content), what is missing and what the
 * organisation keeps outside Sillage; the results published on the public page (indicator 2),
 * with a warning when older than twelve months and a button to publish those of the period.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../ui/api.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { Card } from '../../ui/Card.tsx';
import { qualityEndpoints } from '../contracts/endpoints.ts';
import type { EvidenceView } from '../contracts/schemas.ts';
import { EVIDENCE_STATUS, frenchDay, percent } from './labels.ts';
import { qualityKeys } from './query-keys.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function PublishedResults({ view }: { view: EvidenceView }) {
  const client = useQueryClient();
  const publish = useMutation({
    mutationFn: () => call(qualityEndpoints.publishResults, { body: { from: view.from, to: view.to } }),
    onSuccess: () => client.invalidateQueries({ queryKey: qualityKeys.all }),
  });
  const r = view.results;
  return (
    <section aria-labelledby="resultats">
      <h2 id="resultats">Résultats publiés (indicateur 2)</h2>
      {r === null ? (
        <Notice tone="warning">
          <p>Aucun résultat n’est encore publié sur votre page publique.</p>
        </Notice>
      ) : (
        <>
          {view.resultsStale ? (
            <Notice tone="warning">
              <p>
                Les résultats publiés ont été calculés le {frenchDay(r.computedOn)} : il y a plus de douze mois.
                Mettez-les à jour.
              </p>
            </Notice>
          ) : null}
          <dl className="facts">
            <div>
              <dt>Calculés le</dt>
              <dd>{frenchDay(r.computedOn)}</dd>
            </div>
            <div>
              <dt>Période</dt>
              <dd>
                du {frenchDay(r.from)} au {frenchDay(r.to)}
              </dd>
            </div>
            <div>
              <dt>Bilans terminés</dt>
              <dd>{r.figures.ended}</dd>
            </div>
            <div>
              <dt>Menés à leur terme</dt>
              <dd>{percent(r.figures.completionRateBasisPoints)}</dd>
            </div>
            <div>
              <dt>Satisfaction (évaluations à chaud)</dt>
              <dd>
                {percent(r.figures.satisfactionBasisPoints)} ({r.figures.hotAnswered} réponses sur {r.figures.hotSent})
              </dd>
            </div>
          </dl>
        </>
      )}
      <p>
        Publier remplace les résultats de votre page publique par ceux de la période affichée, calculés aujourd’hui :
        nombre de bilans terminés, taux de réalisation, satisfaction, taux de réponse et devenir à six mois.
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          aria-disabled={publish.isPending || undefined}
          onClick={() => {
            if (!publish.isPending) publish.mutate();
          }}
        >
          Publier les résultats du {frenchDay(view.from)} au {frenchDay(view.to)}
        </button>
        <span role="status" className={publish.isSuccess ? 'form-done' : 'visually-hidden'}>
          {publish.isSuccess ? '✓ Résultats publiés sur votre page publique.' : null}
        </span>
      </div>
      {publish.isError ? <LoadError error={publish.error} /> : null}
    </section>
  );
}

/** The indicators with something missing, each a link to its card. */
function ToComplete({ view }: { view: EvidenceView }) {
  const missing = view.indicators.filter((i) => i.status === 'a_completer');
  if (missing.length === 0) return <p>Aucun indicateur à compléter sur la période.</p>;
  return (
    <>
      <p>
        {missing.length} indicateur{missing.length > 1 ? 's' : ''} sur {view.indicators.length} à compléter :
      </p>
      <ul>
        {missing.map((i) => (
          <li key={i.indicator}>
            <a href={`#indicateur-${i.indicator}`}>Indicateur {i.indicator}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

export function QualiopiEvidencePage() {
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const data = useQuery({
    queryKey: qualityKeys.evidence(period),
    queryFn: () => call(qualityEndpoints.evidence, { query: period }),
  });
  useEffect(() => {
    if (data.data) setDraft({ from: data.data.from, to: data.data.to });
  }, [data.data]);
  return (
    <Page
      title="Qualiopi : preuves"
      intro={
        <p>
          Pour chaque indicateur du référentiel qui s’applique aux bilans de compétences, ce que Sillage conserve comme
          preuve sur la période : des nombres et des dates, jamais le contenu des bilans. Voir aussi le{' '}
          <Link to="/admin/qualiopi/reclamations">registre des réclamations</Link> et le{' '}
          <Link to="/admin/qualiopi/ameliorations">plan d’amélioration</Link>.
        </p>
      }
    >
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!DAY.test(draft.from) || !DAY.test(draft.to) || draft.from > draft.to) {
            setProblem('Choisissez une date de début antérieure à la date de fin.');
            return;
          }
          setProblem(null);
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
      {problem ? <p role="alert">{problem}</p> : null}
      {data.isPending ? (
        <Loading />
      ) : data.isError ? (
        <LoadError error={data.error} />
      ) : (
        <>
          <p>
            Période : du {frenchDay(data.data.from)} au {frenchDay(data.data.to)}.
          </p>
          <ToComplete view={data.data} />
          <PublishedResults view={data.data} />
          <section aria-labelledby="indicateurs">
            <h2 id="indicateurs">Indicateurs</h2>
            {data.data.indicators.map((i) => (
              <div key={i.indicator} id={`indicateur-${i.indicator}`}>
                <Card
                  headingLevel={3}
                  title={`Indicateur ${i.indicator} : ${i.title}`}
                  actions={
                    <StatusChip tone={EVIDENCE_STATUS[i.status].tone}>{EVIDENCE_STATUS[i.status].label}</StatusChip>
                  }
                >
                  {i.evidence.length > 0 ? (
                    <dl className="facts">
                      {i.evidence.map((e) => (
                        <div key={e.label}>
                          <dt>{e.label}</dt>
                          <dd>{e.value}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                  {i.gaps.length > 0 ? (
                    <>
                      <p>
                        <strong>À compléter :</strong>
                      </p>
                      <ul>
                        {i.gaps.map((g) => (
                          <li key={g}>{g}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  {i.outside.length > 0 ? (
                    <p className="muted">Conservé hors de Sillage : {i.outside.join(' ')}</p>
                  ) : null}
                </Card>
              </div>
            ))}
          </section>
        </>
      )}
    </Page>
  );
}
