/**
 * The shape every rule returns: stable codes for programs, French messages for people.
 *
 * `error` issues make `ok` false (the HTTP layer answers 4xx and saves nothing); `warning` and
 * `info` issues are shown but never block. `data` carries the numbers a UI may want to render
 * differently (amounts in cents, minutes, dates), so no one has to parse the message.
 */
export type Severity = 'error' | 'warning' | 'info';

export type IssueData = Readonly<Record<string, string | number | boolean | null>>;

export interface RuleIssue<C extends string = string> {
  /** Stable, snake_case, English: safe to test against and to map to HTTP errors. */
  code: C;
  severity: Severity;
  /** Correct French, addressed to the user who acted. */
  message: string;
  data?: IssueData;
}

export interface RuleReport<C extends string = string> {
  /** False when at least one issue is an error. */
  ok: boolean;
  issues: RuleIssue<C>[];
}

export function ruleError<C extends string>(code: C, message: string, data?: IssueData): RuleIssue<C> {
  return data ? { code, severity: 'error', message, data } : { code, severity: 'error', message };
}

export function ruleWarning<C extends string>(code: C, message: string, data?: IssueData): RuleIssue<C> {
  return data ? { code, severity: 'warning', message, data } : { code, severity: 'warning', message };
}

export function ruleInfo<C extends string>(code: C, message: string, data?: IssueData): RuleIssue<C> {
  return data ? { code, severity: 'info', message, data } : { code, severity: 'info', message };
}

export function toReport<C extends string>(issues: RuleIssue<C>[]): RuleReport<C> {
  return { ok: !issues.some((issue) => issue.severity === 'error'), issues };
}

/** The error issues only (what a 4xx answer lists). */
export function errorsOf<C extends string>(report: RuleReport<C>): RuleIssue<C>[] {
  return report.issues.filter((issue) => issue.severity === 'error');
}
