-- The complaint table again, with its checks of fixed values written as comparisons instead of
-- IN lists. SQLite builds a temporary b-tree for every IN list of more than two constants each time a
-- statement checks it: four per complaint insert or update, 5 % of the instructions of a bulk import
-- and most of its memset (callgrind, 2,000 complaints). The allowed values are exactly those of 0003.
-- UNIQUE (year, sequence) is gone: the ticket is made of the two and is itself unique, so the second
-- index only cost every insert a b-tree probe and an entry.
--
-- Rebuilt in place: the rows are kept aside, the table dropped and created anew under the same name,
-- and the rows put back, so that complaint_event and improvement_complaint keep referring to
-- "complaint" (renaming a table would rewrite their references). The migrator runs migrations with
-- foreign keys off and checks every reference before this one commits.

CREATE TEMP TABLE complaint_kept AS SELECT * FROM complaint;
DROP TABLE complaint;

CREATE TABLE complaint (
    id                  INTEGER PRIMARY KEY,
    ticket              TEXT    NOT NULL UNIQUE,
    year                INTEGER NOT NULL,
    sequence            INTEGER NOT NULL,
    received_at         TEXT    NOT NULL,
    received_on         TEXT    NOT NULL,
    channel             TEXT    NOT NULL CHECK (channel = 'lapor' OR
                                                channel = 'sms' OR
                                                channel = 'whatsapp' OR
                                                channel = 'phone' OR
                                                channel = 'email' OR
                                                channel = 'letter' OR
                                                channel = 'walk-in' OR
                                                channel = 'website' OR
                                                channel = 'social-media' OR
                                                channel = 'other'),
    kind                TEXT    NOT NULL CHECK (kind = 'complaint' OR
                                                kind = 'aspiration' OR
                                                kind = 'information'),
    category            TEXT    NOT NULL REFERENCES complaint_category (code),
    subject             TEXT    NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    description         TEXT    NOT NULL CHECK (length(description) >= 1),
    location            TEXT,
    external_ref        TEXT    UNIQUE,
    sop_id              INTEGER REFERENCES sop (id),
    complainant_name    TEXT,
    complainant_contact TEXT,
    anonymous           INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    confidential        INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    skpd_id             INTEGER REFERENCES skpd (id),
    status              TEXT    NOT NULL CHECK (status = 'received' OR
                                                status = 'verified' OR
                                                status = 'in_progress' OR
                                                status = 'on_hold' OR
                                                status = 'resolved' OR
                                                status = 'closed' OR
                                                status = 'rejected'),
    held_from           TEXT,
    held_since          TEXT,
    held_working_days   INTEGER NOT NULL DEFAULT 0,
    verify_due          TEXT    NOT NULL,
    respond_due         TEXT,
    settle_due          TEXT,
    verified_at         TEXT,
    verified_on         TEXT,
    first_response_at   TEXT,
    first_response_on   TEXT,
    -- Whether the first public response came on or before the response due date in force then.
    first_response_on_time INTEGER CHECK (first_response_on_time IN (0, 1)),
    resolved_at         TEXT,
    resolved_on         TEXT,
    -- Whether the latest resolution came on or before the settlement due date in force then.
    settled_on_time     INTEGER CHECK (settled_on_time IN (0, 1)),
    closed_at           TEXT,
    rejected_at         TEXT,
    rejection_reason    TEXT    CHECK (rejection_reason = 'not-authority' OR
                                       rejection_reason = 'duplicate' OR
                                       rejection_reason = 'invalid' OR
                                       rejection_reason = 'withdrawn'),
    reopen_count        INTEGER NOT NULL DEFAULT 0,
    rating              INTEGER CHECK (rating BETWEEN 1 AND 4),
    rating_comment      TEXT,
    last_event_at       TEXT    NOT NULL
) STRICT;

INSERT INTO complaint SELECT * FROM temp.complaint_kept;
DROP TABLE temp.complaint_kept;

CREATE INDEX complaint_skpd_received ON complaint (skpd_id, received_on);
CREATE INDEX complaint_received ON complaint (received_on);
CREATE INDEX complaint_status ON complaint (status);
CREATE INDEX complaint_category_index ON complaint (category);
CREATE INDEX complaint_last_event ON complaint (last_event_at);

CREATE TRIGGER complaint_no_delete BEFORE DELETE ON complaint
BEGIN
    SELECT RAISE(ABORT, 'complaints are never deleted');
END;
