/**
 * What the SQL type of a column does not say, for the generated database types (`database.ts`,
 * written by `npm run db:types` from the migrated schema; decision 020):
 * - text columns restricted by a `CHECK (… IN (…))` take the type of the domain list that is the
 *   single source of their values (a database test checks that each CHECK lists exactly them, and
 *   that no enumerated column is missing here);
 * - jsonb columns take the type of the shape stored in them (written as JSON text);
 * - a few text columns without a CHECK take a domain type all the same (phases of the history).
 */
import { ROLES, USER_STATUSES, INVITATION_STATUSES } from '../../accounts/domain/users.ts';
import { EMAIL_STATUSES } from '../../email/domain/message.ts';
import { OPEN_PHASES, PHASES } from '../../bilans/domain/phases.ts';
import { BENEFICIARY_CATEGORIES } from '../../bpf/domain/categories.ts';
import { REMINDER_STAGES } from '../../bpf/domain/reminder.ts';
import { FINANCINGS } from '../../financing/domain/catalog.ts';
import { EDOF_DECLARATION_KINDS } from '../../financing/domain/cpf-calendar.ts';
import { PREVIOUS_PUBLIC_BILAN_ANSWERS } from '../../financing/domain/cpf-funding.ts';
import { WORKING_TIME_ANSWERS } from '../../financing/domain/prestation.ts';
import { VAT_REGIMES } from '../../organisation/domain/vat.ts';
import { LOGO_CONTENT_TYPES } from '../../organisation/domain/logo-image.ts';
import { SEANCE_MODES, SEANCE_STATUSES } from '../../seances/domain/seance.ts';
import { ATTENDANCE_METHODS, ATTENDANCE_SIGNERS } from '../../seances/domain/attendance.ts';
import { CONSENT_DECISIONS } from '../../bilans/domain/notice.ts';
import { CHARTER_SIGNERS } from '../../bilans/domain/charter.ts';
import { FOLLOW_UP_OUTCOMES, FOLLOW_UP_RESPONSES } from '../../after/domain/follow-up.ts';
import { EVALUATION_KINDS } from '../../after/domain/evaluations.ts';
import { LEAD_HISTORY_EVENTS, LEAD_STATUSES } from '../../intake/domain/status.ts';
import {
  INTERVIEW_MODES,
  INTERVIEW_OUTCOMES,
  LEAD_MODALITIES,
  LEAD_SOURCES,
  REDIRECTIONS,
} from '../../intake/domain/leads.ts';
import { OFFER_MODALITIES } from '../../organisation/domain/offers.ts';
import { DOCUMENT_KINDS, SIGNER_ROLES } from '../../documents/domain/builders.ts';
import { ASSIGNMENT_KINDS } from '../../questionnaires/domain/definition-schema.ts';
import {
  COMPETENCE_ORIGINS,
  EXPERIENCE_KINDS,
  COMPETENCE_KINDS as PORTFOLIO_COMPETENCE_KINDS,
} from '../../portfolio/domain/portfolio.ts';
import {
  ASSESSMENTS,
  DEBRIEF_EFFECTS,
  ENQUETE_KINDS,
  FUNDING_ROUTES,
  PISTE_KINDS,
  PISTE_ORIGINS,
  PISTE_STATUSES,
} from '../../exploration/domain/model.ts';
import { HORIZONS, STEP_STATUSES } from '../../action-plan/domain/model.ts';
import { SYNTHESE_SECTION_KEYS } from '../../synthese/domain/content.ts';
import { DELIVERY_CHANNELS, PROPOSAL_STATUSES } from '../../synthese/domain/model.ts';
import {
  COMPETENCE_CATEGORIES,
  COMPETENCE_KINDS,
  COMPETENCE_SUB_CATEGORIES,
  CORE_LEVELS,
  ECOLOGICAL_TRANSITION_CODES,
  MOBILITY_KINDS,
  RIASEC_LETTERS,
} from '../../catalog/domain/model.ts';

export type { Role, UserStatus, InvitationStatus } from '../../accounts/domain/users.ts';
export type { EmailStatus } from '../../email/domain/message.ts';
export type { StoredAttachment } from '../../email/data/outbox.ts';
export type { OpenPhase, Phase } from '../../bilans/domain/phases.ts';
export type { BeneficiaryCategory } from '../../bpf/domain/categories.ts';
export type { ReminderStage } from '../../bpf/domain/reminder.ts';
export type { Attestations } from '../../bilans/domain/phase-checklists.ts';
export type { Financing } from '../../financing/domain/catalog.ts';
export type { EdofDeclarationKind } from '../../financing/domain/cpf-calendar.ts';
export type { PreviousPublicBilanAnswer } from '../../financing/domain/cpf-funding.ts';
export type { WorkingTime } from '../../financing/domain/prestation.ts';
export type { VatRegime } from '../../organisation/domain/vat.ts';
export type { LogoContentType } from '../../organisation/domain/logo-image.ts';
export type { SeanceMode, SeanceStatus } from '../../seances/domain/seance.ts';
export type { AttendanceMethod, AttendanceSigner } from '../../seances/domain/attendance.ts';
export type { ConsentDecisionValue } from '../../bilans/domain/notice.ts';
export type { CharterSigner } from '../../bilans/domain/charter.ts';
export type { FollowUpOutcome, FollowUpResponse } from '../../after/domain/follow-up.ts';
export type { EvaluationKind } from '../../after/domain/evaluations.ts';
export type { LeadHistoryEvent, LeadStatus } from '../../intake/domain/status.ts';
export type {
  InterviewMode,
  InterviewOutcome,
  LeadModality,
  LeadSource,
  Redirection,
} from '../../intake/domain/leads.ts';
export type { OfferModality } from '../../organisation/domain/offers.ts';
export type { DocumentKindCode, SignerRole } from '../../documents/domain/builders.ts';
export type { AssignmentKind } from '../../questionnaires/domain/definition-schema.ts';
export type { CompetenceOrigin, ExperienceKind, PortfolioCompetenceKind } from '../../portfolio/domain/portfolio.ts';
export type { StoredScore } from '../../external-tests/domain/external-result.ts';
export type {
  Assessment,
  DebriefEffect,
  EnqueteKind,
  FundingRoute,
  PisteKind,
  PisteOrigin,
  PisteStatus,
} from '../../exploration/domain/model.ts';
export type { GuideQuestion } from '../../exploration/domain/interview-guide.ts';
export type { Horizon, StepStatus } from '../../action-plan/domain/model.ts';
import { RECIPIENT_KINDS, SHARED_DOCUMENTS, SHARE_ACCESS_KINDS } from '../../sharing/contracts/schemas.ts';
export type { RecipientKind, ShareAccessKind, SharedDocument } from '../../sharing/contracts/schemas.ts';
export type { SyntheseSectionKey } from '../../synthese/domain/content.ts';
export type { DeliveryChannel, ProposalStatus } from '../../synthese/domain/model.ts';
export type { StoredVersionSection } from '../../synthese/domain/version.ts';
export type { SyntheseFigures } from '../../synthese/domain/figures.ts';
import {
  ACTION_SOURCES,
  ACTION_STATUSES,
  COMPLAINANT_ROLES,
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
  COMPLAINT_STATUSES,
} from '../../quality/domain/registers.ts';
export type {
  ActionSource,
  ActionStatus,
  ComplainantRole,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
} from '../../quality/domain/registers.ts';
export type { PublishedFigures } from '../../quality/domain/results.ts';
import { CHANNELS, REQUEST_KINDS, REQUEST_STATUSES, SUBJECT_TYPES } from '../../privacy/domain/model.ts';
export type {
  Channel as PrivacyRequestChannel,
  RequestKind as PrivacyRequestKind,
  RequestStatus as PrivacyRequestStatus,
  SubjectType as PrivacyRequestSubject,
} from '../../privacy/domain/model.ts';
import { DESTRUCTION_REASONS, RETENTION_PURPOSES } from '../../lifecycle/domain/registry.ts';
export type { CertificateLine, DestructionReason, RetentionPurpose } from '../../lifecycle/domain/registry.ts';
export type {
  CompetenceCategory,
  CompetenceKind,
  CompetenceSubCategory,
  CoreLevel,
  EcologicalTransition,
  MobilityKind,
  RiasecLetter,
} from '../../catalog/domain/model.ts';

export interface EnumColumn {
  /** The type exported above. */
  type: string;
  /** Its values, from the domain: the column's CHECK must list exactly these. */
  values: readonly string[];
  /** A text column of the history with no CHECK of its own. */
  unchecked?: true;
}

/** `table.column` → its domain type. */
export const ENUM_COLUMNS: Record<string, EnumColumn> = {
  'users.role': { type: 'Role', values: ROLES },
  'users.status': { type: 'UserStatus', values: USER_STATUSES },
  'invitations.status': { type: 'InvitationStatus', values: INVITATION_STATUSES },
  'outbox_emails.status': { type: 'EmailStatus', values: EMAIL_STATUSES },
  'bilans.phase': { type: 'Phase', values: PHASES },
  'bilans.financing': { type: 'Financing', values: FINANCINGS },
  'bilans.beneficiary_category': { type: 'BeneficiaryCategory', values: BENEFICIARY_CATEGORIES },
  'bpf_reminders.stage': { type: 'ReminderStage', values: REMINDER_STAGES },
  'bilan_phase_changes.from_phase': { type: 'Phase', values: PHASES, unchecked: true },
  'bilan_phase_changes.to_phase': { type: 'Phase', values: PHASES, unchecked: true },
  'seances.phase': { type: 'OpenPhase', values: OPEN_PHASES },
  'seances.mode': { type: 'SeanceMode', values: SEANCE_MODES },
  'seances.status': { type: 'SeanceStatus', values: SEANCE_STATUSES },
  'attendance_signatures.method': { type: 'AttendanceMethod', values: ATTENDANCE_METHODS },
  'attendance_signatures.signer_role': { type: 'AttendanceSigner', values: ATTENDANCE_SIGNERS },
  'bilan_consents.decision': { type: 'ConsentDecisionValue', values: CONSENT_DECISIONS },
  'charter_signatures.signer_role': { type: 'CharterSigner', values: CHARTER_SIGNERS },
  'follow_ups.response': { type: 'FollowUpResponse', values: FOLLOW_UP_RESPONSES },
  'follow_ups.outcome': { type: 'FollowUpOutcome', values: FOLLOW_UP_OUTCOMES },
  'evaluations.kind': { type: 'EvaluationKind', values: EVALUATION_KINDS },
  'edof_declarations.kind': { type: 'EdofDeclarationKind', values: EDOF_DECLARATION_KINDS },
  'leads.status': { type: 'LeadStatus', values: LEAD_STATUSES },
  'leads.preferred_modality': { type: 'LeadModality', values: LEAD_MODALITIES },
  'leads.declared_source': { type: 'LeadSource', values: LEAD_SOURCES },
  'lead_status_changes.from_status': { type: 'LeadStatus', values: LEAD_STATUSES, unchecked: true },
  'lead_status_changes.to_status': { type: 'LeadStatus', values: LEAD_STATUSES, unchecked: true },
  'lead_status_changes.event': { type: 'LeadHistoryEvent', values: LEAD_HISTORY_EVENTS },
  'lead_interviews.mode': { type: 'InterviewMode', values: INTERVIEW_MODES },
  'lead_interviews.outcome': { type: 'InterviewOutcome', values: INTERVIEW_OUTCOMES },
  'lead_interviews.redirection': { type: 'Redirection', values: REDIRECTIONS },
  'offers.modality': { type: 'OfferModality', values: OFFER_MODALITIES },
  'organisations.vat_regime': { type: 'VatRegime', values: VAT_REGIMES },
  'organisation_logos.content_type': { type: 'LogoContentType', values: LOGO_CONTENT_TYPES },
  'bilan_financings.modality': { type: 'OfferModality', values: OFFER_MODALITIES },
  'bilan_financings.working_time': { type: 'WorkingTime', values: WORKING_TIME_ANSWERS },
  'bilan_documents.kind': { type: 'DocumentKindCode', values: DOCUMENT_KINDS },
  'bilan_documents.signers': { type: 'SignerRole', values: SIGNER_ROLES, unchecked: true },
  'document_signatures.signer_role': { type: 'SignerRole', values: SIGNER_ROLES },
  'bilan_financings.previous_public_bilan': {
    type: 'PreviousPublicBilanAnswer',
    values: PREVIOUS_PUBLIC_BILAN_ANSWERS,
  },
  'questionnaire_assignments.kind': { type: 'AssignmentKind', values: ASSIGNMENT_KINDS },
  'portfolio_experiences.kind': { type: 'ExperienceKind', values: EXPERIENCE_KINDS },
  'portfolio_competences.kind': { type: 'PortfolioCompetenceKind', values: PORTFOLIO_COMPETENCE_KINDS },
  'portfolio_competences.origin': { type: 'CompetenceOrigin', values: COMPETENCE_ORIGINS },
  'exploration_pistes.kind': { type: 'PisteKind', values: PISTE_KINDS },
  'exploration_pistes.status': { type: 'PisteStatus', values: PISTE_STATUSES },
  'exploration_pistes.origin': { type: 'PisteOrigin', values: PISTE_ORIGINS },
  'exploration_pistes.training_assessment': { type: 'Assessment', values: ASSESSMENTS },
  'exploration_pistes.market_assessment': { type: 'Assessment', values: ASSESSMENTS },
  'exploration_pistes.pay_assessment': { type: 'Assessment', values: ASSESSMENTS },
  'exploration_pistes.place_assessment': { type: 'Assessment', values: ASSESSMENTS },
  'exploration_pistes.constraints_assessment': { type: 'Assessment', values: ASSESSMENTS },
  'exploration_training_needs.funding': { type: 'FundingRoute', values: FUNDING_ROUTES },
  'exploration_enquetes.kind': { type: 'EnqueteKind', values: ENQUETE_KINDS },
  'exploration_enquetes.debrief_effect': { type: 'DebriefEffect', values: DEBRIEF_EFFECTS },
  'action_plan_steps.horizon': { type: 'Horizon', values: HORIZONS },
  'action_plan_steps.status': { type: 'StepStatus', values: STEP_STATUSES },
  'action_plan_steps.funding': { type: 'FundingRoute', values: FUNDING_ROUTES },
  'shares.recipient_kind': { type: 'RecipientKind', values: RECIPIENT_KINDS },
  'share_accesses.kind': { type: 'ShareAccessKind', values: SHARE_ACCESS_KINDS },
  'share_accesses.document': { type: 'SharedDocument', values: SHARED_DOCUMENTS },
  'syntheses.delivery_channel': { type: 'DeliveryChannel', values: DELIVERY_CHANNELS },
  'synthese_sections.key': { type: 'SyntheseSectionKey', values: SYNTHESE_SECTION_KEYS },
  'synthese_proposals.section_key': { type: 'SyntheseSectionKey', values: SYNTHESE_SECTION_KEYS },
  'synthese_proposals.status': { type: 'ProposalStatus', values: PROPOSAL_STATUSES },
  'synthese_comments.section_key': { type: 'SyntheseSectionKey', values: SYNTHESE_SECTION_KEYS },
  'retention_agreements.purpose': { type: 'RetentionPurpose', values: RETENTION_PURPOSES },
  'destruction_certificates.reason': { type: 'DestructionReason', values: DESTRUCTION_REASONS },
  'rome_fiches.riasec_major': { type: 'RiasecLetter', values: RIASEC_LETTERS },
  'rome_fiches.riasec_minor': { type: 'RiasecLetter', values: RIASEC_LETTERS },
  'rome_fiches.ecological_transition': { type: 'EcologicalTransition', values: ECOLOGICAL_TRANSITION_CODES },
  'rome_appellations.ecological_transition': { type: 'EcologicalTransition', values: ECOLOGICAL_TRANSITION_CODES },
  'rome_competences.kind': { type: 'CompetenceKind', values: COMPETENCE_KINDS },
  'rome_competences.category': { type: 'CompetenceCategory', values: COMPETENCE_CATEGORIES },
  'rome_competences.sub_category': { type: 'CompetenceSubCategory', values: COMPETENCE_SUB_CATEGORIES },
  'rome_competences.riasec_major': { type: 'RiasecLetter', values: RIASEC_LETTERS },
  'rome_competences.riasec_minor': { type: 'RiasecLetter', values: RIASEC_LETTERS },
  'rome_fiche_competences.rubric': { type: 'CompetenceCategory', values: COMPETENCE_CATEGORIES },
  'rome_fiche_competences.core': { type: 'CoreLevel', values: CORE_LEVELS },
  'rome_fiche_savoirs.core': { type: 'CoreLevel', values: CORE_LEVELS },
  'rome_fiche_work_contexts.core': { type: 'CoreLevel', values: CORE_LEVELS },
  'rome_mobilities.kind': { type: 'MobilityKind', values: MOBILITY_KINDS },
  'privacy_requests.kind': { type: 'PrivacyRequestKind', values: REQUEST_KINDS },
  'privacy_requests.channel': { type: 'PrivacyRequestChannel', values: CHANNELS },
  'privacy_requests.subject_type': { type: 'PrivacyRequestSubject', values: SUBJECT_TYPES },
  'privacy_requests.status': { type: 'PrivacyRequestStatus', values: REQUEST_STATUSES },
  'quality_complaints.channel': { type: 'ComplaintChannel', values: COMPLAINT_CHANNELS },
  'quality_complaints.complainant_role': { type: 'ComplainantRole', values: COMPLAINANT_ROLES },
  'quality_complaints.kind': { type: 'ComplaintKind', values: COMPLAINT_KINDS },
  'quality_complaints.status': { type: 'ComplaintStatus', values: COMPLAINT_STATUSES },
  'quality_improvement_actions.source': { type: 'ActionSource', values: ACTION_SOURCES },
  'quality_improvement_actions.status': { type: 'ActionStatus', values: ACTION_STATUSES },
};

/** `table.column` of a jsonb column → the TypeScript type of what it holds (written as JSON text). */
export const JSON_COLUMNS: Record<string, string> = {
  'audit_events.details': 'Record<string, unknown>',
  'bilan_documents.render_data': 'Record<string, unknown>',
  'bilan_phase_records.attested': 'Attestations',
  'evaluations.answers': 'Record<string, unknown>',
  'external_test_results.scores': 'StoredScore[]',
  'feedback_invitations.answers': 'Record<string, unknown>',
  'exploration_enquetes.questions': 'GuideQuestion[]',
  'leads.utm': 'Record<string, string>',
  'outbox_emails.attachments': 'StoredAttachment[]',
  'questionnaire_assignments.answers': 'Record<string, unknown>',
  'questionnaire_assignments.definition': 'Record<string, unknown>',
  'rome_catalogue.counts': 'Record<string, number>',
  'synthese_versions.sections': 'StoredVersionSection[]',
  'synthese_versions.figures': 'SyntheseFigures',
  'destruction_certificates.categories': 'CertificateLine[]',
  'worksheet_library.definition': 'Record<string, unknown>',
  'quality_published_results.figures': 'PublishedFigures',
};
