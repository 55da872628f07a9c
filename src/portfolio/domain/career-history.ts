/**
 * The career-history worksheet (« Votre histoire professionnelle », or a consultant's copy of it)
 * read as candidate experiences for the portfolio (issue 12, decision 038). Its periods are a
 * table, one row per period: start and end years, the job or activity, the organisation or
 * context, how it was lived (1 « Très difficile » to 5 « Très épanouissant ») and what marked it.
 * Each row is one candidate: the years become dates (1 January of the start; 31 December of the
 * end, or today when the period ends this year), how it was lived the satisfaction (same 1–5
 * scale), what marked it the activities. The rest of the worksheet (highs and lows told apart
 * from any period, changes, regrets, achievements without dates) is not split into experiences.
 */
import { allQuestions, type QuestionnaireDefinition } from '../../questionnaires/domain/definition-schema.ts';
import type { TableQuestion } from '../../questionnaires/domain/question-schema.ts';
import { LIMITS, SATISFACTION_MAX, SATISFACTION_MIN, labelKey, type ExperienceKind } from './portfolio.ts';

/** The built-in model's id; a consultant's copy records it as the model it is based on. */
export const CAREER_HISTORY_MODEL_ID = 'histoire-professionnelle';

/**
 * Whether an assignment's questionnaire is the model or a consultant's copy of it: a copy's id is
 * the model's id and eight hexadecimal digits (`copy-worksheet-model.ts`), and stays so when the
 * copy is later edited or removed from the library.
 */
export function isCareerHistory(questionnaireId: string): boolean {
  return questionnaireId === CAREER_HISTORY_MODEL_ID || /^histoire-professionnelle-[0-9a-f]{8}$/.test(questionnaireId);
}

const COLUMNS = {
  start: 'debut',
  end: 'fin',
  title: 'activite',
  context: 'cadre',
  lived: 'vecu',
  marked: 'marquant',
} as const;

export interface CareerHistoryCandidate {
  /** Stable across reads: the assignment, the period's start year and job, and its rank among equal ones. */
  key: string;
  title: string;
  employerOrContext: string | null;
  startYear: number | null;
  endYear: number | null;
  /** AAAA-MM-JJ, null when the period cannot be imported. */
  startedOn: string | null;
  endedOn: string | null;
  activities: string | null;
  satisfaction: number | null;
  /** A guess from the words of the job; the person chooses before importing. */
  suggestedKind: ExperienceKind;
  /** Why it cannot be imported as it is (a French sentence), or null. */
  problem: string | null;
}

/** The periods' table: the question holding a start year and a job, as the model's `parcours`. */
export function periodsQuestion(definition: QuestionnaireDefinition): TableQuestion | undefined {
  return allQuestions(definition).find(
    (q): q is TableQuestion =>
      q.type === 'table' &&
      q.columns.some((c) => c.id === COLUMNS.start && c.type === 'year') &&
      q.columns.some((c) => c.id === COLUMNS.title),
  );
}

/** 32-bit FNV-1a, in hexadecimal: a short, stable key for a period's words. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const oneLine = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
};
const manyLines = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
};
const year = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2200 ? value : null;

const TRAINING =
  /\b(formation|dipl[oô]me|[ée]tudes?|bts|dut|but|cap|bep|bac|licence|master|doctorat|[ée]cole|universit[ée]|apprentissage|vae)\b/i;
const VOLUNTEER = /\b(b[ée]n[ée]vol\w*|association|associatif|volontariat|service civique)\b/i;
const PERSONAL =
  /\b(cong[ée] parental|parentalit[ée]|aidant\w*|disponibilit[ée]|ann[ée]e sabbatique|voyage|ch[oô]mage|recherche d[’']emploi)\b/i;

function suggestKind(title: string, context: string | null): ExperienceKind {
  const words = `${title} ${context ?? ''}`;
  if (TRAINING.test(words)) return 'training';
  if (VOLUNTEER.test(words)) return 'volunteer';
  if (PERSONAL.test(words)) return 'personal';
  return 'professional';
}

/** What keeps a period out of the portfolio as it is, in French, or null. */
function problemOf(
  c: Pick<CareerHistoryCandidate, 'title' | 'startYear' | 'endYear' | 'employerOrContext' | 'activities'>,
  thisYear: number,
): string | null {
  if (c.startYear === null) return 'L’année de début manque : ajoutez cette période à la main dans votre parcours.';
  if (c.title === '') return 'Le poste ou l’activité manque : ajoutez cette période à la main dans votre parcours.';
  if (c.startYear > thisYear) return 'Cette période commence dans le futur : elle ne peut pas entrer dans le parcours.';
  if (c.endYear !== null && c.endYear < c.startYear)
    return 'L’année de fin précède l’année de début : ajoutez cette période à la main dans votre parcours.';
  if (c.title.length > LIMITS.title || (c.employerOrContext?.length ?? 0) > LIMITS.employerOrContext)
    return 'Un texte de cette période est trop long pour le parcours : ajoutez-la à la main.';
  if ((c.activities?.length ?? 0) > LIMITS.longText)
    return 'Ce qui a marqué cette période est trop long pour le parcours : ajoutez-la à la main.';
  return null;
}

/**
 * The candidates of one assignment of the worksheet, in the worksheet's order. `today` is the day
 * in Paris (AAAA-MM-JJ): a period ending this year ends today, so no past experience ends in the future.
 */
export function careerHistoryCandidates(
  assignment: { id: string; definition: QuestionnaireDefinition; answers: Record<string, unknown> },
  today: string,
): CareerHistoryCandidate[] {
  const question = periodsQuestion(assignment.definition);
  if (!question) return [];
  const rows = assignment.answers[question.id];
  if (!Array.isArray(rows)) return [];
  const thisYear = Number(today.slice(0, 4));
  const lived = question.columns.find((c) => c.id === COLUMNS.lived);
  const livedIsSatisfaction =
    lived?.type === 'scale' && lived.min === SATISFACTION_MIN && lived.max === SATISFACTION_MAX;
  const seen = new Map<string, number>();
  const candidates: CareerHistoryCandidate[] = [];
  for (const raw of rows) {
    if (typeof raw !== 'object' || raw === null) continue;
    const row = raw as Record<string, unknown>;
    const title = oneLine(row[COLUMNS.title]) ?? '';
    const employerOrContext = oneLine(row[COLUMNS.context]);
    const activities = manyLines(row[COLUMNS.marked]);
    const startYear = year(row[COLUMNS.start]);
    const endYear = year(row[COLUMNS.end]);
    if (title === '' && startYear === null && employerOrContext === null && activities === null) continue;
    const words = `${startYear ?? ''}|${labelKey(title)}`;
    const print = fingerprint(words);
    const rank = seen.get(print) ?? 0;
    seen.set(print, rank + 1);
    const satisfactionValue = row[COLUMNS.lived];
    const satisfaction =
      livedIsSatisfaction &&
      typeof satisfactionValue === 'number' &&
      Number.isInteger(satisfactionValue) &&
      satisfactionValue >= SATISFACTION_MIN &&
      satisfactionValue <= SATISFACTION_MAX
        ? satisfactionValue
        : null;
    const problem = problemOf({ title, startYear, endYear, employerOrContext, activities }, thisYear);
    candidates.push({
      key: `${assignment.id}:${print}:${rank}`,
      title,
      employerOrContext,
      startYear,
      endYear,
      startedOn: problem === null ? `${startYear}-01-01` : null,
      endedOn: problem === null && endYear !== null ? (endYear === thisYear ? today : `${endYear}-12-31`) : null,
      activities,
      satisfaction,
      suggestedKind: suggestKind(title, employerOrContext),
      problem,
    });
  }
  return candidates;
}
