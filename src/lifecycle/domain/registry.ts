/**
 * Every table of the database, classified for the destruction at the end of the bilan (R6313-7,
 * legal.md BC-11, GDPR-05, decision 046):
 * - `content`: rows made for the bilan, deleted (how a row reaches its bilan is given);
 * - `scrub`: the row is an administrative record and stays, its named content columns are emptied;
 * - `administrative`: kept as it is, it holds no content (attendance, hours, signatures, financing,
 *   consents, certificate of completion, proof of the synthèse's delivery…);
 * - `not_per_bilan`: organisation-wide or installation-wide tables.
 * A database test reads the tables from the catalogue and fails on one missing here.
 *
 * A content table belongs to one keepable item when the beneficiary may keep it with a written
 * agreement; without an item it always goes at the end (shares, notes, e-mails).
 */

/** What the beneficiary may agree in writing to keep after the end (R6313-7). */
export const KEEPABLE_ITEMS = ['synthese', 'resultats', 'portfolio', 'pistes', 'plan_action'] as const;
export type KeepableItem = (typeof KEEPABLE_ITEMS)[number];

export const KEEPABLE_ITEM_LABELS: Record<KeepableItem, string> = {
  synthese: 'Le document de synthèse',
  resultats: 'Les résultats détaillés (questionnaires, fiches, tests, retours 360°)',
  portfolio: 'Le parcours et les compétences',
  pistes: 'Les pistes, enquêtes métier et besoins de formation',
  plan_action: 'Le plan d’action',
};

/** Why the beneficiary keeps items: the follow-up, or the synthèse sent to the CEP operator. */
export const RETENTION_PURPOSES = ['suivi', 'transmission_cep'] as const;
export type RetentionPurpose = (typeof RETENTION_PURPOSES)[number];

export const RETENTION_PURPOSE_LABELS: Record<RetentionPurpose, string> = {
  suivi: 'Pour le suivi de ma situation après le bilan',
  transmission_cep: 'Pour la transmission de ma synthèse à mon opérateur du conseil en évolution professionnelle',
};

/** Why content went: the end of the bilan, the end of a retention agreement, an erasure (GDPR). */
export const DESTRUCTION_REASONS = ['fin_du_bilan', 'fin_de_conservation', 'effacement'] as const;
export type DestructionReason = (typeof DESTRUCTION_REASONS)[number];

export type Reach = { via: 'bilan_id' } | { via: 'parent'; parent: string } | { via: 'recipient'; note: string };

export type Classification =
  | { class: 'content'; reach: Reach; item: KeepableItem | null }
  | { class: 'scrub'; reach: Reach; columns: string[]; item: KeepableItem | null }
  | { class: 'administrative'; reason: string }
  | { class: 'not_per_bilan'; reason: string };

const own: Reach = { via: 'bilan_id' };
const content = (item: KeepableItem | null, reach: Reach = own): Classification => ({ class: 'content', reach, item });
const administrative = (reason: string): Classification => ({ class: 'administrative', reason });
const global = (reason: string): Classification => ({ class: 'not_per_bilan', reason });

export const TABLE_REGISTRY: Record<string, Classification> = {
  // Content: deleted.
  questionnaire_assignments: content('resultats'),
  questionnaire_comments: content('resultats', { via: 'parent', parent: 'questionnaire_assignments' }),
  feedback_invitations: content('resultats', { via: 'parent', parent: 'questionnaire_assignments' }),
  external_test_results: content('resultats'),
  portfolio_experiences: content('portfolio'),
  portfolio_competences: content('portfolio'),
  portfolio_domains: content('portfolio'),
  portfolio_evidence: content('portfolio'),
  portfolio_comments: content('portfolio'),
  portfolio_rejected_proposals: content('portfolio'),
  exploration_pistes: content('pistes'),
  exploration_training_needs: content('pistes'),
  exploration_enquetes: content('pistes'),
  exploration_set_aside_suggestions: content('pistes'),
  action_plan_steps: content('plan_action'),
  synthese_sections: content('synthese', { via: 'parent', parent: 'syntheses' }),
  synthese_proposals: content('synthese', { via: 'parent', parent: 'syntheses' }),
  synthese_comments: content('synthese', { via: 'parent', parent: 'synthese_versions' }),
  shares: content(null),
  share_accesses: content(null, { via: 'parent', parent: 'shares' }),
  outbox_emails: content(null, {
    via: 'recipient',
    note: 'the invitations of 360° respondents and the links sent to share recipients, found by address and kind',
  }),
  // Scrubbed: the row stays, its content columns are emptied.
  synthese_versions: {
    class: 'scrub',
    reach: { via: 'parent', parent: 'syntheses' },
    columns: ['sections', 'figures'],
    item: 'synthese',
  },
  seances: { class: 'scrub', reach: own, columns: ['topic', 'status_reason'], item: null },
  bilan_phase_records: {
    class: 'scrub',
    reach: own,
    columns: ['need_analysis', 'modalities', 'attested.*.note'],
    item: null,
  },
  // Administrative: kept, no content.
  bilans: administrative(
    'the bilan itself: phase, dates, hours, financing; the abandonment reason is its administrative motive',
  ),
  bilan_phase_changes: administrative('when the phases changed and who changed them'),
  bilan_consents: administrative('the consent given or withdrawn (GDPR-02)'),
  charter_signatures: administrative('the signatures of the charter (evidence)'),
  bilan_financings: administrative('financing, price, funder references'),
  bilan_documents: administrative('convention, contracts, quote and certificate of completion'),
  document_signatures: administrative('signatures of those documents (evidence)'),
  signature_links: administrative('single-use signing links of those documents (token digests only)'),
  attendance_signatures: administrative('attendance and hours (Qualiopi, funders)'),
  edof_declarations: administrative('CPF entry and exit declarations'),
  evaluations: administrative('satisfaction surveys about the provider (Qualiopi indicators), not the bilan'),
  follow_ups: administrative('whether the follow-up was offered, accepted and held: dates and outcomes'),
  syntheses: administrative('proof of the synthèse’s delivery: date, channel, acknowledgement'),
  synthese_approvals: administrative(
    'the beneficiary’s approval of a version: signed name and the version’s fingerprint, no text (a withdrawal’s message is emptied with the synthèse, decision 052)',
  ),
  leads: administrative('the request before the bilan, kept under the intake’s retention of prospects'),
  lead_status_changes: administrative('the request’s history, under the intake’s retention'),
  lead_interviews: administrative('the preliminary interview before the contract, under the intake’s retention'),
  audit_events: administrative('append-only journal; its details hold no content (decision 046 lists exceptions)'),
  bilan_destructions: administrative('the destruction schedule: dates and warnings'),
  retention_agreements: administrative('the beneficiary’s signed agreements to keep items'),
  destruction_certificates: administrative('the destruction certificates: categories, counts and dates'),
  privacy_requests: administrative('the GDPR requests register: proof of the answer, no bilan content (decision 048)'),
  // Not per bilan.
  organisations: global('the providers'),
  organisation_logos: global('the providers’ logos'),
  offers: global('the providers’ catalogue of offers'),
  users: global('accounts; their erasure follows GDPR-09, not the bilan’s end'),
  invitations: global('account invitations'),
  auth_sessions: global('sign-in sessions'),
  password_resets: global('password reset links'),
  password_reset_requests: global('password reset requests'),
  login_throttle: global('sign-in throttling'),
  worksheet_library: global('the organisation’s worksheet models'),
  quality_complaints: global('the complaints register (Qualiopi indicator 31, decision 050)'),
  quality_improvement_actions: global('the improvement plan (Qualiopi indicator 32)'),
  quality_published_results: global('the results published on the public page (indicator 2)'),
  bpf_filings: global('the BPF’s filing dates (decision 051)'),
  bpf_external_consultants: global('the consultants declared external in a year’s BPF'),
  bpf_reminders: global('the BPF reminders sent'),
  kysely_migration: global('migration bookkeeping'),
  kysely_migration_lock: global('migration bookkeeping'),
};

/** The classification of a table; the ROME catalogue is global. */
export function classificationOf(table: string): Classification | undefined {
  if (table.startsWith('rome_')) return global('France Travail’s job catalogue (ROME)');
  return TABLE_REGISTRY[table];
}

/** The categories a destruction certificate lists, in French. */
export const CERTIFICATE_CATEGORIES = {
  questionnaires: 'Questionnaires, fiches et leurs réponses',
  questionnaire_comments: 'Commentaires sur les réponses',
  feedback_invitations: 'Invitations et réponses des retours 360°',
  external_tests: 'Résultats de tests externes et leurs rapports',
  portfolio: 'Expériences, compétences et preuves du parcours',
  portfolio_comments: 'Commentaires du parcours',
  pistes: 'Pistes, besoins de formation et suggestions écartées',
  enquetes: 'Enquêtes métier et leurs contacts',
  action_plan: 'Étapes du plan d’action',
  synthese_texts: 'Textes et propositions de la synthèse',
  synthese_comments: 'Commentaires sur la synthèse',
  synthese_versions: 'Versions publiées de la synthèse (texte effacé, preuve de remise conservée)',
  shares: 'Partages et leurs consultations',
  seance_notes: 'Sujets et motifs des séances',
  phase_notes: 'Analyse de la demande et modalités',
  emails: 'E-mails portant sur le contenu du bilan',
} as const;
export type CertificateCategory = keyof typeof CERTIFICATE_CATEGORIES;

export interface CertificateLine {
  category: CertificateCategory;
  label: string;
  count: number;
}

/** The certificate's lines from counts: only what went, in the catalogue's order. */
export function certificateLines(counts: Partial<Record<CertificateCategory, number>>): CertificateLine[] {
  return (Object.keys(CERTIFICATE_CATEGORIES) as CertificateCategory[])
    .filter((category) => (counts[category] ?? 0) > 0)
    .map((category) => ({ category, label: CERTIFICATE_CATEGORIES[category], count: counts[category]! }));
}
