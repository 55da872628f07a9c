import { describe, expect, it } from 'vitest';
import { qualiopiEvidence, type EvidenceFacts } from './evidence.ts';
import { BILAN_INDICATORS } from './qualiopi-indicators.ts';
import { complaintDateIssues, isOverdueAction } from './registers.ts';
import { lastTwelveMonths, resultsAreStale } from './results.ts';

const TODAY = '2026-12-07';

/** An organisation with nothing missing that Sillage can hold. */
function complete(): EvidenceFacts {
  return {
    organisation: {
      publicPageEnabled: true,
      hasAddress: true,
      hasContact: true,
      hasSiret: true,
      hasNda: true,
      hasAccessibilityConditions: true,
      hasReferentHandicap: true,
      hasReferentContact: true,
      activeConsultants: 2,
    },
    offers: { active: 1, withoutDescription: 0, withoutAccessDelay: 0 },
    bilans: {
      inPeriod: 4,
      pastPreliminary: 3,
      withNeedAnalysis: 3,
      withFormat: 3,
      withModalities: 3,
      withConsent: 3,
      withCharterSigned: 3,
      withContract: 3,
      completed: 2,
      abandoned: 1,
      abandonedWithReason: 1,
      completedWithSynthesisDelivered: 2,
      completedWithFollowUpOffered: 2,
      completedWithHotEvaluation: 2,
    },
    seances: { held: 10, signedByBoth: 10, noShows: 1, remindersSent: 9 },
    evaluations: { hotSent: 2, hotAnswered: 1, coldSent: 0, coldAnswered: 0 },
    followUps: { held: 0 },
    complaints: { received: 1, open: 0, unacknowledged: 0, resolved: 1, withAction: 1 },
    actions: {
      recorded: 1,
      open: 1,
      overdue: 0,
      done: 0,
      doneWithoutEffect: 0,
      fromComplaints: 1,
      fromEvaluations: 0,
      fromVeille: 0,
    },
    resultsPublishedOn: '2026-03-01',
  };
}

const of = (facts: EvidenceFacts, indicator: number) =>
  qualiopiEvidence(facts, TODAY).find((e) => e.indicator === indicator)!;

describe('the Qualiopi evidence', () => {
  it('lists the 22 indicators applicable to bilans, never 3, 7, 8, 13–16, 20, 28, 29', () => {
    const shown = qualiopiEvidence(complete(), TODAY).map((e) => e.indicator);
    expect(shown).toEqual([...BILAN_INDICATORS]);
    expect(shown).toHaveLength(22);
    for (const na of [3, 7, 8, 13, 14, 15, 16, 20, 28, 29]) expect(shown).not.toContain(na);
  });

  it('has no gap when the organisation holds everything, and says what is kept outside Sillage', () => {
    const all = qualiopiEvidence(complete(), TODAY);
    expect(all.filter((e) => e.status === 'a_completer')).toEqual([]);
    const outside = all.filter((e) => e.status === 'hors_sillage').map((e) => e.indicator);
    expect(outside).toEqual([17, 19, 21, 22, 23, 24, 25, 27]);
    for (const e of all.filter((e) => e.status === 'hors_sillage')) expect(e.outside.length).toBeGreaterThan(0);
  });

  it('flags the public information missing (ind. 1) and the référent handicap (ind. 26)', () => {
    const f = complete();
    f.organisation.publicPageEnabled = false;
    f.offers.withoutAccessDelay = 2;
    f.organisation.hasReferentHandicap = false;
    expect(of(f, 1).status).toBe('a_completer');
    expect(of(f, 1).gaps).toEqual([
      'La page publique de l’organisme n’est pas en ligne.',
      '2 offres actives sans délai d’accès.',
    ]);
    expect(of(f, 26).gaps).toEqual(['Aucun·e référent·e handicap n’est désigné·e.']);
    // The complaint form lives on the public page: indicators 2 and 31 lose it too.
    expect(of(f, 31).status).toBe('a_completer');
    expect(of(f, 2).status).toBe('a_completer');
  });

  it('counts the bilans past the préliminaire that lack a record (ind. 4, 9, 10)', () => {
    const f = complete();
    f.bilans.withNeedAnalysis = 1;
    f.bilans.withContract = 2;
    f.seances.signedByBoth = 8;
    expect(of(f, 4).gaps).toEqual(['2 bilans passés en investigation sans analyse du besoin enregistrée.']);
    expect(of(f, 4).evidence[2]).toEqual({ label: 'Analyse du besoin enregistrée', value: '1 sur 3' });
    expect(of(f, 10).gaps).toEqual([
      '1 bilan passé en investigation sans contrat, convention signés ni commande CPF.',
      '2 séances réalisées sans le double émargement.',
    ]);
    expect(of(f, 9).status).toBe('tenu');
  });

  it('flags syntheses not delivered (11), abandons without reason (12), évaluations not sent (30)', () => {
    const f = complete();
    f.bilans.completedWithSynthesisDelivered = 1;
    f.bilans.abandonedWithReason = 0;
    f.bilans.completedWithHotEvaluation = 0;
    expect(of(f, 11).gaps).toEqual(['1 bilan clôturé sans remise de la synthèse enregistrée.']);
    expect(of(f, 12).gaps).toEqual(['1 abandon sans motif enregistré.']);
    expect(of(f, 30).gaps).toEqual(['2 bilans clôturés sans évaluation à chaud envoyée.']);
    expect(of(f, 30).evidence[1]).toEqual({ label: 'Évaluations à chaud : taux de réponse', value: '50 % (1 sur 2)' });
    expect(of(f, 30).evidence[3]!.value).toBe('pas encore de données');
  });

  it('asks to publish results, then to update them after twelve months (ind. 2)', () => {
    const f = complete();
    f.resultsPublishedOn = null;
    expect(of(f, 2).gaps).toEqual([
      'Aucun résultat n’est publié sur la page publique : publiez-les depuis cette page.',
    ]);
    f.resultsPublishedOn = '2025-12-07';
    expect(of(f, 2).status).toBe('tenu');
    expect(of(f, 2).evidence[0]).toEqual({ label: 'Résultats publiés le', value: '07/12/2025' });
    f.resultsPublishedOn = '2025-12-06';
    expect(of(f, 2).gaps).toEqual(['Les résultats publiés datent de plus de douze mois : mettez-les à jour.']);
  });

  it('flags complaints not acknowledged (31) and actions overdue or without effect (32)', () => {
    const f = complete();
    f.complaints.unacknowledged = 3;
    f.actions.overdue = 1;
    f.actions.doneWithoutEffect = 2;
    expect(of(f, 31).gaps).toEqual(['3 réclamations sans accusé de réception.']);
    expect(of(f, 32).gaps).toEqual([
      '1 action d’amélioration en retard sur son échéance.',
      '2 actions réalisées sans l’effet constaté.',
    ]);
  });
});

describe('the registers’ rules', () => {
  const base = {
    receivedOn: '2026-11-02',
    acknowledgedOn: null,
    resolvedOn: null,
    status: 'recue',
    answer: null,
  } as const;
  it('accepts a complaint just received, and one resolved with its answer', () => {
    expect(complaintDateIssues(base, TODAY)).toEqual({});
    expect(
      complaintDateIssues(
        {
          ...base,
          acknowledgedOn: '2026-11-03',
          resolvedOn: '2026-11-20',
          status: 'resolue',
          answer: 'Séance replanifiée.',
        },
        TODAY,
      ),
    ).toEqual({});
  });
  it('refuses dates before the reception or in the future, and a resolution without its date or answer', () => {
    expect(complaintDateIssues({ ...base, receivedOn: '2026-12-08' }, TODAY)).toHaveProperty('receivedOn');
    expect(complaintDateIssues({ ...base, acknowledgedOn: '2026-11-01' }, TODAY)).toHaveProperty('acknowledgedOn');
    expect(complaintDateIssues({ ...base, resolvedOn: '2026-11-05' }, TODAY)).toEqual({
      status: 'Une réclamation avec une date de résolution est « résolue ».',
    });
    expect(Object.keys(complaintDateIssues({ ...base, status: 'resolue' }, TODAY))).toEqual(['resolvedOn', 'answer']);
  });
  it('says an open action is overdue the day after its due date', () => {
    expect(isOverdueAction({ status: 'en_cours', dueOn: '2026-12-07' }, TODAY)).toBe(false);
    expect(isOverdueAction({ status: 'prevue', dueOn: '2026-12-06' }, TODAY)).toBe(true);
    expect(isOverdueAction({ status: 'realisee', dueOn: '2026-12-06' }, TODAY)).toBe(false);
  });
  it('takes the twelve months up to today, and results stale after twelve months', () => {
    expect(lastTwelveMonths('2026-12-07')).toEqual({ from: '2025-12-08', to: '2026-12-07' });
    expect(resultsAreStale('2025-12-07', '2026-12-07')).toBe(false);
    expect(resultsAreStale('2025-12-07', '2026-12-08')).toBe(true);
  });
});
