-- Follow-ups the documents report (issue 15.3) and activities moved from one year to the next.

-- A follow-up read from a published document (an årsredovisning) names the document and the page
-- it says so on; one an editor writes in the app has neither.
ALTER TABLE activity_follow_ups ADD COLUMN source_id TEXT REFERENCES source_documents (id);
ALTER TABLE activity_follow_ups ADD COLUMN source_page INTEGER CHECK (source_page >= 1);

-- The activity of an earlier year that this one continues because it was moved ("Flyttat från
-- 2023 till 2024"): unlike copied_from, the earlier one was not done in its year.
ALTER TABLE activities ADD COLUMN moved_from INTEGER REFERENCES activities (id);
CREATE INDEX activities_moved_from ON activities (moved_from) WHERE moved_from IS NOT NULL;
