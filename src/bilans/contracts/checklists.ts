/**
 * Consent, charter, phase records and checklists of a bilan.
 */
import { z } from 'zod';
import { multiLine, oneLine } from '../../shared/text.ts';
import { CONSENT_DECISIONS } from '../domain/notice.ts';

export const ConsentDecisionSchema = z.object({
  decision: z.enum(CONSENT_DECISIONS, { error: 'Choisissez votre réponse.' }),
  noticeVersion: z.string().min(1).max(50).check(oneLine()),
});
export type ConsentDecision = z.infer<typeof ConsentDecisionSchema>;

export const SignCharterSchema = z.object({
  signedName: z
    .string({ error: 'Tapez votre nom.' })
    .trim()
    .min(2, 'Tapez votre prénom et votre nom.')
    .max(200, 'Le nom est trop long.')
    .check(oneLine()),
  consent: z.literal(true, { error: 'Cochez la case pour signer la charte.' }),
  charterVersion: z.string().min(1).max(50).check(oneLine()),
  /** SHA-256 of the text shown: refused if the charter changed since it was displayed. */
  textSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SignCharter = z.infer<typeof SignCharterSchema>;

const longText = (label: string) =>
  z.string().trim().max(8000, `${label} ne doit pas dépasser 8 000 caractères.`).check(multiLine());

export const PhaseRecordSchema = z.object({
  needAnalysis: longText('L’analyse de la demande'),
  format: longText('Le format'),
  modalities: longText('Les modalités'),
});
export type PhaseRecord = z.infer<typeof PhaseRecordSchema>;

export const AttestSchema = z.object({
  item: z.string().min(1).max(60).check(oneLine()),
  met: z.boolean(),
  note: z.string().trim().max(500, 'La précision ne doit pas dépasser 500 caractères.').check(multiLine()).optional(),
});
export type Attest = z.infer<typeof AttestSchema>;

export interface NoticeView {
  version: string;
  title: string;
  sections: { heading: string; paragraphs: string[] }[];
}

export interface ConsentView {
  notice: NoticeView;
  decision: { decision: 'given' | 'refused'; at: string; noticeVersion: string } | null;
}

export interface CharterView {
  version: string;
  title: string;
  provider: string[];
  beneficiary: string[];
  text: string;
  textSha256: string;
  signatures: { role: 'beneficiary' | 'consultant'; name: string; at: string }[];
}

export interface ChecklistItemView {
  code: string;
  label: string;
  met: boolean;
  level: 'required' | 'recommended';
  source: string;
  attestable: boolean;
  note: string | null;
}

export interface ChecklistView {
  phase: string;
  items: ChecklistItemView[];
  complete: boolean;
  record: { needAnalysis: string; format: string; modalities: string };
}
