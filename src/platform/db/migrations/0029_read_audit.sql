-- Reads of a bilan's content by anyone but its beneficiary (issue 15, decision 049) are audit
-- events `content.read`. Before writing one, the audit writer looks for the same read (person,
-- bilan, category, subject) in the last minutes: this index keeps that look-up to the few reads of
-- one person on one bilan, however long the log grows. Only `content.read` rows are indexed.
CREATE INDEX audit_events_content_reads ON audit_events (bilan_id, actor_user_id, occurred_at DESC)
  WHERE action = 'content.read';
