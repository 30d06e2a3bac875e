-- A complaint closed as the duplicate of another (issue 32): the same broken road reported ten
-- times is one complaint to follow up. The duplicate is rejected with the reason "duplicate" (so the
-- report counts the original once: a rejected complaint is not a valid one) and names its original
-- here, so that its complainant follows the original on the status page and the desk sees both.
CREATE TABLE complaint_duplicate (
    duplicate_id INTEGER NOT NULL UNIQUE REFERENCES complaint (id),
    original_id  INTEGER NOT NULL REFERENCES complaint (id),
    CHECK (duplicate_id <> original_id)
) STRICT;
CREATE INDEX complaint_duplicate_original ON complaint_duplicate (original_id);
