import { describe, expect, it } from 'vitest';
import { answerDeadline } from './answer-deadline.ts';

const receivedAt = new Date('2026-11-23T09:00:00Z');

describe('first-answer deadline of a lead', () => {
  it('is due the published number of days after receipt, overdue only once that moment has passed', () => {
    expect(answerDeadline({ status: 'new', receivedAt }, 2, new Date('2026-11-25T09:00:00Z'))).toEqual({
      dueAt: new Date('2026-11-25T09:00:00Z'),
      overdue: false,
    });
    expect(answerDeadline({ status: 'new', receivedAt }, 2, new Date('2026-11-25T09:00:01Z'))?.overdue).toBe(true);
  });

  it('no longer applies once the lead has been handled, or without a published commitment', () => {
    expect(answerDeadline({ status: 'contacted', receivedAt }, 2, new Date('2026-12-25T09:00:00Z'))).toBeNull();
    expect(answerDeadline({ status: 'interview_planned', receivedAt }, 2, new Date('2026-12-25T09:00:00Z'))).toBeNull();
    expect(answerDeadline({ status: 'new', receivedAt }, null, new Date('2026-12-25T09:00:00Z'))).toBeNull();
  });
});
