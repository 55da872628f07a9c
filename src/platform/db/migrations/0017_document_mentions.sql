-- What the quote, the individual contract and the tripartite convention must state (issue 11;
-- R6313-8, legal.md BC-15, CPF-11, EMP-02; domain.md § 2): the organisation's VAT regime and the
-- person who signs for it, and, per bilan, the offer its price came from, the planned period,
-- the modality and place, the personal-work hours and whether the bilan runs during working time.

ALTER TABLE organisations
  -- 'exempt': article 261-4-4° a du CGI (vocational training); 'franchise': franchise en base,
  -- article 293 B du CGI; 'subject': VAT charged at vat_rate_basis_points (2000 = 20 %).
  ADD COLUMN vat_regime text CHECK (vat_regime IN ('exempt', 'franchise', 'subject')),
  ADD COLUMN vat_rate_basis_points integer CHECK (vat_rate_basis_points BETWEEN 1 AND 10000),
  ADD COLUMN signatory_name text CHECK (length(signatory_name) <= 200),
  ADD COLUMN signatory_role text CHECK (length(signatory_role) <= 200),
  ADD CONSTRAINT organisations_vat_rate_when_subject
    CHECK ((vat_regime IS NOT DISTINCT FROM 'subject') = (vat_rate_basis_points IS NOT NULL));

ALTER TABLE bilan_financings
  -- The offer chosen at intake, whose price, hours, modality and places were carried over.
  ADD COLUMN offer_id uuid,
  ADD COLUMN modality text CHECK (modality IN ('in_person', 'remote', 'mixed')),
  ADD COLUMN places text CHECK (length(places) <= 1000),
  ADD COLUMN planned_start_on date,
  ADD COLUMN planned_end_on date,
  ADD COLUMN personal_work_minutes integer CHECK (personal_work_minutes BETWEEN 0 AND 6000),
  -- 'during' / 'partly' / 'outside' working time, or 'not_employed' (job seeker, self-employed).
  ADD COLUMN working_time text CHECK (working_time IN ('during', 'partly', 'outside', 'not_employed')),
  ADD CONSTRAINT bilan_financings_period_order CHECK (planned_end_on >= planned_start_on),
  ADD CONSTRAINT bilan_financings_offer_fkey
    FOREIGN KEY (offer_id, organisation_id) REFERENCES offers (id, organisation_id);
