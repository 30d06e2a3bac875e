-- Hour targets: a category may promise its first response in clock hours from the hand-over
-- ("1 × 24 jam") instead of working days. The complaint and each event keep the instant the response
-- is due by (UTC text), so on-time is judged by instants, in the store, the replay and the report
-- alike; respond_due stays the office date of that instant for the day-based lists. held_seconds is
-- the clock time on hold after the hand-over, which moves an hour target on.
ALTER TABLE complaint_category ADD COLUMN respond_hours INTEGER
    CHECK (respond_hours IS NULL OR respond_hours BETWEEN 1 AND 720);
ALTER TABLE complaint ADD COLUMN respond_by TEXT CHECK (respond_by IS NULL OR length(respond_by) = 20);
ALTER TABLE complaint ADD COLUMN held_seconds INTEGER NOT NULL DEFAULT 0 CHECK (held_seconds >= 0);
ALTER TABLE complaint_event ADD COLUMN respond_by TEXT CHECK (respond_by IS NULL OR length(respond_by) = 20);
