/**
 * « Agenda »: the consultant's séances across their bilans, by week or by month, with the public
 * holidays. The address keeps the view and the date (?vue=semaine&date=2026-12-07), so reloading
 * and going back show the same period. For screen readers a week is a list of days, each with its
 * heading; a month is a table whose columns are the days of the week. On a phone both read as a
 * day-by-day list.
 */
import type { ReactNode } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { call } from '../../ui/api.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { isPlainDate, parsePlainDate, dateParts, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { isSensibleDate } from '../../shared/fields.ts';
import { seanceEndpoints } from '../contracts/endpoints.ts';
import type { AgendaPage as AgendaData, AgendaSeance } from '../contracts/schemas.ts';
import { AGENDA_VIEWS, agendaRange, daysOf, shiftAgenda, type AgendaView } from '../domain/agenda.ts';
import { seanceKeys } from './query-keys.ts';
import {
  WEEKDAYS,
  agendaStatus,
  agendaWhere,
  dayWithoutYear,
  longDay,
  monthName,
  parisDayOf,
  parisTime,
} from './agenda-format.ts';
import { dayOf } from './seance-format.ts';
import './agenda.css';

function todayInParis(): PlainDate {
  return parsePlainDate(dayOf(new Date().toISOString()));
}

/** The view and the date the address asks for; anything unreadable falls back to this week. */
function useAgendaAddress() {
  const [params, setParams] = useSearchParams();
  const rawView = params.get('vue');
  const rawDate = params.get('date') ?? '';
  const view: AgendaView = (AGENDA_VIEWS as readonly string[]).includes(rawView ?? '')
    ? (rawView as AgendaView)
    : 'semaine';
  const date = isPlainDate(rawDate) && isSensibleDate(rawDate) ? rawDate : todayInParis();
  const go = (next: { view?: AgendaView; date?: PlainDate }) =>
    setParams({ vue: next.view ?? view, date: next.date ?? date });
  return { view, date, go };
}

function periodTitle(view: AgendaView, date: PlainDate): string {
  const range = agendaRange(view, date);
  if (view === 'mois') {
    const name = monthName(date);
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return `Semaine du ${dayWithoutYear(range.from)} au ${longDay(range.to)}`;
}

function neighbourLabel(view: AgendaView, date: PlainDate, step: -1 | 1): string {
  const target = shiftAgenda(view, date, step);
  return view === 'mois' ? monthName(target) : `semaine du ${longDay(target)}`;
}

function SeanceItem({ seance, compact = false }: { seance: AgendaSeance; compact?: boolean }) {
  const status = agendaStatus(seance);
  const name = `${seance.beneficiary.firstName} ${seance.beneficiary.lastName}`;
  const cancelled = seance.status === 'cancelled';
  return (
    <li className={`agenda-seance agenda-seance-${status.tone}${cancelled ? ' agenda-seance-cancelled' : ''}`}>
      <Link to={`/consultant/seances/${seance.id}`} className="agenda-seance-link">
        <span className="agenda-time">
          {parisTime(seance.startsAt)}
          {compact ? null : <> – {parisTime(seance.endsAt)}</>}
        </span>{' '}
        <span className="agenda-who">{name}</span>
      </Link>
      {compact ? null : <span className="agenda-where">{agendaWhere(seance)}</span>}
      <StatusChip tone={status.tone}>{status.label}</StatusChip>
    </li>
  );
}

function DayMarks({ day, today, holiday }: { day: PlainDate; today: PlainDate; holiday?: string }) {
  return (
    <>
      {day === today ? <StatusChip tone="info">Aujourd’hui</StatusChip> : null}
      {holiday ? <span className="agenda-holiday">Jour férié : {holiday}</span> : null}
    </>
  );
}

/** Days as a list, each with its heading: the week view, and the month view on a phone. */
function DayList({
  days,
  data,
  today,
  skipEmpty,
  className,
}: {
  days: PlainDate[];
  data: AgendaData;
  today: PlainDate;
  skipEmpty: boolean;
  className: string;
}) {
  const shown = days.filter(
    (d) => !skipEmpty || d === today || data.seances.some((s) => parisDayOf(s.startsAt) === d) || holidayOf(data, d),
  );
  if (shown.length === 0) return <p className={className}>Aucune séance ce mois-ci.</p>;
  return (
    <ol className={`agenda-days ${className}`}>
      {shown.map((day) => {
        const seances = data.seances.filter((s) => parisDayOf(s.startsAt) === day);
        const holiday = holidayOf(data, day);
        return (
          <li
            key={day}
            className={`agenda-day${day === today ? ' agenda-today' : ''}${holiday ? ' agenda-day-holiday' : ''}`}
          >
            <h3 className="agenda-day-title">
              <span>{dayWithoutYear(day)}</span>
            </h3>
            <DayMarks day={day} today={today} {...(holiday ? { holiday } : {})} />
            {seances.length === 0 ? (
              <p className="agenda-empty">Aucune séance</p>
            ) : (
              <ul className="agenda-seances">
                {seances.map((s) => (
                  <SeanceItem key={s.id} seance={s} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function holidayOf(data: AgendaData, day: PlainDate): string | undefined {
  return data.holidays.find((h) => h.date === day)?.label;
}

/** The month as a table: a row per week, a column per weekday, on wide screens. */
function MonthTable({ date, data, today }: { date: PlainDate; data: AgendaData; today: PlainDate }) {
  const days = daysOf(agendaRange('mois', date));
  const month = dateParts(date).month;
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  return (
    <table className="agenda-month agenda-wide">
      <caption className="visually-hidden">Séances de {monthName(date)}, une ligne par semaine</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((w) => (
            <th key={w} scope="col">
              <span aria-hidden="true">{w.slice(0, 3)}.</span>
              <span className="visually-hidden">{w}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const seances = data.seances.filter((s) => parisDayOf(s.startsAt) === day);
              const holiday = holidayOf(data, day);
              const outside = dateParts(day).month !== month;
              return (
                <td
                  key={day}
                  className={`agenda-cell${outside ? ' agenda-outside' : ''}${day === today ? ' agenda-today' : ''}${holiday ? ' agenda-day-holiday' : ''}`}
                >
                  <span className="agenda-daynum">
                    <span aria-hidden="true">{dateParts(day).day}</span>
                    <span className="visually-hidden">{dayWithoutYear(day)}</span>
                  </span>
                  <DayMarks day={day} today={today} {...(holiday ? { holiday } : {})} />
                  {seances.length > 0 ? (
                    <ul className="agenda-seances">
                      {seances.map((s) => (
                        <SeanceItem key={s.id} seance={s} compact />
                      ))}
                    </ul>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Toolbar({ view, date, go }: ReturnType<typeof useAgendaAddress>) {
  const today = todayInParis();
  return (
    <div className="agenda-toolbar">
      <div className="agenda-nav" role="group" aria-label="Changer de période">
        <button type="button" className="button secondary" onClick={() => go({ date: shiftAgenda(view, date, -1) })}>
          <ChevronLeft aria-hidden="true" size={18} className="agenda-icon" />
          Précédent<span className="visually-hidden"> : {neighbourLabel(view, date, -1)}</span>
        </button>
        <button type="button" className="button secondary" onClick={() => go({ date: today })}>
          Aujourd’hui
        </button>
        <button type="button" className="button secondary" onClick={() => go({ date: shiftAgenda(view, date, 1) })}>
          Suivant<span className="visually-hidden"> : {neighbourLabel(view, date, 1)}</span>
          <ChevronRight aria-hidden="true" size={18} className="agenda-icon" />
        </button>
      </div>
      <div className="agenda-views" role="group" aria-label="Affichage">
        {(
          [
            ['semaine', 'Semaine'],
            ['mois', 'Mois'],
          ] as const
        ).map(([value, label]) => (
          <button
            key={value}
            type="button"
            className={`button ${view === value ? 'primary' : 'secondary'}`}
            aria-pressed={view === value}
            onClick={() => go({ view: value })}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}

export function AgendaPage() {
  const address = useAgendaAddress();
  const { view, date } = address;
  const range = agendaRange(view, date);
  const agenda = useQuery({
    queryKey: seanceKeys.agendaRange(range.from, range.to),
    queryFn: () => call(seanceEndpoints.agenda, { query: { from: range.from, to: range.to } }),
    placeholderData: keepPreviousData,
  });
  const title = periodTitle(view, date);
  const today = todayInParis();
  const data = agenda.data && agenda.data.from === range.from && agenda.data.to === range.to ? agenda.data : undefined;
  const count = data?.seances.length ?? 0;

  let body: ReactNode;
  if (agenda.isError) body = <LoadError error={agenda.error} />;
  else if (!data) body = <Loading />;
  else if (view === 'semaine')
    body = <DayList days={daysOf(range)} data={data} today={today} skipEmpty={false} className="agenda-week" />;
  else
    body = (
      <>
        <MonthTable date={date} data={data} today={today} />
        <DayList
          days={daysOf(range).filter((d) => dateParts(d).month === dateParts(date).month)}
          data={data}
          today={today}
          skipEmpty
          className="agenda-narrow"
        />
      </>
    );

  return (
    <Page title="Agenda">
      <Toolbar {...address} />
      <section aria-labelledby="agenda-periode" className="agenda">
        {/* Announced when it changes (Précédent, Suivant, the view switch). */}
        <div aria-live="polite" className="agenda-heading">
          <h2 id="agenda-periode">{title}</h2>
          {data ? (
            <p className="muted">
              {count === 0
                ? 'Aucune séance sur cette période.'
                : `${count} séance${count > 1 ? 's' : ''} sur cette période.`}{' '}
              Les horaires sont ceux de Paris.
            </p>
          ) : null}
        </div>
        {body}
        {data && count === 0 ? (
          <p>
            Les séances se planifient depuis le dossier de chaque bilan : <Link to="/consultant/bilans">Bilans</Link>.
          </p>
        ) : null}
      </section>
    </Page>
  );
}
