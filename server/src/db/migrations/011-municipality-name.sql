-- The municipality's name as its documents are headed ("Ludvika kommun"): generated documents
-- carry it. NULL until an administrator sets it; the existing row keeps its code and version.
ALTER TABLE organisation ADD COLUMN municipality_name TEXT
  CHECK (municipality_name IS NULL OR length(municipality_name) BETWEEN 1 AND 100);
