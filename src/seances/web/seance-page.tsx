/**
 * One séance, for its consultant (record the outcome, move, cancel, attendance in person, their own
 * signature in one tap) and its beneficiary (their attendance in one tap from their account).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { seanceEndpoints } from '../contracts/endpoints.ts';
import { PHASE_LABELS } from '../../bilans/contracts/labels.ts';
import { SEANCE_STATUS_LABELS } from '../contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { seanceKeys } from './query-keys.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { useSession } from '../../ui/session.ts';
import { dayOf, slot, whereLabel } from './seance-format.ts';
import { SeanceWarnings } from './seance-warnings.tsx';
import { OneTapAttendance } from './one-tap-attendance.tsx';
import { CancelForm, HeldForm, NoShowForm, RescheduleForm, SignAttendanceForm } from './forms.tsx';

function Disclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="spaced">
      <button type="button" className="button secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open ? <div className="disclosure-panel">{children}</div> : null}
    </div>
  );
}

export function SeancePage() {
  const { id = '' } = useParams();
  const session = useSession();
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const detail = useQuery({
    queryKey: seanceKeys.detail(id),
    queryFn: () => call(seanceEndpoints.get, { params: { id } }),
  });
  const role = session.data?.role;
  const back =
    role === 'beneficiary'
      ? { to: '/mon-bilan', label: 'Retour à mon bilan' }
      : {
          to: detail.data ? `/consultant/bilans/${detail.data.bilanId}` : '/consultant/bilans',
          label: 'Retour au bilan',
        };
  const onDone = (text: string, remarks: string[] = []) => {
    setMessage(text);
    setWarnings(remarks);
    refresh();
  };
  const refresh = () => {
    void client.invalidateQueries({ queryKey: seanceKeys.agenda });
    void client.invalidateQueries({ queryKey: seanceKeys.detail(id) });
    // Moves, cancellations, outcomes and signatures change the bilan's séances, next séance,
    // hours, no-shows and held séances per phase: its summary, checklist and both homes.
    const bilanId = detail.data?.bilanId;
    if (bilanId) {
      void client.invalidateQueries({ queryKey: seanceKeys.ofBilan(bilanId) });
      void client.invalidateQueries({ queryKey: bilanKeys.summary(bilanId) });
      void client.invalidateQueries({ queryKey: bilanKeys.checklist(bilanId) });
    }
    void client.invalidateQueries({ queryKey: bilanKeys.consultantHome });
    void client.invalidateQueries({ queryKey: bilanKeys.mine });
  };

  if (detail.isPending)
    return (
      <Page title="Séance">
        <Loading />
      </Page>
    );
  if (detail.isError)
    return (
      <Page title="Séance introuvable">
        <LoadError error={detail.error} />
        <p>
          <Link to={back.to}>{back.label}</Link>
        </p>
      </Page>
    );
  const { seance: s, beneficiary, consultant } = detail.data;
  const beneficiaryName = `${beneficiary.firstName} ${beneficiary.lastName}`;
  const consultantName = `${consultant.firstName} ${consultant.lastName}`;
  const started = Date.parse(s.startsAt) <= Date.now();
  const synchronous = s.mode !== 'personal_work';

  return (
    <Page title={`Séance du ${slot(s.startsAt, s.endsAt)}`}>
      {message ? (
        <div ref={messageRef} tabIndex={-1} className="notice-focus">
          <Notice tone="success">
            <p>{message}</p>
          </Notice>
          <SeanceWarnings title="À vérifier :" messages={warnings} />
        </div>
      ) : null}
      <dl className="facts">
        <div>
          <dt>Bénéficiaire</dt>
          <dd>{beneficiaryName}</dd>
        </div>
        <div>
          <dt>Consultant·e</dt>
          <dd>{consultantName}</dd>
        </div>
        <div>
          <dt>Phase</dt>
          <dd>{PHASE_LABELS[s.phase]}</dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>
            {whereLabel(s)}
            {s.mode === 'remote' && s.link ? (
              <>
                {' '}
                : <a href={s.link}>{s.link}</a>
              </>
            ) : null}
          </dd>
        </div>
        {s.topic ? (
          <div>
            <dt>Thème</dt>
            <dd>{s.topic}</dd>
          </div>
        ) : null}
        <div>
          <dt>État</dt>
          <dd>
            {SEANCE_STATUS_LABELS[s.status]}
            {s.statusReason ? ` (${s.statusReason})` : ''}
          </dd>
        </div>
        {s.actualStartAt && s.actualEndAt ? (
          <div>
            <dt>Horaires réels</dt>
            <dd>{slot(s.actualStartAt, s.actualEndAt)}</dd>
          </div>
        ) : null}
        {synchronous && s.status === 'held' ? (
          <div>
            <dt>Émargement</dt>
            <dd>
              Bénéficiaire :{' '}
              {s.beneficiarySignature
                ? `signé le ${formatDateTime(s.beneficiarySignature.signedAt)} (${s.beneficiarySignature.method === 'in_person' ? 'sur place' : 'à distance'})`
                : 'en attente'}
              <br />
              Consultant·e :{' '}
              {s.consultantSignature ? `signé le ${formatDateTime(s.consultantSignature.signedAt)}` : 'en attente'}
            </dd>
          </div>
        ) : null}
      </dl>

      {role === 'consultant' && s.status === 'planned' ? (
        <section aria-labelledby="actions">
          <h2 id="actions">Actions</h2>
          {started ? (
            <>
              <Disclosure label="Marquer comme réalisée">
                <HeldForm seance={s} onDone={onDone} />
              </Disclosure>
              {synchronous ? (
                <Disclosure label="Noter une absence">
                  <NoShowForm seance={s} onDone={onDone} />
                </Disclosure>
              ) : null}
            </>
          ) : (
            <>
              <Disclosure label="Déplacer la séance">
                <RescheduleForm seance={s} onDone={onDone} />
              </Disclosure>
              <Disclosure label="Annuler la séance">
                <CancelForm seance={s} onDone={onDone} />
              </Disclosure>
            </>
          )}
        </section>
      ) : null}

      {synchronous && s.status === 'held' && role === 'consultant' ? (
        <section aria-labelledby="emargement">
          <h2 id="emargement">Émargement</h2>
          {!s.beneficiarySignature && s.mode === 'in_person' ? (
            <>
              <h3>Signature de {beneficiaryName}, sur cet appareil</h3>
              <SignAttendanceForm seance={s} signer={beneficiaryName} forBeneficiary onDone={onDone} />
            </>
          ) : null}
          {!s.beneficiarySignature && s.mode === 'remote' ? (
            <p>{beneficiaryName} émarge depuis son espace : la séance y apparaît à signer.</p>
          ) : null}
          <h3>Votre signature</h3>
          <OneTapAttendance seance={s} who="consultant" signature={s.consultantSignature} onSigned={refresh} />
          {s.beneficiarySignature && s.consultantSignature ? (
            <p>
              La séance est émargée par les deux personnes : elle compte dans les heures d’accompagnement réalisées.
            </p>
          ) : null}
        </section>
      ) : null}

      {synchronous && s.status === 'held' && role === 'beneficiary' ? (
        <section aria-labelledby="emargement">
          <h2 id="emargement">Émargement</h2>
          <OneTapAttendance seance={s} who="beneficiary" signature={s.beneficiarySignature} onSigned={refresh} />
        </section>
      ) : null}

      <p className="button-row">
        <Link to={back.to}>{back.label}</Link>
        {role === 'consultant' ? (
          <Link to={`/consultant/agenda?vue=semaine&date=${dayOf(s.startsAt)}`}>Voir la semaine dans l’agenda</Link>
        ) : null}
      </p>
    </Page>
  );
}
