/**
 * The consultant's library: the built-in worksheet models (outlined), the instruments Sillage
 * ships (with their source) and the consultant's own worksheets (copies of a model, edited).
 */
import { INSTRUMENTS } from '../../instruments/domain/catalogue.ts';
import { adaptationLabel } from '../../instruments/domain/provenance.ts';
import { definitionOf } from '../../questionnaires/domain/assignment.ts';
import { WORKSHEET_MODELS, getWorksheetModel } from '../domain/models/index.ts';
import type { LibraryView } from '../contracts/schemas.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { listOwnWorksheets } from '../data/worksheet-repository.ts';

export async function getLibrary(deps: Deps, actor: Actor): Promise<LibraryView> {
  requireRole(actor, 'consultant');
  const own = await listOwnWorksheets(deps.db, actor);
  return {
    models: WORKSHEET_MODELS.map((m) => ({
      id: m.id,
      title: m.title,
      intro: m.intro,
      estimatedMinutes: m.estimatedMinutes ?? null,
      questionCount: m.sections.reduce((n, s) => n + s.questions.length, 0),
      sections: m.sections.map((s) => ({
        title: s.title,
        questions: s.questions.map((q) => ({ label: q.label, type: q.type })),
      })),
    })),
    instruments: INSTRUMENTS.map((i) => ({
      id: i.source.instrumentId,
      title: i.definition.title,
      name: i.source.name,
      itemCount: i.source.itemCount,
      estimatedMinutes: i.definition.estimatedMinutes ?? null,
      version: i.source.version,
      source: { citation: i.source.source.citation, url: i.source.source.url, licence: i.source.source.licence },
      adaptation: adaptationLabel(i.source.adaptation.status),
    })),
    own: own.map((w) => ({
      id: w.id,
      questionnaireId: w.questionnaire_id,
      title: definitionOf(w).title,
      version: w.version,
      basedOn: w.based_on,
      basedOnTitle: getWorksheetModel(w.based_on)?.title ?? null,
      updatedAt: w.updated_at.toISOString(),
    })),
  };
}
