-- Corrections (`complaint edit`): one event per corrected field, keeping the field, the value before
-- and the value after; the event's text is the reason. A correction never counts as a reopening.
ALTER TABLE complaint_event ADD COLUMN field TEXT CHECK (field IS NULL OR length(field) BETWEEN 1 AND 32);
ALTER TABLE complaint_event ADD COLUMN value_before TEXT CHECK (length(value_before) <= 100000);
ALTER TABLE complaint_event ADD COLUMN value_after TEXT CHECK (length(value_after) <= 100000);
