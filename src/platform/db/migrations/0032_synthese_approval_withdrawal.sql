-- The beneficiary may withdraw their approval of the document de synthèse before its delivery
-- (decision 052), to have a mistake corrected. A withdrawn approval stays as evidence, marked with
-- the moment and the beneficiary's optional message to the consultant; only one approval of a
-- synthesis runs at a time (the partial unique index replaces the UNIQUE on synthese_id).
ALTER TABLE synthese_approvals
  ADD COLUMN withdrawn_at timestamptz,
  ADD COLUMN withdrawn_message text CHECK (length(withdrawn_message) <= 2000),
  ADD CONSTRAINT synthese_approvals_message_only_when_withdrawn
    CHECK (withdrawn_message IS NULL OR withdrawn_at IS NOT NULL);

ALTER TABLE synthese_approvals DROP CONSTRAINT synthese_approvals_synthese_id_key;

CREATE UNIQUE INDEX synthese_approvals_running ON synthese_approvals (synthese_id) WHERE withdrawn_at IS NULL;

-- The synthesis's approvals, running or withdrawn, are read by synthesis.
CREATE INDEX synthese_approvals_synthese ON synthese_approvals (synthese_id);
