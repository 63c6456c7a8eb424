-- An import preview names the period it was made for (?period=, decision 009): its commit
-- writes there, whatever period is current by then. Previews made before this migration were
-- made for the current period (NULL), which their commit keeps using.
ALTER TABLE imports ADD COLUMN period_id INTEGER REFERENCES periods (id);
