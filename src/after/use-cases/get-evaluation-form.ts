/**
 * The evaluation's form, opened through its e-mailed link without signing in: the link is the
 * credential, single use and expiring. It reveals nothing beyond the first name and the organisation.
 */
import { parisDate } from '../../platform/clock.ts';
import { EVALUATIONS } from '../domain/evaluations.ts';
import type { EvaluationFormView, EvaluationQuestionView } from '../contracts/schemas.ts';
import type { QuestionnaireDefinition } from '../../questionnaires/domain/definition-schema.ts';
import type { Deps } from '../../platform/deps.ts';
import { loadEvaluationByToken } from '../data/evaluation-repository.ts';

export async function getEvaluationForm(deps: Deps, token: string): Promise<EvaluationFormView> {
  const today = parisDate(deps.clock.now());
  const row = await loadEvaluationByToken(deps, deps.db, token, today, false);
  // A respondent link reveals nothing beyond the first name and the organisation.
  return {
    kind: row.kind,
    organisationName: row.organisation_name,
    firstName: row.first_name,
    expiresOn: row.expires_on,
    questionnaire: questionnaireView(EVALUATIONS[row.kind]),
  };
}

/** The evaluation questionnaires use three question types only; this is what the form needs of them. */
function questionnaireView(definition: QuestionnaireDefinition): EvaluationFormView['questionnaire'] {
  return {
    title: definition.title,
    intro: definition.intro ?? '',
    sections: definition.sections.map((section) => ({
      id: section.id,
      title: section.title,
      questions: section.questions.flatMap((q): EvaluationQuestionView[] => {
        if (q.type === 'scale')
          return [{ id: q.id, type: 'scale', label: q.label, required: q.required, anchors: q.anchors }];
        if (q.type === 'single_choice')
          return [{ id: q.id, type: 'single_choice', label: q.label, required: q.required, options: q.options }];
        if (q.type === 'long_text')
          return [{ id: q.id, type: 'long_text', label: q.label, required: q.required, maxLength: q.maxLength }];
        throw new Error(`Evaluation question type ${q.type} has no form view`);
      }),
    })),
  };
}
