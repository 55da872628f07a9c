/**
 * The dossier's header band (design brief, "The dossier"): who (beneficiary, financing,
 * consultant), where (the phase stepper with the current phase's checklist progress) and the
 * status rail (hours, next séance, documents to sign, next step) with its alerts. Everything comes
 * from the bilan's detail, read in one request.
 */
import { ArrowRight, CalendarClock, Clock, FileSignature, TriangleAlert } from 'lucide-react';
import type { BilanDetail } from '../../contracts/schemas.ts';
import { nextStepForConsultant } from '../../contracts/labels.ts';
import { FINANCING_LABELS } from '../../../financing/contracts/labels.ts';
import { EDOF_KIND_LABELS } from '../../../after/contracts/labels.ts';
import { StatusChip, type ChipTone } from '../../../ui/StatusChip.tsx';
import { formatDate, formatDateTime, formatMinutes } from '../../../ui/format.ts';
import { isOpen } from '../../domain/phases.ts';
import { abandonedFrom } from '../../domain/phase-steps.ts';
import { PhaseSteps } from '../PhaseSteps.tsx';
import './dossier.css';

export interface DossierAlert {
  key: string;
  tone: ChipTone;
  chip: string;
  text: string;
}

/** What needs the consultant's attention, most urgent first. */
export function dossierAlerts(b: BilanDetail): DossierAlert[] {
  const alerts: DossierAlert[] = [];
  const s = b.status;
  const open = isOpen(b.phase);
  if (s.edofDue) {
    const what = `Déclaration EDOF « ${EDOF_KIND_LABELS[s.edofDue.kind]} » à faire au plus tard le ${formatDate(s.edofDue.dueOn)}`;
    alerts.push(
      s.edofDue.overdue
        ? { key: 'edof', tone: 'danger', chip: 'En retard', text: what }
        : { key: 'edof', tone: 'warning', chip: 'À faire', text: what },
    );
  }
  if (open && s.consent === 'refused')
    alerts.push({
      key: 'consent',
      tone: 'danger',
      chip: 'Refusé',
      text: 'La ou le bénéficiaire n’a pas donné son consentement : le bilan ne peut pas commencer sans son accord.',
    });
  if (open && s.consent === 'none')
    alerts.push({
      key: 'consent',
      tone: 'warning',
      chip: 'En attente',
      text: 'Consentement de la ou du bénéficiaire pas encore donné.',
    });
  if (open && s.scheduledMinutes > b.plannedMinutes)
    alerts.push({
      key: 'hours',
      tone: 'warning',
      chip: 'Dépassement',
      text: `Séances planifiées au-delà des heures prévues : ${formatMinutes(s.scheduledMinutes)} planifiées ou réalisées pour ${formatMinutes(b.plannedMinutes)} prévues.`,
    });
  if (open && b.nextStep.code === 'resend_invitation')
    alerts.push({
      key: 'invitation',
      tone: 'warning',
      chip: 'Expirée',
      text: 'L’invitation de la ou du bénéficiaire a expiré : renvoyez-la depuis la vue d’ensemble.',
    });
  return alerts;
}

function accountChip(b: BilanDetail) {
  if (b.beneficiary.accountActive) return <StatusChip tone="success">Compte actif</StatusChip>;
  if (b.invitation.state === 'pending') return <StatusChip tone="info">Invitation envoyée</StatusChip>;
  return <StatusChip tone="warning">Invitation à renvoyer</StatusChip>;
}

export function DossierHeader({ bilan: b }: { bilan: BilanDetail }) {
  const s = b.status;
  const alerts = dossierAlerts(b);
  const nextSeance = b.nextStep.code === 'next_seance' ? b.nextStep.at : null;
  return (
    <div className="dossier-header">
      <dl className="dossier-band">
        <div>
          <dt>Bénéficiaire</dt>
          <dd>
            <span className="dossier-name">
              {b.beneficiary.firstName} {b.beneficiary.lastName}
            </span>{' '}
            {accountChip(b)}
            <br />
            <a href={`mailto:${b.beneficiary.email}`}>{b.beneficiary.email}</a>
          </dd>
        </div>
        <div>
          <dt>Financement</dt>
          <dd>
            {FINANCING_LABELS[b.financing]}
            <br />
            <StatusChip tone="neutral">{s.financingStatus}</StatusChip>
          </dd>
        </div>
        <div>
          <dt>Consultant·e</dt>
          <dd>
            {b.consultant.firstName} {b.consultant.lastName}
          </dd>
        </div>
      </dl>
      <PhaseSteps phase={b.phase} abandonedFrom={abandonedFrom(b.phase, b.history)} progress={s.checklist} />
      <ul className="status-rail" aria-label="État du dossier">
        <li>
          <Clock aria-hidden="true" className="rail-icon" />
          <span className="rail-label">Heures d’accompagnement</span>
          <span className="rail-value">
            {formatMinutes(b.doneMinutes)} réalisées sur {formatMinutes(b.plannedMinutes)} prévues
          </span>
          <span className="rail-detail">{formatMinutes(s.scheduledMinutes)} planifiées ou réalisées</span>
        </li>
        <li>
          <CalendarClock aria-hidden="true" className="rail-icon" />
          <span className="rail-label">Prochaine séance</span>
          <span className="rail-value">{nextSeance ? formatDateTime(nextSeance) : 'Aucune séance planifiée'}</span>
        </li>
        <li>
          <FileSignature aria-hidden="true" className="rail-icon" />
          <span className="rail-label">Documents à signer</span>
          <span className="rail-value">
            {s.documentsAwaitingSignature === 0 ? 'Aucun' : `${s.documentsAwaitingSignature} en attente de signature`}
          </span>
        </li>
        <li>
          <ArrowRight aria-hidden="true" className="rail-icon" />
          <span className="rail-label">Prochaine étape</span>
          <span className="rail-value">{nextStepForConsultant(b.nextStep)}</span>
        </li>
      </ul>
      {alerts.length > 0 ? (
        <ul className="dossier-alerts" aria-label="Alertes du dossier">
          {alerts.map((a) => (
            <li key={a.key}>
              <TriangleAlert aria-hidden="true" className="rail-icon" />
              <StatusChip tone={a.tone}>{a.chip}</StatusChip> {a.text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
