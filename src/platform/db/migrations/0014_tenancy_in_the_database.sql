-- tenancy in the database (decision 025)
--
-- Every row holding an organisation's data carries organisation_id, and every foreign key from such
-- a row to another one goes through (parent_id, organisation_id): a row can no longer point at a
-- parent of another organisation, whatever the code above forgets to filter. The schema test
-- (src/platform/db/tenancy.db.test.ts) reads the catalogue and fails on any table that escapes this.

-- Parents referenced with their organisation need a unique (id, organisation_id).
CREATE UNIQUE INDEX seances_id_organisation ON seances (id, organisation_id);
CREATE UNIQUE INDEX questionnaire_assignments_id_organisation ON questionnaire_assignments (id, organisation_id);

-- History tables: organisation_id, backfilled from their parent.
ALTER TABLE bilan_phase_changes ADD COLUMN organisation_id uuid;
UPDATE bilan_phase_changes c SET organisation_id = b.organisation_id FROM bilans b WHERE b.id = c.bilan_id;
ALTER TABLE bilan_phase_changes ALTER COLUMN organisation_id SET NOT NULL;
ALTER TABLE bilan_phase_changes
  ADD FOREIGN KEY (organisation_id) REFERENCES organisations (id),
  DROP CONSTRAINT bilan_phase_changes_bilan_id_fkey,
  ADD FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id),
  DROP CONSTRAINT bilan_phase_changes_changed_by_fkey,
  ADD FOREIGN KEY (changed_by, organisation_id) REFERENCES users (id, organisation_id);
CREATE INDEX bilan_phase_changes_organisation ON bilan_phase_changes (organisation_id);

ALTER TABLE lead_status_changes ADD COLUMN organisation_id uuid;
UPDATE lead_status_changes c SET organisation_id = l.organisation_id FROM leads l WHERE l.id = c.lead_id;
ALTER TABLE lead_status_changes ALTER COLUMN organisation_id SET NOT NULL;
ALTER TABLE lead_status_changes
  ADD FOREIGN KEY (organisation_id) REFERENCES organisations (id),
  DROP CONSTRAINT lead_status_changes_lead_id_fkey,
  ADD FOREIGN KEY (lead_id, organisation_id) REFERENCES leads (id, organisation_id),
  DROP CONSTRAINT lead_status_changes_changed_by_fkey,
  ADD FOREIGN KEY (changed_by, organisation_id) REFERENCES users (id, organisation_id);
CREATE INDEX lead_status_changes_organisation ON lead_status_changes (organisation_id);

-- Every organisation_id references its organisation directly.
ALTER TABLE lead_interviews ADD FOREIGN KEY (organisation_id) REFERENCES organisations (id);

-- Foreign keys by id alone become composite with organisation_id.
ALTER TABLE audit_events
  DROP CONSTRAINT audit_events_actor_user_id_fkey,
  ADD FOREIGN KEY (actor_user_id, organisation_id) REFERENCES users (id, organisation_id),
  -- organisation_id stays nullable (events before any organisation exists), never with an actor.
  ADD CONSTRAINT audit_events_actor_has_organisation CHECK (actor_user_id IS NULL OR organisation_id IS NOT NULL) NOT VALID;

ALTER TABLE seances
  DROP CONSTRAINT seances_created_by_fkey,
  ADD FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE bilan_financings
  DROP CONSTRAINT bilan_financings_updated_by_fkey,
  ADD FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE bilan_documents
  DROP CONSTRAINT bilan_documents_created_by_fkey,
  ADD FOREIGN KEY (created_by, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE document_signatures
  DROP CONSTRAINT document_signatures_signer_user_id_fkey,
  ADD FOREIGN KEY (signer_user_id, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE attendance_signatures
  DROP CONSTRAINT attendance_signatures_seance_id_fkey,
  ADD FOREIGN KEY (seance_id, organisation_id) REFERENCES seances (id, organisation_id),
  DROP CONSTRAINT attendance_signatures_signer_user_id_fkey,
  ADD FOREIGN KEY (signer_user_id, organisation_id) REFERENCES users (id, organisation_id),
  DROP CONSTRAINT attendance_signatures_captured_by_fkey,
  ADD FOREIGN KEY (captured_by, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE bilan_consents
  DROP CONSTRAINT bilan_consents_beneficiary_id_fkey,
  ADD FOREIGN KEY (beneficiary_id, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE charter_signatures
  DROP CONSTRAINT charter_signatures_signer_user_id_fkey,
  ADD FOREIGN KEY (signer_user_id, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE bilan_phase_records
  DROP CONSTRAINT bilan_phase_records_bilan_id_fkey,
  ADD FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id),
  DROP CONSTRAINT bilan_phase_records_updated_by_fkey,
  ADD FOREIGN KEY (updated_by, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE follow_ups
  DROP CONSTRAINT follow_ups_bilan_id_fkey,
  ADD FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id),
  DROP CONSTRAINT follow_ups_offered_by_fkey,
  ADD FOREIGN KEY (offered_by, organisation_id) REFERENCES users (id, organisation_id),
  DROP CONSTRAINT follow_ups_recorded_by_fkey,
  ADD FOREIGN KEY (recorded_by, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE evaluations
  DROP CONSTRAINT evaluations_bilan_id_fkey,
  ADD FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id);

ALTER TABLE edof_declarations
  DROP CONSTRAINT edof_declarations_bilan_id_fkey,
  ADD FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id),
  DROP CONSTRAINT edof_declarations_declared_by_fkey,
  ADD FOREIGN KEY (declared_by, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE worksheet_library
  DROP CONSTRAINT worksheet_library_owner_id_fkey,
  ADD FOREIGN KEY (owner_id, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE questionnaire_assignments
  DROP CONSTRAINT questionnaire_assignments_bilan_id_fkey,
  ADD FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id),
  DROP CONSTRAINT questionnaire_assignments_seance_id_fkey,
  ADD FOREIGN KEY (seance_id, organisation_id) REFERENCES seances (id, organisation_id),
  DROP CONSTRAINT questionnaire_assignments_assigned_by_fkey,
  ADD FOREIGN KEY (assigned_by, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE questionnaire_comments
  DROP CONSTRAINT questionnaire_comments_assignment_id_fkey,
  ADD FOREIGN KEY (assignment_id, organisation_id) REFERENCES questionnaire_assignments (id, organisation_id),
  DROP CONSTRAINT questionnaire_comments_author_id_fkey,
  ADD FOREIGN KEY (author_id, organisation_id) REFERENCES users (id, organisation_id);

ALTER TABLE feedback_invitations
  DROP CONSTRAINT feedback_invitations_assignment_id_fkey,
  ADD FOREIGN KEY (assignment_id, organisation_id) REFERENCES questionnaire_assignments (id, organisation_id);
