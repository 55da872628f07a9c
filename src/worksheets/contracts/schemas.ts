/**
 * The consultant's worksheet library: copying a built-in model, editing an own worksheet (the
 * definition is checked by the questionnaire engine in the service), previewing a model.
 */
import { z } from 'zod';
import { cleanJson, oneLine } from '../../shared/text.ts';
import type { QuestionnaireDefinition, QuestionType } from '../../questionnaires/contracts/schemas.ts';

const slug = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'Identifiant invalide.');

export const CopyModelSchema = z.object({
  modelId: slug,
  title: z
    .string({ error: 'Donnez un titre au cahier.' })
    .trim()
    .min(1, 'Donnez un titre au cahier.')
    .max(200, 'Le titre ne peut pas dépasser 200 caractères.')
    .check(oneLine()),
});
export type CopyModel = z.infer<typeof CopyModelSchema>;

/** The edited definition is checked by the questionnaire engine in the service. */
export const UpdateWorksheetSchema = z.object({
  version: z.number().int().positive(),
  definition: z.record(z.string(), z.unknown()).check(cleanJson()),
});
export type UpdateWorksheet = z.infer<typeof UpdateWorksheetSchema>;

export interface LibraryView {
  models: {
    id: string;
    title: string;
    intro: string;
    estimatedMinutes: number | null;
    // Worksheet editor: an outline of the model's questions, for the library page.
    questionCount: number;
    sections: { title: string; questions: { label: string; type: QuestionType }[] }[];
  }[];
  instruments: {
    id: string;
    title: string;
    name: string;
    itemCount: number;
    estimatedMinutes: number | null;
    // Worksheet editor: provenance, shown read-only in the library.
    version: number;
    source: { citation: string; url: string; licence: string };
    adaptation: string;
  }[];
  own: {
    id: string;
    questionnaireId: string;
    title: string;
    version: number;
    basedOn: string;
    basedOnTitle: string | null;
    updatedAt: string;
  }[];
}

export interface LibraryWorksheet {
  id: string;
  version: number;
  definition: QuestionnaireDefinition;
  basedOn: string;
  basedOnTitle: string | null;
  updatedAt: string;
}

// Worksheet editor (decision 019).
/** A built-in model's id in `GET /api/worksheets/models/:modelId`. */
export const WorksheetModelIdSchema = slug;

/** A built-in model in full, for its preview. */
export interface ModelDefinitionView {
  definition: QuestionnaireDefinition;
}
