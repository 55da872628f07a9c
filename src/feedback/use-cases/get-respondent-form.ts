/** What a respondent's link shows: the beneficiary's first name only, and the questionnaire. */
import { RESPONDENT_DEFINITION } from '../../instruments/domain/softskills/definitions.ts';
import { respondentInvitation } from '../../instruments/domain/softskills/feedback360.ts';
import type { RespondentFormView } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../../platform/deps.ts';
import { findLink } from '../data/invitation-repository.ts';
import { assertLinkOpen } from '../domain/regard.ts';

export async function getRespondentForm(deps: Deps, token: string): Promise<RespondentFormView> {
  const now = deps.clock.now();
  const row = await findLink(deps.db, deps.tokens.hash(token), false);
  if (!row) throw new AppError('feedback_invalid');
  assertLinkOpen(row, now);
  const invitation = respondentInvitation({ firstName: row.first_name, expiresAt: row.expires_at });
  return { title: invitation.title, text: invitation.text, definition: RESPONDENT_DEFINITION };
}
