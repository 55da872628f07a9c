import { ERRORS } from './error-catalogue.ts';

/**
 * Every error a user can meet: a stable code, its HTTP status and its French message (gathered in
 * `error-catalogue.ts` from each capability).
 * Services throw `AppError(code)`; HTTP maps it; the web app shows `message` (and field messages).
 * 404 is used for anything the user may not know exists (another organisation's ids included).
 */
export { ERRORS };

export type ErrorCode = keyof typeof ERRORS;

/** The JSON body of every error response. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Field path → French message, for forms. */
    fields?: Record<string, string>;
    /** Extra facts for the UI (e.g. unmet conditions of a refused transition). */
    details?: unknown;
  };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: Record<string, string> | undefined;
  readonly details: unknown;
  constructor(code: ErrorCode, options: { message?: string; fields?: Record<string, string>; details?: unknown } = {}) {
    super(options.message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.fields = options.fields;
    this.details = options.details;
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.details !== undefined ? { details: this.details } : {}),
      },
    };
  }
}
