/**
 * Words that leak from the code into what people read (issue 11): source folders, SPDX licence
 * ids, setting names, the software's name where the organisation should speak, raw instrument ids,
 * hash algorithm names, and ungrammatical séance moves. Two checks: the runtime catalogues (error
 * messages, checklist items, parameter labels, instrument licences, e-mails), and a scan of the
 * texts that reach users (screens, domain texts, contracts, use cases, PDF templates), comments
 * left out (and, in use cases, the operator's logs may name settings and commands).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../shared/error-catalogue.ts';
import { PARAMETER_DEFINITIONS } from '../../shared/parameters/definitions.ts';
import { phaseChecklist, type PhaseChecklistFacts } from '../../bilans/domain/phase-checklists.ts';
import { INSTRUMENTS } from '../../instruments/domain/catalogue.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { seancePlannedEmail, seanceRescheduledEmail } from '../../seances/domain/emails.ts';
import { followUpOfferedEmail } from '../../after/domain/emails.ts';
import { documentToSignEmail } from '../../documents/domain/emails.ts';
import { feedbackInvitationEmail } from '../../feedback/domain/emails.ts';

const SRC = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

/** Patterns that never belong in a text a user reads. */
const LEAKS: { pattern: RegExp; why: string; operator?: true }[] = [
  { pattern: /seeds\//, why: 'a folder of the repository' },
  { pattern: /AGPL-3\.0|-or-later/, why: 'an SPDX licence id (say « licence libre AGPL 3.0 ou ultérieure »)' },
  { pattern: /\b(SMTP_URL|DATABASE_URL|PUBLIC_URL|DATA_DIR|ROME_DIR)\b/, why: 'a setting name', operator: true },
  { pattern: /npm run /, why: 'a command for the server', operator: true },
  { pattern: /L’équipe Sillage|L'équipe Sillage/, why: 'the software signing for the organisation' },
  { pattern: /Sillage ne demande/, why: 'the software speaking for the organisation' },
  { pattern: /SHA-256/, why: 'a hash algorithm name (say « empreinte du document »)' },
];

/** Extra patterns for texts shown as they are (screens and PDF templates). */
const SCREEN_LEAKS: { pattern: RegExp; why: string }[] = [
  { pattern: /Compte Sillage|sur ce Sillage/, why: 'the software’s name instead of the account or the organisation' },
  { pattern: /\{d\.questionnaireId\}|\{[a-z.]*instrumentId\}/, why: 'a raw instrument id' },
  { pattern: /déplacée? \$\{describeSlot/, why: '« déplacée le … » instead of « déplacée au … »' },
];

function leaksIn(text: string, patterns = LEAKS): string[] {
  return patterns.filter(({ pattern }) => pattern.test(text)).map(({ why }) => why);
}

/** The file without its comments (block comments, and lines that are only a line comment). */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
}

function userFacingFiles(): string[] {
  const files: string[] = [];
  for (const capability of readdirSync(SRC, { withFileTypes: true })) {
    if (!capability.isDirectory()) continue;
    for (const layer of ['web', 'domain', 'contracts', 'use-cases']) {
      const dir = path.join(SRC, capability.name, layer);
      let entries: string[];
      try {
        entries = readdirSync(dir, { recursive: true }) as string[];
      } catch {
        continue;
      }
      for (const entry of entries)
        if (/\.(ts|tsx)$/.test(entry) && !/\.(test|fixture)\.ts$/.test(entry)) files.push(path.join(dir, entry));
    }
  }
  const templates = path.join(SRC, 'platform', 'pdf', 'templates');
  for (const entry of readdirSync(templates)) if (entry.endsWith('.typ')) files.push(path.join(templates, entry));
  return files;
}

const facts: PhaseChecklistFacts = {
  needAnalysisRecorded: false,
  formatChosen: false,
  modalitiesAgreed: false,
  consentGiven: false,
  commitmentsCharterSigned: false,
  careerPathReviewed: false,
  expectationsRecorded: false,
  investigationSessionsHeld: 0,
  professionalBackgroundExplored: false,
  personalCharacteristicsExplored: false,
  environmentExplored: false,
  projectOrAlternativesIdentified: false,
  conclusionInterviewsHeld: 0,
  detailedResultsPresented: false,
  actionPlanDefined: false,
  synthesisDelivered: false,
  followUpOffered: false,
  hotEvaluationDone: false,
  financing: { type: 'cpf', referenceDate: parsePlainDate('2026-06-01'), accompanimentDoneMinutes: 0 },
};

describe('words that leak into what users read', () => {
  it('none in the error messages, checklist items, parameter labels and instrument licences', () => {
    const texts: string[] = [
      ...Object.values(ERRORS).map((e) => e.message),
      ...(['preliminaire', 'investigation', 'conclusion'] as const).flatMap((phase) =>
        phaseChecklist(phase, facts).items.flatMap((item) => [item.label, item.source]),
      ),
      ...Object.values(PARAMETER_DEFINITIONS).map((d) => d.label),
      ...INSTRUMENTS.flatMap((i) => [i.source.name, i.source.source.licence, i.source.source.licenceNote ?? '']),
    ];
    expect(texts.flatMap((text) => leaksIn(text).map((why) => `${why}: ${text}`))).toEqual([]);
  });

  it('none in the e-mails to beneficiaries and respondents, signed by the organisation', () => {
    const at = new Date('2026-12-03T09:00:00Z');
    const seance = {
      beneficiaryFirstName: 'Bruno',
      consultantName: 'Claire Dubois',
      organisationName: 'Cap Avenir',
      startsAt: at,
      endsAt: new Date('2026-12-03T11:00:00Z'),
      mode: 'in_person' as const,
      place: 'Lyon',
      link: null,
      url: 'https://bilans.exemple.fr/mon-bilan',
    };
    const mails = [
      seancePlannedEmail(seance),
      seanceRescheduledEmail({ ...seance, previousStartsAt: at, previousEndsAt: at, reason: 'Demande' }),
      followUpOfferedEmail({
        firstName: 'Bruno',
        consultantName: 'Claire',
        organisationName: 'Cap Avenir',
        months: 6,
        url: 'https://x.fr',
      }),
      documentToSignEmail({ firstName: 'Bruno', organisationName: 'Cap Avenir', title: 'Devis', url: 'https://x.fr' }),
      feedbackInvitationEmail({
        firstName: 'Bruno',
        organisationName: 'Cap Avenir',
        expiresAt: at,
        url: 'https://x.fr',
      }),
    ];
    for (const mail of mails) {
      expect(leaksIn(`${mail.subject}\n${mail.text}`), mail.subject).toEqual([]);
      expect(mail.text.trimEnd().endsWith('L’équipe de Cap Avenir'), mail.subject).toBe(true);
    }
  });

  it('none in the texts of screens, domain rules, contracts, use cases and PDF templates', () => {
    const found: string[] = [];
    for (const file of userFacingFiles()) {
      const relative = path.relative(SRC, file).split(path.sep).join('/');
      const text = withoutComments(readFileSync(file, 'utf8'));
      // Use cases also write the operator's logs, which may name settings and commands.
      const patterns =
        /\.(tsx|typ)$/.test(file) || relative.includes('/domain/')
          ? [...LEAKS, ...SCREEN_LEAKS]
          : relative.includes('/use-cases/')
            ? LEAKS.filter((leak) => !leak.operator)
            : LEAKS;
      for (const { pattern, why } of patterns) {
        if (!pattern.test(text)) continue;
        found.push(`${relative}: ${why}`);
      }
    }
    expect(found).toEqual([]);
  });
});
