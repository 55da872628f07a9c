/** French words of the dashboards: alert chips, items to do, document states, deadlines. */
import type { AlertCode } from '../domain/alerts.ts';
import type { AdminBilanDeadline, AdminBilanDocument, TodayItemKind } from './schemas.ts';

/** A short word for the chip of each alert; its message says the rest. */
export const ALERT_LABELS: Record<AlertCode, string> = {
  repeated_no_shows: 'Absences',
  no_recent_session: 'Sans séance',
  hours_over_plan: 'Heures dépassées',
  consent_missing: 'Consentement manquant',
  end_date_passed: 'Fin dépassée',
};

export const ITEM_LABELS: Record<TodayItemKind, string> = {
  seance_to_record: 'Séance à renseigner (tenue, absence ou annulation)',
  edof_entry: 'Déclarer l’entrée en formation sur EDOF',
  edof_exit: 'Déclarer la sortie et le service fait sur EDOF',
  follow_up: 'Tenir l’entretien de suivi',
};

export const DEADLINE_LABELS: Record<AdminBilanDeadline['kind'], string> = {
  edof_entry: 'Entrée EDOF',
  edof_exit: 'Sortie EDOF',
  follow_up: 'Entretien de suivi',
};

export const DOCUMENT_STATE_LABELS: Record<AdminBilanDocument['state'], string> = {
  signed: 'Signé',
  awaiting: 'À signer',
  issued: 'Émis',
};
