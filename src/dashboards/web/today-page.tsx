/**
 * The consultant's « Aujourd'hui » (decision 034): what is due today and the next days, each item
 * linking to where the consultant acts (the dossier's sections, the séance, the lead).
 */
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { AlarmClock, CalendarClock, FileSignature, Inbox, TriangleAlert, type LucideIcon } from 'lucide-react';
import { call } from '../../ui/api.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { PHASE_SHORT_LABELS } from '../../bilans/contracts/labels.ts';
import { dashboardEndpoints } from '../contracts/endpoints.ts';
import type { ConsultantToday, DossierSection, TodayItem, TodaySeance } from '../contracts/schemas.ts';
import { ALERT_LABELS, ITEM_LABELS } from '../contracts/labels.ts';
import { dashboardKeys } from './query-keys.ts';
import { frenchDay, frenchTime, parisDay } from './format.ts';
import './dashboards.css';

/** Where the consultant acts on a bilan: its dossier, or one of its sections. */
export function dossierPath(bilanId: string, section: DossierSection = null): string {
  return `/consultant/bilans/${bilanId}${section ? `/${section}` : ''}`;
}

function Block({
  id,
  icon: Icon,
  title,
  count,
  empty,
  children,
}: {
  id: string;
  icon: LucideIcon;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="dash-block" aria-labelledby={id}>
      <h2 id={id} className="dash-block-title">
        <Icon aria-hidden="true" size={20} />
        <span>{title}</span>
        {count > 0 ? <span className="dash-count">{count}</span> : null}
      </h2>
      {count === 0 ? <p className="dash-empty">{empty}</p> : children}
    </section>
  );
}

const MODE_LABELS: Record<string, string> = {
  in_person: 'en présentiel',
  remote: 'à distance',
  personal_work: 'travail personnel',
};

function Seances({ seances, today }: { seances: TodaySeance[]; today: string }) {
  const days = new Map<string, TodaySeance[]>();
  for (const s of seances) days.set(parisDay(s.startsAt), [...(days.get(parisDay(s.startsAt)) ?? []), s]);
  return (
    <div className="dash-days">
      {[...days].map(([day, list]) => (
        <div key={day}>
          <h3 className="dash-day">{day === today ? `Aujourd’hui, ${frenchDay(day)}` : frenchDay(day)}</h3>
          <ul className="dash-list">
            {list.map((s) => (
              <li key={s.id}>
                <span className="dash-when">
                  {frenchTime(s.startsAt)} – {frenchTime(s.endsAt)}
                </span>
                <Link to={`/consultant/seances/${s.id}`}>{s.beneficiary}</Link>
                <span className="dash-meta">{MODE_LABELS[s.mode] ?? ''}</span>
                {s.status === 'held' ? (
                  <StatusChip tone="success">Tenue</StatusChip>
                ) : (
                  <StatusChip tone="info">Planifiée</StatusChip>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function itemLink(item: TodayItem): string {
  if (item.kind === 'seance_to_record' && item.seanceId) return `/consultant/seances/${item.seanceId}`;
  return dossierPath(item.bilanId, item.kind === 'follow_up' ? 'suivi' : 'financement');
}

function itemWhen(item: TodayItem): string {
  if (item.kind === 'seance_to_record') return `séance du ${frenchDay(item.due)} à ${frenchTime(item.due)}`;
  if (item.kind === 'follow_up') return `prévu le ${frenchDay(item.due)}`;
  return `au plus tard le ${frenchDay(item.due)}`;
}

function Overdue({ items }: { items: TodayItem[] }) {
  return (
    <ul className="dash-list">
      {items.map((item) => (
        <li key={`${item.kind}-${item.seanceId ?? item.bilanId}`}>
          {item.state === 'overdue' ? (
            <StatusChip tone="danger">En retard</StatusChip>
          ) : (
            <StatusChip tone="warning">À faire</StatusChip>
          )}
          <span>
            <Link to={itemLink(item)}>{ITEM_LABELS[item.kind]}</Link> — {item.beneficiary}, {itemWhen(item)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function TodayBlocks({ data }: { data: ConsultantToday }) {
  return (
    <div className="dash-grid">
      <Block
        id="bloc-seances"
        icon={CalendarClock}
        title="Séances"
        count={data.seances.length}
        empty="Aucune séance aujourd’hui ni dans les sept prochains jours. Les séances que vous planifiez dans un dossier apparaissent ici."
      >
        <Seances seances={data.seances} today={data.today} />
      </Block>
      <Block
        id="bloc-retard"
        icon={AlarmClock}
        title="En retard ou à faire"
        count={data.overdue.length}
        empty="Rien en retard. Ici apparaissent les séances passées à renseigner, les déclarations EDOF et les entretiens de suivi à tenir."
      >
        <Overdue items={data.overdue} />
      </Block>
      <Block
        id="bloc-demandes"
        icon={Inbox}
        title="Nouvelles demandes"
        count={data.leads.length}
        empty="Aucune nouvelle demande. Les demandes de contact qui vous sont confiées apparaissent ici tant que vous ne les avez pas ouvertes."
      >
        <ul className="dash-list">
          {data.leads.map((lead) => (
            <li key={lead.id}>
              <StatusChip tone="info">Nouvelle</StatusChip>
              <span>
                <Link to={`/demandes/${lead.id}`}>{lead.name}</Link> — reçue le {frenchDay(lead.receivedAt)}
              </span>
            </li>
          ))}
        </ul>
      </Block>
      <Block
        id="bloc-documents"
        icon={FileSignature}
        title="Documents en attente de signature"
        count={data.documents.length}
        empty="Aucun document en attente. Les devis, contrats et conventions que vous produisez apparaissent ici jusqu’à leur dernière signature."
      >
        <ul className="dash-list">
          {data.documents.map((doc) => (
            <li key={doc.id}>
              {doc.awaitsProvider ? (
                <StatusChip tone="warning">À signer</StatusChip>
              ) : (
                <StatusChip tone="info">En attente</StatusChip>
              )}
              <span>
                <Link to={dossierPath(doc.bilanId, 'financement')}>{doc.title}</Link> — {doc.beneficiary} ; signature
                attendue : {doc.awaiting.join(', ').toLowerCase()}
              </span>
            </li>
          ))}
        </ul>
      </Block>
      <Block
        id="bloc-risque"
        icon={TriangleAlert}
        title="Bilans à risque"
        count={data.atRisk.length}
        empty="Aucun bilan à risque. Un bilan en cours apparaît ici s’il n’a plus de séance, dépasse ses heures, manque de consentement ou a dépassé sa date de fin."
      >
        <ul className="dash-list dash-risks">
          {data.atRisk.map((risk) => (
            <li key={risk.bilanId}>
              <span>
                <Link to={dossierPath(risk.bilanId)}>{risk.beneficiary}</Link>{' '}
                <span className="dash-meta">({PHASE_SHORT_LABELS[risk.phase]})</span>
              </span>
              <ul className="dash-alerts">
                {risk.alerts.map((alert) => (
                  <li key={alert.code}>
                    <StatusChip tone="warning">{ALERT_LABELS[alert.code]}</StatusChip> {alert.message}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Block>
    </div>
  );
}

export function TodayPage() {
  const today = useQuery({ queryKey: dashboardKeys.today, queryFn: () => call(dashboardEndpoints.today) });
  return (
    <Page
      title="Aujourd’hui"
      intro={today.data ? <p>{frenchDay(today.data.today).replace(/^./, (c) => c.toUpperCase())}</p> : undefined}
    >
      {today.isPending ? (
        <Loading />
      ) : today.isError ? (
        <LoadError error={today.error} />
      ) : (
        <TodayBlocks data={today.data} />
      )}
    </Page>
  );
}
