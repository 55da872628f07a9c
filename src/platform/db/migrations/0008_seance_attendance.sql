-- Séances in full (issue 3): topic, actual times once held, reminders, calendar sequence, and the
-- attendance signatures (émargement) of the beneficiary and the consultant. Counters of the
-- bilan are stored on it and recomputed from its séances with the domain rule at every change.

ALTER TABLE seances
  ADD COLUMN topic text CHECK (length(topic) <= 200),
  ADD COLUMN actual_start_at timestamptz,
  ADD COLUMN actual_end_at timestamptz,
  ADD COLUMN reminder_sent_at timestamptz,
  -- Incremented at every change sent by e-mail, so calendars replace the event (RFC 5545).
  ADD COLUMN calendar_sequence integer NOT NULL DEFAULT 0,
  ADD COLUMN created_by uuid REFERENCES users (id),
  ADD CONSTRAINT seances_actual_times CHECK (actual_end_at IS NULL OR actual_end_at > actual_start_at),
  ADD CONSTRAINT seances_mode_details CHECK (
    (mode = 'in_person' AND link IS NULL) OR (mode = 'remote' AND place IS NULL) OR (mode = 'personal_work' AND place IS NULL AND link IS NULL));

CREATE INDEX seances_reminders ON seances (starts_at) WHERE status = 'planned' AND reminder_sent_at IS NULL;

CREATE TABLE attendance_signatures (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  seance_id        uuid NOT NULL REFERENCES seances (id),
  signer_role      text NOT NULL CHECK (signer_role IN ('beneficiary', 'consultant')),
  signer_user_id   uuid NOT NULL REFERENCES users (id),
  -- The name typed by the signer.
  signed_name      text NOT NULL CHECK (length(signed_name) BETWEEN 2 AND 200),
  -- 'in_person': on the consultant's device during the séance; 'remote': from the signer's account.
  method           text NOT NULL CHECK (method IN ('in_person', 'remote')),
  -- The user whose session captured the signature (the consultant, for an in-person signature).
  captured_by      uuid NOT NULL REFERENCES users (id),
  -- The times the signer attests (the séance's actual start and end when signed).
  attested_start_at timestamptz NOT NULL,
  attested_end_at   timestamptz NOT NULL,
  signed_at        timestamptz NOT NULL,
  ip               text,
  user_agent       text,
  UNIQUE (seance_id, signer_role)
);
CREATE INDEX attendance_signatures_seance ON attendance_signatures (seance_id);

ALTER TABLE bilans
  ADD COLUMN personal_work_done_minutes integer NOT NULL DEFAULT 0 CHECK (personal_work_done_minutes >= 0),
  ADD COLUMN no_show_count integer NOT NULL DEFAULT 0 CHECK (no_show_count >= 0),
  ADD COLUMN last_held_seance_at timestamptz;

CREATE TRIGGER attendance_signatures_notify AFTER INSERT OR UPDATE OR DELETE ON attendance_signatures
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();

-- E-mail attachments (calendar invitations): [{ "filename", "contentType", "contentBase64" }].
ALTER TABLE outbox_emails ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'::jsonb;
