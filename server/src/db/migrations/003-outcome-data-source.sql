-- Where a controller took an outcome from ("SCB 2023-02-22", "Kolada N01951"): free text beside
-- the document reference that seeded values carry in source_id.
ALTER TABLE outcomes ADD COLUMN data_source TEXT;
