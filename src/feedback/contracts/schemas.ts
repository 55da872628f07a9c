/** Le regard des autres (360°): invitations by e-mail, the respondent's form and answers. */
import { z } from 'zod';
import { cleanJson } from '../../shared/text.ts';
import type { QuestionnaireDefinition } from '../../questionnaires/contracts/schemas.ts';

export const InviteRespondentSchema = z.object({
  email: z
    .string({ error: 'Indiquez une adresse e-mail.' })
    .trim()
    .min(1, 'Indiquez une adresse e-mail.')
    .max(254, 'L’adresse e-mail est trop longue.')
    .toLowerCase()
    .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.' })),
});
export type InviteRespondent = z.infer<typeof InviteRespondentSchema>;

export const RespondentAnswersSchema = z.object({
  answers: z.record(z.string().max(64), z.unknown()).check(cleanJson()),
});

export interface FeedbackView {
  /** Who was invited and the state of the link; never who answered. */
  invitations: {
    id: string;
    email: string;
    state: 'open' | 'expired' | 'revoked';
    createdAt: string;
    expiresAt: string;
  }[];
  answered: number;
  required: number;
}

export interface RespondentFormView {
  title: string;
  text: string;
  definition: QuestionnaireDefinition;
}
