/** The synthesis's pure rules: the version diff, the pre-fill with its sources, the document model. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, sideOf } from './diff.ts';
import { actionSteps, pistesCharts, riasecChart } from './figures.ts';
import { appendPassage, prefill, type PrefillFacts } from './prefill.ts';
import { canonicalVersion, orderedSections, paragraphsOf, sameText, syntheseContent, versionDiff } from './version.ts';
import { CONFIDENTIALITY_NOTICE } from './model.ts';

describe('diffText', () => {
  it('shows the words removed and added inside a changed line, the rest as one piece', () => {
    const parts = diffText(
      'Premier paragraphe.\n\nVous aimez le travail en équipe.',
      'Premier paragraphe.\n\nVous aimez beaucoup le travail en équipe.',
    );
    expect(parts).toEqual([
      { op: 'equal', text: 'Premier paragraphe.\n\nVous aimez ' },
      { op: 'insert', text: 'beaucoup ' },
      { op: 'equal', text: 'le travail en équipe.' },
    ]);
  });

  it('replaces a word', () => {
    expect(diffText('un projet retenu', 'un projet écarté')).toEqual([
      { op: 'equal', text: 'un projet ' },
      { op: 'delete', text: 'retenu' },
      { op: 'insert', text: 'écarté' },
    ]);
  });

  it('is one equal part for the same text, nothing for two empty texts', () => {
    expect(diffText('a b\nc', 'a b\nc')).toEqual([{ op: 'equal', text: 'a b\nc' }]);
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', 'nouveau')).toEqual([{ op: 'insert', text: 'nouveau' }]);
    expect(diffText('ancien', '')).toEqual([{ op: 'delete', text: 'ancien' }]);
  });

  it('gives back both texts, with adjacent parts of different kinds, for any pair of texts', () => {
    const text = fc.stringMatching(/^[a-cé \n.]{0,60}$/);
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = diffText(a, b);
        expect(sideOf(parts, 'before')).toBe(a);
        expect(sideOf(parts, 'after')).toBe(b);
        for (let i = 1; i < parts.length; i++) expect(parts[i]!.op).not.toBe(parts[i - 1]!.op);
        for (const p of parts) expect(p.text).not.toBe('');
        if (a === b && a !== '') expect(parts).toEqual([{ op: 'equal', text: a }]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every common word when one text extends the other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('le', 'projet', 'métier', 'formation'), { maxLength: 30 }),
        fc.array(fc.constantFrom('le', 'projet', 'métier'), { maxLength: 10 }),
        (words, extra) => {
          const a = words.join(' ');
          const b = [...words, ...extra].join(' ');
          const parts = diffText(a, b);
          expect(parts.filter((p) => p.op === 'delete')).toEqual([]);
        },
      ),
    );
  });

  it('stays fast on two long sections', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `mot${i % 97}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `mot${(i * 7) % 89}`).join(' ');
    const started = performance.now();
    const parts = diffText(a, b);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(sideOf(parts, 'after')).toBe(b);
  });
});

const facts: PrefillFacts = {
  bilan: {
    startedOn: '2026-09-14',
    financingLabel: 'Compte personnel de formation (CPF)',
    plannedHours: 24,
    needAnalysis: 'Vous souhaitez quitter la comptabilité pour un métier au contact du public.',
    format: null,
    modalities: 'Six séances, dont deux à distance.',
  },
  competences: [
    { domain: 'Gestion', label: 'Tenir une comptabilité', kind: 'savoir_faire', transferable: true },
    { domain: 'Gestion', label: 'Rigueur', kind: 'savoir_etre', transferable: false },
    { domain: null, label: 'Anglais', kind: 'savoir', transferable: false },
  ],
  instruments: [
    {
      name: 'Centres d’intérêt professionnels (RIASEC)',
      submittedOn: '2026-11-12',
      summary: ['Les activités qui vous attirent le plus relèvent du type Social (S).'],
      cautions: ['L’adaptation française de ce questionnaire n’est pas encore validée.'],
    },
  ],
  pistes: [
    {
      title: 'Conseiller en insertion',
      status: 'retenue',
      statusReason: null,
      desire: 5,
      desireWhy: 'Aider les autres.',
      favourableFactors: 'Expérience associative.',
      unfavourableFactors: 'Salaire plus bas.',
      feasibility: { label: 'Élevée', reasons: ['Formation nécessaire : favorable.'] },
    },
    {
      title: 'Libraire',
      status: 'ecartee',
      statusReason: 'Peu de postes dans la région.',
      desire: 3,
      desireWhy: null,
      favourableFactors: null,
      unfavourableFactors: null,
      feasibility: { label: 'Faible', reasons: [] },
    },
    {
      title: 'Formateur',
      status: 'a_explorer',
      statusReason: null,
      desire: null,
      desireWhy: null,
      favourableFactors: null,
      unfavourableFactors: null,
      feasibility: { label: 'À évaluer', reasons: [] },
    },
  ],
  steps: [
    {
      horizon: 'moyen',
      what: 'Suivre la formation CIP',
      who: 'Vous',
      byWhen: '2027-06-30',
      resources: null,
      funding: 'CPF',
      status: 'a_faire',
    },
    {
      horizon: 'court',
      what: 'Rencontrer deux conseillers',
      who: null,
      byWhen: null,
      resources: null,
      funding: null,
      status: 'en_cours',
    },
  ],
  followUp: { offeredOn: '2026-12-01', response: 'accepted', delayMonths: 6 },
  followUpDelayMonths: 6,
};

describe('prefill', () => {
  const proposals = prefill(facts);

  it('says where every passage comes from', () => {
    expect(proposals.map((p) => [p.sectionKey, p.source])).toEqual([
      ['circonstances', 'D’après le dossier du bilan'],
      ['circonstances', 'D’après la phase préliminaire (analyse de la demande et des attentes)'],
      ['circonstances', 'D’après la phase préliminaire (déroulement convenu)'],
      ['competences', 'D’après le portfolio (domaine « Gestion »)'],
      ['competences', 'D’après le portfolio'],
      ['interets', 'D’après le questionnaire Centres d’intérêt professionnels (RIASEC) du 12/11/2026'],
      ['projets', 'D’après les pistes explorées (« Conseiller en insertion »)'],
      ['projets', 'D’après les pistes explorées (pistes écartées)'],
      ['etapes', 'D’après le plan d’action (à court terme)'],
      ['etapes', 'D’après le plan d’action (à moyen terme)'],
      ['confidentialite', 'Mention prévue par l’article L6313-4 du Code du travail'],
      ['suivi', 'D’après l’offre de suivi du 01/12/2026'],
    ]);
  });

  it('writes the facts in French, the instruments with their cautions, projects with factors for and against', () => {
    const text = (source: string) => proposals.find((p) => p.source === source)!.text;
    expect(text('D’après le dossier du bilan')).toBe(
      'Votre bilan de compétences a commencé le 14/09/2026. Il est financé par : Compte personnel de formation (CPF), et prévoit 24 heures d’accompagnement.',
    );
    expect(text('D’après le portfolio (domaine « Gestion »)')).toBe(
      'Gestion\nSavoir-faire : Tenir une comptabilité (transférable).\nSavoir-être : Rigueur.',
    );
    expect(proposals.find((p) => p.sectionKey === 'interets')!.text).toContain(
      'Précautions de lecture : L’adaptation française de ce questionnaire n’est pas encore validée.',
    );
    const projet = text('D’après les pistes explorées (« Conseiller en insertion »)');
    expect(projet).toContain('Facteurs favorables : Expérience associative.');
    expect(projet).toContain('Facteurs défavorables : Salaire plus bas.');
    expect(projet).toContain('Envie : 5 sur 5. Aider les autres.');
    expect(text('D’après les pistes explorées (pistes écartées)')).toContain(
      'Libraire : Peu de postes dans la région.',
    );
    expect(proposals.some((p) => p.text.includes('Formateur'))).toBe(false);
    expect(text('D’après le plan d’action (à moyen terme)')).toBe(
      'À moyen terme :\nSuivre la formation CIP (qui : Vous ; d’ici le 30/06/2027 ; financement : CPF)',
    );
    expect(proposals.find((p) => p.sectionKey === 'confidentialite')!.text).toBe(CONFIDENTIALITY_NOTICE);
    expect(CONFIDENTIALITY_NOTICE).toContain('L6313-4');
    expect(proposals.find((p) => p.sectionKey === 'suivi')!.text).toContain('6 mois après la fin du bilan');
  });

  it('proposes a plain follow-up text and no empty passage on an empty dossier', () => {
    const empty = prefill({
      ...facts,
      bilan: { ...facts.bilan, startedOn: null, needAnalysis: '  ', modalities: null },
      competences: [],
      instruments: [],
      pistes: [],
      steps: [],
      followUp: null,
    });
    expect(empty.map((p) => p.sectionKey)).toEqual(['circonstances', 'confidentialite', 'suivi']);
    expect(empty[2]!.source).toBe('Texte type proposé par Sillage (aucune offre de suivi enregistrée)');
    for (const p of empty) expect(p.text.trim()).not.toBe('');
  });

  it('keeps a huge passage within the section limit', () => {
    const big = prefill({ ...facts, bilan: { ...facts.bilan, needAnalysis: 'x'.repeat(30_000) } });
    expect(Math.max(...big.map((p) => p.text.length))).toBe(20_000);
  });

  it('appends an accepted passage after a blank line', () => {
    expect(appendPassage('', 'Nouveau.')).toBe('Nouveau.');
    expect(appendPassage('Texte.\n\n', 'Nouveau.')).toBe('Texte.\n\nNouveau.');
  });
});

describe('versions and the document', () => {
  const figures = {
    riasec: riasecChart(
      [
        { label: 'Réaliste', value: 12 },
        { label: 'Social', value: 35 },
      ],
      '2026-11-12',
    ),
    pistes: pistesCharts([
      { title: 'Conseiller en insertion', status: 'retenue', desire: 5, feasibilityLevel: 'elevee' },
      { title: 'Libraire', status: 'ecartee', desire: 3, feasibilityLevel: 'faible' },
      { title: 'Formateur', status: 'plan_b', desire: null, feasibilityLevel: 'a_evaluer' },
    ]),
    steps: actionSteps(facts.steps),
  };

  it('says every chart in French in its alt', () => {
    expect(figures.riasec!.alt).toBe(
      'Profil d’intérêts RIASEC du 12/11/2026, de 8 à 40 points : Réaliste 12 points, Social 35 points.',
    );
    expect(figures.pistes.map((c) => c.alt)).toEqual([
      'Envie pour chaque projet, sur 5 : Conseiller en insertion 5 sur 5.',
      'Faisabilité de chaque projet, de 1 (faible) à 3 (élevée) : Conseiller en insertion 3 sur 3.',
    ]);
    expect(riasecChart(null, null)).toBeNull();
    expect(figures.steps.map((s) => [s.horizon, s.statusLabel])).toEqual([
      ['court', 'En cours'],
      ['moyen', 'À faire'],
    ]);
  });

  it('builds the document from a version: paragraphs on blank lines, figures only under written sections', () => {
    const sections = orderedSections({ interets: 'Social.\n\n\nEn équipe.', etapes: 'Deux étapes.' });
    const content = syntheseContent(
      { number: 2, sections, figures },
      {
        beneficiaryName: 'Camille Martin',
        consultantName: 'Jeanne Durand',
        organisation: { name: 'Cabinet', lines: [] },
        period: { startedOn: '2026-09-14', endedOn: null },
        approvedOn: '2026-12-06',
        editedOn: '2026-12-06',
      },
    );
    expect(content.sections.map((s) => s.key)).toEqual([
      'circonstances',
      'competences',
      'interets',
      'projets',
      'etapes',
      'confidentialite',
      'suivi',
    ]);
    const interets = content.sections[2]!;
    expect(interets.paragraphs).toEqual(['Social.', 'En équipe.']);
    expect(interets.charts).toHaveLength(1);
    expect(content.sections[3]!.charts).toEqual([]);
    expect(content.sections[4]!.steps).toHaveLength(2);
    expect(content.version).toEqual({ number: 2, approvedOn: '2026-12-06' });
    // The law's confidentiality mention is there even though the consultant did not write it.
    expect(content.sections[5]!.paragraphs).toEqual([CONFIDENTIALITY_NOTICE]);
    expect(content.sections[6]!.paragraphs).toEqual([]);
  });

  it('hashes the text and the figures, and compares versions section by section', () => {
    const a = orderedSections({ suivi: 'Un entretien.' });
    const b = orderedSections({ suivi: 'Un entretien de suivi.' });
    expect(canonicalVersion(a, figures)).not.toBe(canonicalVersion(b, figures));
    expect(canonicalVersion(a, figures)).not.toBe(canonicalVersion(a, { ...figures, steps: [] }));
    expect(sameText(a, orderedSections({ suivi: 'Un entretien.' }))).toBe(true);
    const diff = versionDiff(a, b);
    expect(diff.filter((d) => d.changed).map((d) => d.key)).toEqual(['suivi']);
    expect(paragraphsOf('  \n\n  ')).toEqual([]);
  });
});
