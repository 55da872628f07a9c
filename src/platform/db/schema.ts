/**
 * Kysely table types, kept by hand beside the SQL migrations (docs/decisions/003-kysely-sql-migrations.md).
 * `schema.db.test.ts` checks them against the migrated database, so a drift fails the tests.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { FollowUpOutcome } from '../../after/domain/follow-up.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<Record<string, unknown>, string | undefined, string>;

type DateColumn = ColumnType<string, string, string>;

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  slug: string;
  created_at: DefaultTimestamp;
  // Profile (migration 0005): nullable until the admin fills it in.
  legal_name: string | null;
  siret: string | null;
  address: string | null;
  postal_code: string | null;
  city: string | null;
  phone: string | null;
  contact_email: string | null;
  nda_number: string | null;
  qualiopi_certificate_number: string | null;
  qualiopi_certifier: string | null;
  qualiopi_scope: string | null;
  /** `YYYY-MM-DD` (a `date` column, read as text). */
  qualiopi_expires_on: DateColumn | null;
  accessibility_contact_name: string | null;
  accessibility_contact_email: string | null;
  accessibility_contact_phone: string | null;
  accessibility_conditions: string | null;
  commitment_first_answer_days: number | null;
  commitment_first_appointment_days: number | null;
  follow_up_months: ColumnType<number, number | undefined, number>;
  public_page_enabled: ColumnType<boolean, boolean | undefined, boolean>;
}

export type OfferModality = 'in_person' | 'remote' | 'mixed';

export interface OffersTable {
  id: Generated<string>;
  organisation_id: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  accompaniment_minutes: number;
  personal_work_minutes: ColumnType<number, number | undefined, number>;
  modality: OfferModality;
  places: ColumnType<string, string | undefined, string>;
  price_cents: number;
  access_delay: ColumnType<string, string | undefined, string>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export type Role = 'admin' | 'consultant' | 'beneficiary';
export type UserStatus = 'invited' | 'active' | 'disabled';

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  role: Role;
  email: string;
  first_name: string;
  last_name: string;
  password_hash: string | null;
  status: UserStatus;
  created_at: DefaultTimestamp;
  activated_at: Timestamp | null;
}

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface InvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  invited_by: string;
  token_hash: Buffer;
  status: ColumnType<InvitationStatus, InvitationStatus | undefined, InvitationStatus>;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
}

export interface AuthSessionsTable {
  id_hash: Buffer;
  user_id: string;
  created_at: DefaultTimestamp;
  last_seen_at: DefaultTimestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface PasswordResetsTable {
  id: Generated<string>;
  user_id: string;
  token_hash: Buffer;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  blocked_until: Timestamp | null;
}

export type EmailStatus = 'pending' | 'sent' | 'failed';

export interface OutboxEmailsTable {
  id: Generated<string>;
  organisation_id: string | null;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: ColumnType<EmailStatus, EmailStatus | undefined, EmailStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: DefaultTimestamp;
  sent_at: Timestamp | null;
  attachments: ColumnType<EmailAttachment[], string | undefined, string>;
}

export interface AuditEventsTable {
  id: Generated<number>;
  organisation_id: string | null;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  bilan_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: Json;
}

export type Financing =
  'cpf' | 'employer_plan' | 'opco' | 'transitions_pro' | 'france_travail' | 'self_funded' | 'public_agent';

export type PhaseColumn = 'preliminaire' | 'investigation' | 'conclusion' | 'cloture' | 'abandonne';

export interface BilansTable {
  id: Generated<string>;
  organisation_id: string;
  beneficiary_id: string;
  consultant_id: string;
  financing: Financing;
  planned_accompaniment_minutes: number;
  accompaniment_done_minutes: ColumnType<number, number | undefined, number>;
  personal_work_done_minutes: ColumnType<number, number | undefined, number>;
  no_show_count: ColumnType<number, number | undefined, number>;
  last_held_seance_at: Timestamp | null;
  phase: ColumnType<PhaseColumn, PhaseColumn | undefined, PhaseColumn>;
  phase_changed_at: DefaultTimestamp;
  abandon_reason: string | null;
  created_at: DefaultTimestamp;
}

export interface BilanPhaseChangesTable {
  id: Generated<number>;
  bilan_id: string;
  from_phase: PhaseColumn;
  to_phase: PhaseColumn;
  changed_by: string;
  changed_at: Timestamp;
  reason: string | null;
}

export type User = Selectable<UsersTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;

export type SeanceMode = 'in_person' | 'remote' | 'personal_work';
export type SeanceStatus = 'planned' | 'held' | 'cancelled' | 'no_show';

export interface SeancesTable {
  id: Generated<string>;
  organisation_id: string;
  bilan_id: string;
  consultant_id: string;
  phase: 'preliminaire' | 'investigation' | 'conclusion';
  mode: SeanceMode;
  place: string | null;
  link: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  status: ColumnType<SeanceStatus, SeanceStatus | undefined, SeanceStatus>;
  status_reason: string | null;
  attended_minutes: number | null;
  signed_by_beneficiary_at: Timestamp | null;
  signed_by_consultant_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  topic: string | null;
  actual_start_at: Timestamp | null;
  actual_end_at: Timestamp | null;
  reminder_sent_at: Timestamp | null;
  calendar_sequence: ColumnType<number, number | undefined, number>;
  created_by: string | null;
}

export interface AttendanceSignaturesTable {
  id: Generated<string>;
  organisation_id: string;
  seance_id: string;
  signer_role: 'beneficiary' | 'consultant';
  signer_user_id: string;
  signed_name: string;
  method: 'in_person' | 'remote';
  captured_by: string;
  attested_start_at: Timestamp;
  attested_end_at: Timestamp;
  signed_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export interface BilanConsentsTable {
  id: Generated<string>;
  organisation_id: string;
  bilan_id: string;
  beneficiary_id: string;
  notice_version: string;
  decision: 'given' | 'refused';
  decided_at: Timestamp;
  channel: ColumnType<string, string | undefined, string>;
  ip: string | null;
  user_agent: string | null;
}

export interface CharterSignaturesTable {
  id: Generated<string>;
  organisation_id: string;
  bilan_id: string;
  signer_role: 'beneficiary' | 'consultant';
  signer_user_id: string;
  charter_version: string;
  text_sha256: string;
  signed_name: string;
  signed_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export type Attestations = Record<string, { at: string; by: string; note?: string }>;

export interface BilanPhaseRecordsTable {
  bilan_id: string;
  organisation_id: string;
  need_analysis: string | null;
  format: string | null;
  modalities: string | null;
  attested: ColumnType<Attestations, string | undefined, string>;
  updated_at: DefaultTimestamp;
  updated_by: string | null;
}

// After the bilan (migration 0010).
export interface FollowUpsTable {
  bilan_id: string;
  organisation_id: string;
  offered_at: Timestamp;
  offered_by: string;
  response: 'accepted' | 'declined' | null;
  responded_at: Timestamp | null;
  due_on: string | null;
  planned_at: Timestamp | null;
  reminder_sent_at: Timestamp | null;
  outcome: FollowUpOutcome | null;
  held_on: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp | null;
}

export interface EvaluationsTable {
  id: Generated<string>;
  organisation_id: string;
  bilan_id: string;
  kind: 'chaud' | 'froid';
  token_hash: Buffer;
  questionnaire_id: string;
  questionnaire_version: number;
  sent_at: Timestamp;
  expires_on: string;
  answered_at: Timestamp | null;
  answers: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  score_basis_points: number | null;
}

export interface EdofDeclarationsTable {
  bilan_id: string;
  organisation_id: string;
  kind: 'entry' | 'exit';
  event_on: string;
  due_on: string;
  reminded_at: Timestamp | null;
  declared_on: string | null;
  declared_by: string | null;
  declared_at: Timestamp | null;
}

// Intake (issue 3, migration 0006): leads, their status history, the entretien préalable.
export type LeadStatus =
  'new' | 'contacted' | 'interview_planned' | 'interview_done' | 'redirected' | 'converted' | 'closed';
export type LeadModality = 'in_person' | 'remote' | 'mixed' | 'no_preference';
export type LeadSource =
  | 'search_engine'
  | 'word_of_mouth'
  | 'social_network'
  | 'employer'
  | 'advisor'
  | 'mon_compte_formation'
  | 'event'
  | 'other';

export interface LeadsTable {
  id: Generated<string>;
  organisation_id: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string | null;
  message: string;
  preferred_modality: LeadModality;
  offer_id: string | null;
  declared_source: LeadSource;
  source_detail: string | null;
  referrer: string | null;
  utm: ColumnType<Record<string, string>, string | undefined, string>;
  contact_consent_at: Timestamp;
  status: ColumnType<LeadStatus, LeadStatus | undefined, LeadStatus>;
  status_reason: string | null;
  assigned_consultant_id: string | null;
  bilan_id: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface LeadStatusChangesTable {
  id: Generated<string>;
  lead_id: string;
  from_status: LeadStatus | null;
  to_status: LeadStatus;
  changed_by: string | null;
  changed_at: Timestamp;
  reason: string | null;
}

export interface LeadInterviewsTable {
  lead_id: string;
  organisation_id: string;
  consultant_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  mode: 'in_person' | 'remote' | 'phone';
  place: string | null;
  link: string | null;
  situation: string | null;
  expectations: string | null;
  outcome: 'bilan' | 'redirect' | null;
  redirection: 'cep' | 'vae' | 'coaching' | 'formation' | 'autre' | null;
  outcome_reason: string | null;
  recorded_at: Timestamp | null;
  recorded_by: string | null;
  calendar_sequence: ColumnType<number, number | undefined, number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

// Documents, signatures and financing (migration 0007, decision 015).
export type DocumentKind =
  'devis' | 'contrat_individuel' | 'convention_tripartite' | 'commande_cpf' | 'certificat_realisation';
export type DocumentSignerRole = 'beneficiary' | 'provider' | 'employer';

export interface BilanFinancingsTable {
  bilan_id: string;
  organisation_id: string;
  status: string;
  price_cents: number | null;
  cpf_order_reference: string | null;
  cpf_validated_on: DateColumn | null;
  cpf_exemptions: ColumnType<string[], string[] | undefined, string[]>;
  previous_public_bilan: ColumnType<
    'unknown' | 'none' | 'yes',
    'unknown' | 'none' | 'yes' | undefined,
    'unknown' | 'none' | 'yes'
  >;
  previous_public_bilan_on: DateColumn | null;
  employer_name: string | null;
  employer_siret: string | null;
  employer_contact_name: string | null;
  employer_contact_email: string | null;
  convention_sent_on: DateColumn | null;
  funder_name: string | null;
  funder_reference: string | null;
  updated_at: DefaultTimestamp;
  updated_by: string | null;
}

export interface BilanDocumentsTable {
  id: Generated<string>;
  organisation_id: string;
  bilan_id: string;
  kind: DocumentKind;
  version: number;
  render_data: Json;
  pdf: Buffer;
  sha256: string;
  signers: ColumnType<DocumentSignerRole[], DocumentSignerRole[] | undefined, DocumentSignerRole[]>;
  superseded_at: Timestamp | null;
  created_at: Timestamp;
  created_by: string | null;
}

export interface DocumentSignaturesTable {
  id: Generated<string>;
  organisation_id: string;
  document_id: string;
  signer_role: DocumentSignerRole;
  signer_user_id: string | null;
  signed_name: string;
  document_sha256: string;
  signed_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface SignatureLinksTable {
  id: Generated<string>;
  organisation_id: string;
  document_id: string;
  token_hash: Buffer;
  email: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

// Questionnaires and instruments (migration 0011).
type JsonValue = ColumnType<Record<string, unknown>, string, string>;

export interface WorksheetLibraryTable {
  id: Generated<string>;
  organisation_id: string;
  owner_id: string;
  questionnaire_id: string;
  version: number;
  based_on: string;
  definition: JsonValue;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface QuestionnaireAssignmentsTable {
  id: Generated<string>;
  organisation_id: string;
  bilan_id: string;
  kind: 'worksheet' | 'instrument';
  questionnaire_id: string;
  questionnaire_version: number;
  definition: JsonValue;
  title: string;
  seance_id: string | null;
  due_on: string | null;
  assigned_by: string;
  assigned_at: Timestamp;
  answers: ColumnType<Record<string, unknown>, string | undefined, string>;
  draft_saved_at: Timestamp | null;
  submitted_at: Timestamp | null;
  withdrawn_at: Timestamp | null;
  debrief: string | null;
  debrief_at: Timestamp | null;
}

export interface QuestionnaireCommentsTable {
  id: Generated<string>;
  organisation_id: string;
  assignment_id: string;
  question_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
}

export interface FeedbackInvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  assignment_id: string;
  email: string;
  token_hash: Buffer;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  answered_at: Timestamp | null;
  answers: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
}

// External licensed tests (migration 0012, decision 018).
export interface ExternalTestScoreRow {
  label: string;
  value: number;
  unit?: string;
}

export interface ExternalTestResultsTable {
  id: Generated<string>;
  organisation_id: string;
  bilan_id: string;
  recorded_by: string;
  test_name: string;
  publisher: string;
  /** `YYYY-MM-DD` (a `date` column, read as text). */
  taken_on: DateColumn;
  code: string | null;
  scores: ColumnType<ExternalTestScoreRow[], string, string>;
  consultant_comment: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  report_pdf: Buffer | null;
  report_filename: string | null;
  report_size: number | null;
  report_sha256: string | null;
  report_uploaded_at: Timestamp | null;
}

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  invitations: InvitationsTable;
  auth_sessions: AuthSessionsTable;
  password_resets: PasswordResetsTable;
  login_throttle: LoginThrottleTable;
  outbox_emails: OutboxEmailsTable;
  audit_events: AuditEventsTable;
  bilans: BilansTable;
  bilan_phase_changes: BilanPhaseChangesTable;
  seances: SeancesTable;
  offers: OffersTable;
  attendance_signatures: AttendanceSignaturesTable;
  bilan_consents: BilanConsentsTable;
  charter_signatures: CharterSignaturesTable;
  bilan_phase_records: BilanPhaseRecordsTable;
  // After the bilan (migration 0010).
  follow_ups: FollowUpsTable;
  evaluations: EvaluationsTable;
  edof_declarations: EdofDeclarationsTable;
  // Intake (issue 3)
  leads: LeadsTable;
  lead_status_changes: LeadStatusChangesTable;
  lead_interviews: LeadInterviewsTable;
  // Documents, signatures and financing (migration 0007).
  bilan_financings: BilanFinancingsTable;
  bilan_documents: BilanDocumentsTable;
  document_signatures: DocumentSignaturesTable;
  signature_links: SignatureLinksTable;
  // Questionnaires and instruments (migration 0011).
  worksheet_library: WorksheetLibraryTable;
  questionnaire_assignments: QuestionnaireAssignmentsTable;
  questionnaire_comments: QuestionnaireCommentsTable;
  feedback_invitations: FeedbackInvitationsTable;
  // External licensed tests (migration 0012).
  external_test_results: ExternalTestResultsTable;
  // ROME 4.0 catalogue (issue 4, migration 0004)
  rome_catalogue: RomeCatalogueTable;
  rome_grand_domains: RomeGrandDomainsTable;
  rome_domains: RomeDomainsTable;
  rome_fiches: RomeFichesTable;
  rome_appellations: RomeAppellationsTable;
  rome_competences: RomeCompetencesTable;
  rome_savoirs: RomeSavoirsTable;
  rome_work_contexts: RomeWorkContextsTable;
  rome_fiche_competences: RomeFicheCompetencesTable;
  rome_fiche_savoirs: RomeFicheItemsTable;
  rome_fiche_work_contexts: RomeFicheItemsTable;
  rome_mobilities: RomeMobilitiesTable;
  rome_centres_of_interest: RomeClassificationsTable;
  rome_fiche_centres_of_interest: RomeFicheCentresOfInterestTable;
  rome_sectors: RomeClassificationsTable;
  rome_sub_sectors: RomeSubSectorsTable;
  rome_fiche_sectors: RomeFicheSectorsTable;
  rome_themes: RomeClassificationsTable;
  rome_fiche_themes: RomeFicheCodesTable;
  rome_naf_sectors: RomeNafSectorsTable;
  rome_fiche_naf_sectors: RomeFicheCodesTable;
}

// ROME 4.0 catalogue (issue 4, migration 0004): reference data shared by every organisation.
export type RomeEcologicalTransition = 'blanc' | 'vert' | 'brun' | 'strategique';
export type RomeRiasecLetter = 'R' | 'I' | 'A' | 'S' | 'E' | 'C';
export type RomeCoreLevel = 'principale' | 'emergente';

export interface RomeCatalogueTable {
  singleton: ColumnType<boolean, boolean | undefined, boolean>;
  version_number: number;
  file_suffix: string;
  title: string;
  published_on: DateColumn;
  validated_on: DateColumn | null;
  imported_at: Timestamp;
  source: string;
  counts: ColumnType<Record<string, number>, string, string>;
}

export interface RomeGrandDomainsTable {
  code: string;
  label: string;
}

export interface RomeDomainsTable {
  code: string;
  label: string;
  grand_domain_code: string;
}

interface RomeJobTagColumns {
  ecological_transition: RomeEcologicalTransition | null;
  digital_transition: boolean | null;
  demographic_transition: boolean | null;
  regulated: boolean | null;
  cadre: boolean | null;
}

export interface RomeFichesTable extends RomeJobTagColumns {
  code_rome: string;
  code_ogr: string;
  code_fiche_metier: string;
  label: string;
  parent_code_rome: string;
  domain_code: string;
  grand_domain_code: string;
  definition: string[];
  access: string[];
  riasec_major: RomeRiasecLetter;
  riasec_minor: RomeRiasecLetter | null;
}

export interface RomeAppellationsTable extends RomeJobTagColumns {
  code_ogr: string;
  code_rome: string;
  label: string;
  short_label: string;
  masculine: string;
  feminine: string;
  principal: boolean;
  rare: boolean | null;
  parent_code_rome: string;
}

export interface RomeCompetencesTable {
  code_ogr: string;
  kind: 'competence' | 'macro_competence';
  label: string;
  definition: string | null;
  macro_code_ogr: string | null;
  macro_code: string | null;
  category: 'savoir_faire' | 'savoir_etre';
  sub_category: 'technique' | 'technique_expert' | 'transverse' | null;
  ecological_transition: boolean | null;
  digital_transition: boolean | null;
  heterogeneity: string | null;
  origin: string | null;
  riasec_major: RomeRiasecLetter | null;
  riasec_minor: RomeRiasecLetter | null;
}

export interface RomeSavoirsTable {
  code_ogr: string;
  label: string;
  category: string;
  sub_category: string;
  ecological_transition: boolean | null;
  digital_transition: boolean | null;
}

export interface RomeWorkContextsTable {
  code_ogr: string;
  label: string;
  type_code: string;
  type_label: string;
}

export interface RomeFicheItemsTable {
  code_rome: string;
  code_ogr: string;
  core: RomeCoreLevel | null;
}

export interface RomeFicheCompetencesTable extends RomeFicheItemsTable {
  rubric: 'savoir_faire' | 'savoir_etre';
}

export interface RomeMobilitiesTable {
  code_rome: string;
  target_code_rome: string;
  position: number;
  kind: 'proche' | 'evolution' | null;
}

export interface RomeClassificationsTable {
  code: string;
  label: string;
  definition: string;
}

export interface RomeSubSectorsTable extends RomeClassificationsTable {
  sector_code: string;
}

export interface RomeFicheCentresOfInterestTable {
  code_rome: string;
  code: string;
  principal: boolean;
}

export interface RomeFicheSectorsTable {
  code_rome: string;
  sector_code: string;
  sub_sector_code: string | null;
  principal: boolean;
}

export interface RomeFicheCodesTable {
  code_rome: string;
  code: string;
}

export interface RomeNafSectorsTable {
  code: string;
  tech_code: string;
  division: string | null;
  label: string;
}
