/** A domain rule's errors as a French 422 naming the fields concerned. */
import { AppError } from '../errors.ts';
import type { RuleIssue } from './result.ts';

export function ruleErrors(issues: RuleIssue[], fieldOf: Record<string, string>): AppError {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[fieldOf[issue.code] ?? '_'] ??= issue.message;
  return new AppError('validation_failed', { message: issues.map((i) => i.message).join(' '), fields });
}
