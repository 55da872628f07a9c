/** The pure rules of sharing (decision 045): days, statuses, refusals, the consent sentence, the e-mail, the PDF. */
import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { riasecReport } from '../../instruments/domain/riasec/report.ts';
import { scoreRiasec } from '../../instruments/domain/riasec/scoring.ts';
import { consentText, documentsSentence } from './consent.ts';
import { shareEmail } from './emails.ts';
import { RESULTS_CAUTIONS, buildResultsPdf } from './results-pdf.ts';
import { checkLastDay, endDay, lastDayRange, linkRefusal, shareStatus, visitRefusal } from './rules.ts';

const today = parsePlainDate('2026-12-07');
const now = new Date('2026-12-07T10:00:00Z');
const later = new Date('2026-12-20T00:00:00Z');

describe('the days of a share', () => {
  it('runs from today to 90 days, 30 proposed, and ends when the day after starts', () => {
    expect(lastDayRange(today)).toEqual({ earliest: '2026-12-07', latest: '2027-03-07', proposed: '2027-01-06' });
    expect(checkLastDay('2026-12-07', today)).toBeNull();
    expect(checkLastDay('2027-03-07', today)).toBeNull();
    expect(checkLastDay('2027-03-08', today)).toContain('au plus 90 jours');
    expect(checkLastDay('2026-12-06', today)).toContain('déjà passé');
    expect(endDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('the state of a link', () => {
  const open = { expires_at: later, opened_at: null, revoked_at: null, lastDay: '2026-12-19' };
  it('says why a link no longer opens, withdrawal first', () => {
    expect(linkRefusal(open, now)).toBeNull();
    expect(shareStatus(open, now)).toBe('active');
    expect(linkRefusal({ ...open, opened_at: now }, now)?.reason).toBe('used');
    expect(shareStatus({ ...open, opened_at: now }, now)).toBe('opened');
    const expired = linkRefusal(open, later);
    expect(expired?.reason).toBe('expired');
    expect(expired?.message).toContain('19 décembre 2026 inclus');
    expect(shareStatus(open, later)).toBe('expired');
    expect(linkRefusal({ ...open, opened_at: now, revoked_at: now }, later)?.reason).toBe('revoked');
    expect(shareStatus({ ...open, revoked_at: now }, now)).toBe('revoked');
  });
  it('ends a visit at its time or on withdrawal', () => {
    const visit = { revoked_at: null, visit_expires_at: new Date(now.getTime() + 60_000) };
    expect(visitRefusal(visit, now)).toBeNull();
    expect(visitRefusal(visit, new Date(now.getTime() + 60_000))?.reason).toBe('visit_over');
    expect(visitRefusal({ ...visit, revoked_at: now }, now)?.reason).toBe('revoked');
    expect(visitRefusal({ revoked_at: null, visit_expires_at: null }, now)?.reason).toBe('visit_over');
  });
});

describe('what the people read', () => {
  it('states the consent: what, to whom, until when, once, revocable', () => {
    expect(documentsSentence(['synthese', 'resultats'])).toBe(
      'le document de synthèse et les résultats détaillés des questionnaires',
    );
    const text = consentText({
      documents: ['resultats'],
      recipientName: 'Claire Conseil',
      recipientKind: 'cep',
      recipientEmail: 'claire@exemple.fr',
      lastDay: '2027-01-01',
    });
    expect(text).toContain('les résultats détaillés des questionnaires à Claire Conseil');
    expect(text).toContain('claire@exemple.fr');
    expect(text).toContain('1er janvier 2027 inclus');
    expect(text).toContain('retirer ce partage à tout moment');
  });

  it('e-mails the link once, with confidentiality and the limited use', () => {
    const mail = shareEmail({
      beneficiaryName: 'Bruno Lefèvre',
      recipientName: 'Claire Conseil',
      organisationName: 'Cap Avenir',
      documents: ['synthese', 'resultats'],
      lastDay: '2027-01-06',
      url: 'https://sillage.exemple.fr/partage/abc',
      resent: true,
    });
    expect(mail.subject).toBe('Bruno Lefèvre partage avec vous des documents de son bilan de compétences');
    expect(mail.text).toContain('le document de synthèse et les résultats détaillés des questionnaires');
    expect(mail.text).toContain('6 janvier 2027 inclus, une seule fois');
    expect(mail.text).toContain('confidentiels');
    expect(mail.text).toContain('remplace celui reçu précédemment');
    expect(mail.text).toContain('https://sillage.exemple.fr/partage/abc');
  });

  it('lays out the results with their cautions first and never the consultant’s notes', () => {
    const answers = Object.fromEntries(
      ['r', 'i', 'a', 's', 'e', 'c'].flatMap((l, k) => [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`${l}${n}`, (k % 5) + 1])),
    );
    const report = riasecReport(scoreRiasec(answers), { audience: 'beneficiaire', date: '2026-12-01' });
    const pdf = buildResultsPdf([report], {
      beneficiaryName: 'Bruno Lefèvre',
      organisation: { name: 'Cap Avenir', address: '1 rue de la Paix', postalCode: '69001', city: 'Lyon' },
      brand: null,
      editedOn: '2026-12-07',
    });
    expect(pdf.blocks[0]).toEqual({ type: 'heading', text: 'À lire avant les résultats' });
    expect(pdf.blocks.slice(1, 1 + RESULTS_CAUTIONS.length).map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(pdf.blocks).toContainEqual({ type: 'heading', text: report.title });
    expect(pdf.blocks.some((b) => b.type === 'table')).toBe(true);
    expect(pdf.footer).toContain('Document confidentiel');
    expect(pdf.organisation.lines).toEqual(['1 rue de la Paix', '69001 Lyon']);
    const empty = buildResultsPdf([], {
      ...{ beneficiaryName: 'B', brand: null, editedOn: '2026-12-07' },
      organisation: { name: 'O', address: null, postalCode: null, city: null },
    });
    expect(empty.blocks.at(-1)).toEqual({
      type: 'paragraph',
      text: 'Aucun questionnaire de résultats n’a encore été complété.',
    });
  });
});
