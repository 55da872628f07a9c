/** Le regard des autres' query keys (decision 021): an assignment's invitations, a respondent's form. */
export const feedbackKeys = {
  all: ['feedback'] as const,
  invitations: (assignmentId: string) => ['feedback', assignmentId, 'invitations'] as const,
  respondentForm: (token: string) => ['feedback', 'regard', token] as const,
};
