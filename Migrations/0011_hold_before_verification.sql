-- A complaint can be put on hold before it is verified, waiting for the complainant's missing data
-- (LAPOR!'s Tunda). The working days it spent on hold then move the verification date on; they are
-- kept apart from `held_working_days`, which move the response and settlement dates counted from
-- the hand-over.
ALTER TABLE complaint ADD COLUMN verify_held_days INTEGER NOT NULL DEFAULT 0 CHECK (verify_held_days >= 0);
