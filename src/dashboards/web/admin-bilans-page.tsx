/**
 * The admin's list of every bilan (decision 034): administrative status only, filtered on the
 * server (the filters live in the address, so a filtered list can be shared or reloaded), paged
 * by 25, with the reassignment of a bilan. A table on wide screens, stacked cards on a phone.
 */
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ChevronLeft, ChevronRight, ListFilter } from 'lucide-react';
import { call } from '../../ui/api.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { formatMinutes } from '../../ui/format.ts';
import { PHASES } from '../../bilans/domain/phases.ts';
import { FINANCINGS } from '../../financing/domain/catalog.ts';
import { PHASE_SHORT_LABELS } from '../../bilans/contracts/labels.ts';
import { FINANCING_LABELS } from '../../financing/contracts/labels.ts';
import { dashboardEndpoints } from '../contracts/endpoints.ts';
import type { AdminBilanRow, AdminBilans, AdminBilansQuery } from '../contracts/schemas.ts';
import { ALERT_LABELS, DEADLINE_LABELS, DOCUMENT_STATE_LABELS } from '../contracts/labels.ts';
import { dashboardKeys } from './query-keys.ts';
import { frenchDay } from './format.ts';
import { ReassignButton } from './reassign-dialog.tsx';
import './dashboards.css';

const FILTERS = ['consultant', 'phase', 'financing', 'alerts', 'q'] as const;

function queryOf(params: URLSearchParams): AdminBilansQuery {
  const query: Record<string, string | number> = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) query[name] = value;
  }
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) query.page = page;
  return query as AdminBilansQuery;
}

function Filters({ query, data }: { query: AdminBilansQuery; data: AdminBilans | undefined }) {
  const [, setParams] = useSearchParams();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  };
  return (
    <form className="dash-filters" onSubmit={submit} aria-label="Filtrer les bilans" role="search">
      <div className="field">
        <label htmlFor="filtre-nom">Bénéficiaire</label>
        <input id="filtre-nom" name="q" type="search" defaultValue={query.q ?? ''} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="filtre-consultant">Consultant·e</label>
        <select
          id="filtre-consultant"
          name="consultant"
          defaultValue={query.consultant ?? ''}
          key={data ? 'ready' : 'loading'}
        >
          <option value="">Toutes et tous</option>
          {data?.consultants.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {c.active ? '' : ' (inactif·ve)'}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filtre-phase">Phase</label>
        <select id="filtre-phase" name="phase" defaultValue={query.phase ?? ''}>
          <option value="">Toutes</option>
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {PHASE_SHORT_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filtre-financement">Financement</label>
        <select id="filtre-financement" name="financing" defaultValue={query.financing ?? ''}>
          <option value="">Tous</option>
          {FINANCINGS.map((f) => (
            <option key={f} value={f}>
              {FINANCING_LABELS[f]}
            </option>
          ))}
        </select>
      </div>
      <div className="field dash-check">
        <input id="filtre-alertes" name="alerts" type="checkbox" value="oui" defaultChecked={query.alerts === 'oui'} />
        <label htmlFor="filtre-alertes">Seulement les bilans avec une alerte</label>
      </div>
      <div className="button-row">
        <button type="submit" className="button primary dash-action">
          <ListFilter aria-hidden="true" size={16} />
          <span>Filtrer</span>
        </button>
        <Link to="/admin/bilans" className="button secondary">
          Tout afficher
        </Link>
      </div>
    </form>
  );
}

function Row({ bilan, data, onDone }: { bilan: AdminBilanRow; data: AdminBilans; onDone: (m: string) => void }) {
  const name = `${bilan.beneficiary.firstName} ${bilan.beneficiary.lastName}`;
  return (
    <tr>
      <th scope="row" data-label="Bénéficiaire">
        {name}
      </th>
      <td data-label="Consultant·e">{bilan.consultant.name}</td>
      <td data-label="Phase">{PHASE_SHORT_LABELS[bilan.phase]}</td>
      <td data-label="Heures" className="dash-hours">
        {formatMinutes(bilan.doneMinutes)} sur {formatMinutes(bilan.plannedMinutes)}
      </td>
      <td data-label="Financement">
        {FINANCING_LABELS[bilan.financing.type]}
        <br />
        <span className="dash-meta">{bilan.financing.status ?? 'Dossier non ouvert'}</span>
      </td>
      <td data-label="Documents">
        {bilan.documents.length === 0 ? (
          <span className="dash-meta">Aucun</span>
        ) : (
          <ul className="dash-cell-list">
            {bilan.documents.map((d, i) => (
              <li key={i}>
                <StatusChip tone={d.state === 'awaiting' ? 'warning' : d.state === 'signed' ? 'success' : 'neutral'}>
                  {DOCUMENT_STATE_LABELS[d.state]}
                </StatusChip>{' '}
                {d.title}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td data-label="Échéances">
        {bilan.deadlines.length === 0 ? (
          <span className="dash-meta">Aucune</span>
        ) : (
          <ul className="dash-cell-list">
            {bilan.deadlines.map((d) => (
              <li key={d.kind}>
                {d.state === 'overdue' ? (
                  <StatusChip tone="danger">En retard</StatusChip>
                ) : d.state === 'due' ? (
                  <StatusChip tone="warning">Bientôt</StatusChip>
                ) : null}{' '}
                {DEADLINE_LABELS[d.kind]} : {frenchDay(d.dueOn)}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td data-label="Alertes">
        {bilan.alerts.length === 0 ? (
          <span className="dash-meta">Aucune</span>
        ) : (
          <ul className="dash-cell-list">
            {bilan.alerts.map((a) => (
              <li key={a.code}>
                <StatusChip tone="warning">{ALERT_LABELS[a.code]}</StatusChip>{' '}
                <span className="dash-meta">{a.message}</span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td data-label="Action" className="actions">
        <ReassignButton bilan={bilan} consultants={data.consultants} onDone={onDone} />
      </td>
    </tr>
  );
}

function Pager({ data }: { data: AdminBilans }) {
  const [params] = useSearchParams();
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  if (pages === 1) return null;
  const to = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    return `/admin/bilans?${next.toString()}`;
  };
  return (
    <nav className="dash-pager" aria-label="Pages de la liste">
      {data.page > 1 ? (
        <Link to={to(data.page - 1)} className="button secondary dash-action">
          <ChevronLeft aria-hidden="true" size={16} />
          <span>Page précédente</span>
        </Link>
      ) : null}
      <span>
        Page {data.page} sur {pages}
      </span>
      {data.page < pages ? (
        <Link to={to(data.page + 1)} className="button secondary dash-action">
          <span>Page suivante</span>
          <ChevronRight aria-hidden="true" size={16} />
        </Link>
      ) : null}
    </nav>
  );
}

export function AdminBilansPage() {
  const [params] = useSearchParams();
  const query = queryOf(params);
  const [done, setDone] = useState<string | null>(null);
  const list = useQuery({
    queryKey: dashboardKeys.adminBilans(query),
    queryFn: () => call(dashboardEndpoints.adminBilans, { query }),
    placeholderData: keepPreviousData,
  });
  const data = list.data;
  return (
    <Page
      title="Bilans"
      intro={
        <p>
          Le suivi administratif de chaque bilan de l’organisme : phase, heures, financement, documents et échéances. Le
          contenu des bilans n’y figure jamais.
        </p>
      }
    >
      <Filters query={query} data={data} />
      {done ? <Notice tone="success">{done}</Notice> : null}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} />
      ) : (
        <section aria-labelledby="liste-bilans">
          <h2 id="liste-bilans" className="dash-total" aria-live="polite">
            {data!.total === 0
              ? 'Aucun bilan'
              : `${data!.total} bilan${data!.total > 1 ? 's' : ''}, dont ${data!.withAlerts} avec une alerte`}
          </h2>
          {data!.total === 0 ? (
            <p className="dash-empty">
              Aucun bilan ne correspond à ces critères. Cette liste montre tous les bilans de l’organisme dès que les
              consultant·es les créent.
            </p>
          ) : (
            <div className="dash-table" role="region" aria-label="Tableau : bilans de l’organisme" tabIndex={0}>
              <table>
                <caption className="visually-hidden">
                  Bilans de l’organisme : bénéficiaire, consultant·e, phase, heures, financement, documents, échéances
                  et alertes
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Bénéficiaire</th>
                    <th scope="col">Consultant·e</th>
                    <th scope="col">Phase</th>
                    <th scope="col">Heures</th>
                    <th scope="col">Financement</th>
                    <th scope="col">Documents</th>
                    <th scope="col">Échéances</th>
                    <th scope="col">Alertes</th>
                    <th scope="col">Action</th>
                  </tr>
                </thead>
                <tbody>
                  {data!.rows.map((bilan) => (
                    <Row key={bilan.id} bilan={bilan} data={data!} onDone={setDone} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager data={data!} />
        </section>
      )}
    </Page>
  );
}
