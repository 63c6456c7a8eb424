-- Kontrollpunkter are written in the app (issue 17): each gets a version, as risks and plans
-- have, so that a concurrent edit is a 409 with the current kontrollpunkt. Existing rows start
-- at version 1; nothing else changes.
ALTER TABLE control_points ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
