-- The channels complaints come in by in Purbalingga: Instagram and TikTok of their own (they were
-- 'social-media'), and the province's LaporGub (it was 'other'). Existing complaints keep their
-- channel. The complaint table is rebuilt in place as in 0007 (rows kept aside, the table created
-- anew under its name with the wider CHECK, rows put back, indexes and the trigger made again; the
-- migrator runs this with foreign keys off and checks every reference before it commits).

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
                                                channel = 'instagram' OR
                                                channel = 'tiktok' OR
                                                channel = 'laporgub' OR
                                                channel = 'other'),
    kind                TEXT    NOT NULL CHECK (kind = 'complaint' OR
                                                kind = 'aspiration' OR
                                                kind = 'information'),
    category            TEXT    NOT NULL REFERENCES complaint_category (code),
    subject             TEXT    NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    description         TEXT    NOT NULL CHECK (length(description) BETWEEN 1 AND 100000),
    location            TEXT    CHECK (length(location) <= 200),
    external_ref        TEXT    UNIQUE CHECK (length(external_ref) <= 200),
    sop_id              INTEGER REFERENCES sop (id),
    complainant_name    TEXT    CHECK (length(complainant_name) <= 200),
    complainant_contact TEXT    CHECK (length(complainant_contact) <= 200),
    anonymous           INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    confidential        INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    skpd_id             INTEGER REFERENCES skpd (id),
    status              TEXT    NOT NULL CHECK (status = 'received' OR
                                                status = 'verified' OR
                                                status = 'in_progress' OR
                                                status = 'on_hold' OR
                                                status = 'resolved' OR
                                                status = 'closed' OR
                                                status = 'rejected' OR
                                                status = 'forwarded'),
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
    rating_comment      TEXT    CHECK (length(rating_comment) <= 100000),
    last_event_at       TEXT    NOT NULL,
    assigned_to         TEXT    CHECK (assigned_to IS NULL OR length(assigned_to) BETWEEN 1 AND 32),
    verify_held_days    INTEGER NOT NULL DEFAULT 0 CHECK (verify_held_days >= 0),
    extended_days       INTEGER NOT NULL DEFAULT 0 CHECK (extended_days BETWEEN 0 AND 60),
    -- Forwarded (Bukan Wewenang): the competent agency outside the government, when, and its reference.
    forwarded_to        TEXT    CHECK (forwarded_to IS NULL OR length(forwarded_to) BETWEEN 1 AND 200),
    forwarded_at        TEXT,
    forward_reference   TEXT    CHECK (length(forward_reference) <= 200),
    respond_by          TEXT    CHECK (respond_by IS NULL OR length(respond_by) = 20),
    held_seconds        INTEGER NOT NULL DEFAULT 0 CHECK (held_seconds >= 0),
    tracking_hash       TEXT    CHECK (tracking_hash IS NULL OR
                                       (length(tracking_hash) = 64 AND tracking_hash NOT GLOB '*[^0-9a-f]*'))
) STRICT;

INSERT INTO complaint SELECT * FROM complaint_kept;
DROP TABLE complaint_kept;

CREATE INDEX complaint_skpd_received ON complaint (skpd_id, received_on);
CREATE INDEX complaint_received ON complaint (received_on);
CREATE INDEX complaint_status ON complaint (status);
CREATE INDEX complaint_category_index ON complaint (category);
CREATE INDEX complaint_last_event ON complaint (last_event_at);
CREATE INDEX complaint_assigned ON complaint (assigned_to) WHERE assigned_to IS NOT NULL;
CREATE INDEX complaint_open ON complaint (
    received_at, id, skpd_id, assigned_to, status, first_response_at, verify_due, respond_due, settle_due
) WHERE status IN ('received', 'verified', 'in_progress', 'on_hold');

CREATE TRIGGER complaint_no_delete BEFORE DELETE ON complaint
BEGIN
    SELECT RAISE(ABORT, 'complaints are never deleted');
END;
