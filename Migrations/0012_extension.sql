-- One extension of a complaint's settlement deadline (coordinator or unit-admin, with a reason):
-- the complaint keeps the working days granted, which move its settlement date on; the extension
-- event keeps them too, so an export carries them and a report as of an earlier date sees whether
-- the complaint had been extended by then.
ALTER TABLE complaint ADD COLUMN extended_days INTEGER NOT NULL DEFAULT 0 CHECK (extended_days BETWEEN 0 AND 60);
ALTER TABLE complaint_event ADD COLUMN working_days INTEGER
    CHECK (working_days IS NULL OR working_days BETWEEN 1 AND 60);
