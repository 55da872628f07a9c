-- External licensed tests (issue 5, decision 018): results of tests the provider holds a licence
-- for (Hexa3D, IRMR, PerformanSe…), as the consultant types them, with the publisher's PDF report.
-- Sillage never reproduces such tests. Content of the bilan: only the beneficiary and their
-- consultant read it (enforced by the services).
--
-- Destruction: there is no sweep that destroys a bilan's working content yet (questionnaire
-- answers have none either); these rows go with their bilan through ON DELETE CASCADE, so the
-- future destruction of a bilan's content removes them, PDF included.

CREATE TABLE external_test_results (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id     uuid NOT NULL REFERENCES organisations (id),
  bilan_id            uuid NOT NULL,
  recorded_by         uuid NOT NULL,
  test_name           text NOT NULL CHECK (length(test_name) BETWEEN 1 AND 120),
  publisher           text NOT NULL CHECK (length(publisher) BETWEEN 1 AND 120),
  taken_on            date NOT NULL,
  code                text CHECK (length(code) BETWEEN 1 AND 40),
  -- [{ "label": text, "value": number, "unit"?: text }], at most 60.
  scores              jsonb NOT NULL DEFAULT '[]'::jsonb
                        CHECK (jsonb_typeof(scores) = 'array' AND jsonb_array_length(scores) <= 60),
  consultant_comment  text CHECK (length(consultant_comment) BETWEEN 1 AND 4000),
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL,
  -- The publisher's report exactly as uploaded (a PDF of at most 10 MB), with its SHA-256.
  report_pdf          bytea,
  report_filename     text CHECK (length(report_filename) BETWEEN 1 AND 200),
  report_size         integer,
  report_sha256       text CHECK (report_sha256 ~ '^[0-9a-f]{64}$'),
  report_uploaded_at  timestamptz,
  CHECK (code IS NOT NULL OR jsonb_array_length(scores) > 0),
  CHECK (num_nulls(report_pdf, report_filename, report_size, report_sha256, report_uploaded_at) IN (0, 5)),
  CHECK (report_size IS NULL OR (report_size BETWEEN 1 AND 10485760 AND report_size = octet_length(report_pdf))),
  FOREIGN KEY (bilan_id, organisation_id) REFERENCES bilans (id, organisation_id) ON DELETE CASCADE,
  FOREIGN KEY (recorded_by, organisation_id) REFERENCES users (id, organisation_id)
);
CREATE INDEX external_test_results_bilan ON external_test_results (bilan_id, taken_on, created_at);
