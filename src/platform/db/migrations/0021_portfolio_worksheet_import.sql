-- The career-history worksheet's periods imported into the portfolio (issue 12, decision 038):
-- an experience created from a period remembers which one (the import key: the assignment and
-- the period), so importing twice creates nothing twice, even from two tabs at once. Null for an
-- experience typed in the portfolio.
ALTER TABLE portfolio_experiences
  ADD COLUMN imported_from text CHECK (length(imported_from) BETWEEN 1 AND 120);
CREATE UNIQUE INDEX portfolio_experiences_imported
  ON portfolio_experiences (bilan_id, imported_from) WHERE imported_from IS NOT NULL;
