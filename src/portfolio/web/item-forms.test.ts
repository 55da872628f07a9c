import { describe, expect, it } from 'vitest';
import { CompetenceSchema, ExperienceSchema, type CompetenceView, type ExperienceView } from '../contracts/schemas.ts';
import { schemaProblems } from './autosave.tsx';
import {
  EMPTY_COMPETENCE,
  EMPTY_EXPERIENCE,
  changedFields,
  competenceBody,
  competenceForm,
  experienceBody,
  experienceForm,
  sameForm,
} from './item-forms.ts';

const ID = '0a8f3c9e-2d1b-4c5a-9e7f-1b2c3d4e5f60';
const A = '1a8f3c9e-2d1b-4c5a-9e7f-1b2c3d4e5f61';
const B = '2a8f3c9e-2d1b-4c5a-9e7f-1b2c3d4e5f62';
const person = { id: ID, name: 'Claire Dubois', role: 'consultant' as const };

const experience: ExperienceView = {
  id: ID,
  position: 0,
  revision: 3,
  createdAt: '2026-12-01T10:00:00Z',
  createdBy: person,
  updatedAt: '2026-12-02T10:00:00Z',
  updatedBy: person,
  kind: 'professional',
  title: 'Boulanger',
  appellation: { codeOgr: '11573', label: 'Boulanger / Boulangère' },
  employerOrContext: null,
  startedOn: '2018-09-01',
  endedOn: null,
  activities: 'Pétrir',
  achievements: null,
  liked: null,
  disliked: null,
  satisfaction: 4,
  competenceIds: [],
};

describe('the experience form', () => {
  it('round-trips a saved experience into a body the schema accepts', () => {
    const body = experienceBody(ID, 3, experienceForm(experience));
    expect(ExperienceSchema.parse(body)).toMatchObject({
      id: ID,
      revision: 3,
      appellationCode: '11573',
      endedOn: null,
      employerOrContext: null,
      satisfaction: 4,
    });
  });

  it('reports what is missing before anything is sent', () => {
    const problems = schemaProblems(ExperienceSchema, experienceBody(ID, 0, EMPTY_EXPERIENCE));
    expect(Object.keys(problems ?? {})).toEqual(expect.arrayContaining(['kind', 'startedOn']));
    const ready = { ...EMPTY_EXPERIENCE, kind: 'volunteer' as const, title: 'Trésorier', startedOn: '2020-01-01' };
    expect(schemaProblems(ExperienceSchema, experienceBody(ID, 0, ready))).toBeNull();
  });

  it('tells a retried save from a real conflict, and names the fields that differ', () => {
    const mine = { ...experienceForm(experience), title: ' Boulanger ' };
    expect(sameForm(mine, experienceForm(experience))).toBe(true);
    const theirs = { ...experienceForm(experience), liked: 'Le contact', satisfaction: '5' };
    expect(sameForm(mine, theirs)).toBe(false);
    expect(changedFields(mine, theirs).sort()).toEqual(['liked', 'satisfaction']);
  });
});

describe('the competence form', () => {
  const competence: CompetenceView = {
    id: ID,
    position: 0,
    revision: 1,
    createdAt: '2026-12-01T10:00:00Z',
    createdBy: person,
    updatedAt: '2026-12-01T10:00:00Z',
    updatedBy: person,
    kind: 'savoir_faire',
    label: 'Pétrir la pâte',
    rome: { codeOgr: '123456', label: 'Pétrir la pâte' },
    level: 3,
    wantsToUse: false,
    transferable: true,
    origin: 'rome',
    domainId: null,
    experienceIds: [B, A],
  };

  it('keeps « not said » apart from « no » and the origin as created', () => {
    const body = CompetenceSchema.parse(competenceBody(ID, 1, competenceForm(competence)));
    expect(body).toMatchObject({ wantsToUse: false, level: 3, origin: 'rome', codeOgr: '123456', domainId: null });
    const notSaid = CompetenceSchema.parse(
      competenceBody(ID, 0, { ...EMPTY_COMPETENCE, kind: 'savoir', label: 'Lire' }),
    );
    expect(notSaid).toMatchObject({ wantsToUse: null, level: null, transferable: false, origin: 'declared' });
  });

  it('does not count the order of the proving experiences as a change', () => {
    const form = competenceForm(competence);
    expect(sameForm(form, { ...form, experienceIds: [A, B] })).toBe(true);
  });
});
