-- Persons and organisations (issue 10, findings 5 and 12; decision 027)
--
-- An e-mail address is unique within an organisation, no longer across the installation: one
-- person may be a beneficiary at two providers (two accounts, one per organisation), and enrolling
-- a person at one provider neither blocks nor reveals their account at another. Addresses are still
-- stored lower-cased (the CHECK of 0001), so the uniqueness stays case-insensitive.
ALTER TABLE users DROP CONSTRAINT users_email_key;
ALTER TABLE users ADD CONSTRAINT users_organisation_email_key UNIQUE (organisation_id, email);
-- Sign-in and password reset look an address up across organisations.
CREATE INDEX users_email ON users (email);

-- The first admin of an organisation created by the operator's command (`npm run org:create`) is
-- invited by nobody with an account: such an invitation has no inviter.
ALTER TABLE invitations ALTER COLUMN invited_by DROP NOT NULL;
