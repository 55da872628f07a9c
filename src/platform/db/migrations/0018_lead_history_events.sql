-- Lead history and new leads (issue 11, item 4)
--
-- The history of a lead showed its status changes only: its assignment to a consultant and the
-- moves of its entretien préalable left no line. Each line now says what happened; `detail` holds
-- the consultant's name for an assignment and the new start (ISO 8601) for a move. The status
-- columns keep the lead's status at that moment.
ALTER TABLE lead_status_changes
  ADD COLUMN event text NOT NULL DEFAULT 'status'
    CHECK (event IN ('status', 'assigned', 'unassigned', 'interview_moved')),
  ADD COLUMN detail text CHECK (length(detail) <= 300);

-- When an admin or consultant first opened the lead: the list marks the leads nobody has opened.
ALTER TABLE leads ADD COLUMN opened_at timestamptz;
-- Leads received before this change count as opened.
UPDATE leads SET opened_at = created_at;
