/**
 * The instruments Sillage ships (instruments.md §6.1), each with its provenance and the
 * questionnaire definitions a beneficiary or a respondent answers. Scoring and report functions
 * live in each instrument's folder:
 *
 * | instrument            | score                               | report                      |
 * |-----------------------|-------------------------------------|-----------------------------|
 * | riasec-iip            | riasec/scoring.ts scoreRiasec       | riasec/report.ts            |
 * | bigfive-ipip-neo-116  | bigfive/scoring.ts scoreBigFiveLong | bigfive/report.ts (long)    |
 * | bigfive-mini-ipip     | bigfive/scoring.ts scoreBigFiveShort| bigfive/report.ts (short)   |
 * | valeurs-tri-cartes    | values/scoring.ts scoreValues       | values/report.ts            |
 * | savoir-etre           | softskills/report.ts + feedback360  | softskills/report.ts        |
 * | entrecomp             | entrecomp/scoring.ts                | entrecomp/scoring.ts        |
 *
 * Never shipped (licences): BFI-2/BFI-Fr, NEO-PI-R, MBTI, PerformanSe Echo, Hexa3D, IRMR, Career
 * Orientations Inventory, Open-Source Psychometrics pages. Results of such tests are recorded with
 * external-result.ts, never reproduced.
 */
import type { QuestionnaireDefinition } from '../../questionnaires/domain/definition-schema.ts';
import { IPIP_NEO_DEFINITION, MINI_IPIP_DEFINITION } from './bigfive/definitions.ts';
import { IPIP_NEO_SOURCE } from './bigfive/ipip-neo-items.ts';
import { MINI_IPIP_SOURCE } from './bigfive/mini-ipip-items.ts';
import { ENTRECOMP_DEFINITION, ENTRECOMP_SOURCE } from './entrecomp/grid.ts';
import type { InstrumentSource } from './provenance.ts';
import { RIASEC_DEFINITION } from './riasec/definition.ts';
import { RIASEC_SOURCE } from './riasec/items.ts';
import { RESPONDENT_DEFINITION, SELF_DEFINITION } from './softskills/definitions.ts';
import { SOFT_SKILLS_SOURCE } from './softskills/skills.ts';
import { VALUES_SOURCE } from './values/cards.ts';
import { VALUES_DEFINITION } from './values/definition.ts';

export interface InstrumentEntry {
  source: InstrumentSource;
  /** What the beneficiary answers. */
  definition: QuestionnaireDefinition;
  /** What invited respondents answer (le regard des autres), when the instrument has a 360° part. */
  respondentDefinition?: QuestionnaireDefinition | undefined;
}

export const INSTRUMENTS: readonly InstrumentEntry[] = [
  { source: RIASEC_SOURCE, definition: RIASEC_DEFINITION },
  { source: IPIP_NEO_SOURCE, definition: IPIP_NEO_DEFINITION },
  { source: MINI_IPIP_SOURCE, definition: MINI_IPIP_DEFINITION },
  { source: VALUES_SOURCE, definition: VALUES_DEFINITION },
  { source: SOFT_SKILLS_SOURCE, definition: SELF_DEFINITION, respondentDefinition: RESPONDENT_DEFINITION },
  { source: ENTRECOMP_SOURCE, definition: ENTRECOMP_DEFINITION },
];

export function getInstrument(instrumentId: string): InstrumentEntry | undefined {
  return INSTRUMENTS.find((i) => i.source.instrumentId === instrumentId);
}
