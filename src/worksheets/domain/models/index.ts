/**
 * Built-in worksheet models (cahiers d'étape) written for Sillage. Consultants copy and edit them;
 * a copy gets its own id and version, so answers to a model stay tied to the model's version.
 */
import {
  parseQuestionnaireDefinition,
  type QuestionnaireDefinition,
} from '../../../questionnaires/domain/definition-schema.ts';
import { ACTIVITE_IDEALE } from './activite-ideale.ts';
import { ATTENTES } from './attentes.ts';
import { BESOINS_MOTIVATIONS } from './besoins-motivations.ts';
import { CRITERES } from './criteres.ts';
import { HISTOIRE_PROFESSIONNELLE } from './histoire-professionnelle.ts';
import { SENS_DU_TRAVAIL } from './sens-du-travail.ts';

/** Models in the order of the bilan. */
export const WORKSHEET_MODELS: readonly QuestionnaireDefinition[] = [
  ATTENTES,
  HISTOIRE_PROFESSIONNELLE,
  SENS_DU_TRAVAIL,
  ACTIVITE_IDEALE,
  CRITERES,
  BESOINS_MOTIVATIONS,
].map((model) => parseQuestionnaireDefinition(model));

export function getWorksheetModel(id: string): QuestionnaireDefinition | undefined {
  return WORKSHEET_MODELS.find((m) => m.id === id);
}
