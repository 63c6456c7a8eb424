-- Before the API refused numbers past ±1e12, an antal of 400 nines was stored with bounds of
-- Infinity, and every read of the activity list failed on them. The text stays as written;
-- bounds that no real antal can have are dropped, as for a text without a number.
UPDATE activities
   SET antal_min = NULL, antal_max = NULL
 WHERE abs(antal_min) > 1e12 OR abs(antal_max) > 1e12;
