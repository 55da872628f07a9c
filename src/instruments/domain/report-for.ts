/**
 * One entry point from a submitted instrument to its report model (pure): the service passes the
 * instrument id, the stored answers and the reader's context, and gets the report or null for
 * something that is not a scored instrument. The 360° part of the soft skills is added by its
 * own service; here the self-rating is reported alone (as « en attente des regards »).
 */
import type { Answers } from '../../questionnaires/domain/conditions.ts';
import type { CardSortValue } from '../../questionnaires/domain/question-schema.ts';
import { bigFiveLongReport, bigFiveShortReport } from './bigfive/report.ts';
import { scoreBigFiveLong, scoreBigFiveShort } from './bigfive/scoring.ts';
import { entreCompReport, scoreEntreComp } from './entrecomp/scoring.ts';
import type { ReportContext, ReportModel } from './report-model.ts';
import { riasecReport } from './riasec/report.ts';
import { scoreRiasec } from './riasec/scoring.ts';
import type { Feedback360Result } from './softskills/feedback360.ts';
import { MIN_RESPONDENTS } from './softskills/feedback360.ts';
import { scoreSoftSkillsSelf, softSkillsReport } from './softskills/report.ts';
import { VALUES_SORT_QUESTION } from './values/definition.ts';
import { valuesReport } from './values/report.ts';
import { scoreValues } from './values/scoring.ts';

export function instrumentReport(
  instrumentId: string,
  answers: Answers,
  context: ReportContext,
  feedback?: Feedback360Result,
): ReportModel | null {
  switch (instrumentId) {
    case 'riasec-iip':
      return riasecReport(scoreRiasec(answers), context);
    case 'bigfive-ipip-neo-116':
      return bigFiveLongReport(scoreBigFiveLong(answers), context);
    case 'bigfive-mini-ipip':
      return bigFiveShortReport(scoreBigFiveShort(answers), context);
    case 'valeurs-tri-cartes': {
      const sort = answers[VALUES_SORT_QUESTION] as CardSortValue | undefined;
      return sort ? valuesReport(scoreValues(sort), context) : null;
    }
    case 'entrecomp':
      return entreCompReport(scoreEntreComp(answers), context);
    case 'savoir-etre':
      return softSkillsReport(
        scoreSoftSkillsSelf(answers),
        feedback ?? { status: 'insufficient', received: 0, required: MIN_RESPONDENTS },
        context,
      );
    default:
      return null;
  }
}
