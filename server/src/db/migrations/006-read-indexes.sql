-- Every request finds the current period through the latest year with an outcome: with this
-- index that is one step down a b-tree, not a scan of every outcome of every period.
CREATE INDEX outcomes_year ON outcomes (year) WHERE value IS NOT NULL;
