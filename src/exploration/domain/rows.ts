/**
 * The rows of a bilan's exploration as `data/exploration-read.ts` reads them (snake case, dates as
 * ISO text, people by name), for the pure assembly of the views in `assemble.ts`.
 */
import type { PersonRef } from '../contracts/schemas.ts';
import type { GuideQuestion } from './interview-guide.ts';
import type {
  Assessment,
  DebriefEffect,
  EnqueteKind,
  FundingRoute,
  PisteKind,
  PisteOrigin,
  PisteStatus,
} from './model.ts';

export interface TrackedRow {
  id: string;
  position: number;
  revision: number;
  created_at: string;
  created_by: PersonRef;
  updated_at: string;
  updated_by: PersonRef;
}

export interface PisteRow extends TrackedRow {
  kind: PisteKind;
  code_rome: string | null;
  fiche_label: string | null;
  appellation_code_ogr: string | null;
  appellation_label: string | null;
  title: string;
  description: string | null;
  desire: number | null;
  desire_why: string | null;
  training_assessment: Assessment | null;
  training_note: string | null;
  market_assessment: Assessment | null;
  market_note: string | null;
  pay_assessment: Assessment | null;
  pay_note: string | null;
  place_assessment: Assessment | null;
  place_note: string | null;
  constraints_assessment: Assessment | null;
  constraints_note: string | null;
  favourable_factors: string | null;
  unfavourable_factors: string | null;
  status: PisteStatus;
  status_reason: string | null;
  origin: PisteOrigin;
  origin_reasons: string[];
}

export interface TrainingNeedRow extends TrackedRow {
  piste_id: string;
  code_ogr: string | null;
  competence_label: string | null;
  content: string;
  duration: string | null;
  certification: string | null;
  funding: FundingRoute | null;
}

export interface EnqueteRow extends TrackedRow {
  piste_id: string;
  kind: EnqueteKind;
  contact_name: string | null;
  contact_role: string | null;
  contact_organisation: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  planned_on: string | null;
  place: string | null;
  started_on: string | null;
  ended_on: string | null;
  source_title: string | null;
  source_url: string | null;
  questions: GuideQuestion[];
  learnt: string | null;
  debrief_confirmed: string | null;
  debrief_contradicted: string | null;
  debrief_effect: DebriefEffect | null;
  debriefed_at: string | null;
  debriefed_by: PersonRef | null;
}

export interface SetAsideRow {
  code_rome: string;
  label: string | null;
  reason: string;
  set_at: string;
  set_by: PersonRef;
}

export interface ExplorationRows {
  pistes: PisteRow[];
  trainingNeeds: TrainingNeedRow[];
  enquetes: EnqueteRow[];
  setAside: SetAsideRow[];
}
