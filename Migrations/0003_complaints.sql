-- Public complaints: intake, hand-over to a unit, follow-up events and closing, with deadlines in
-- working days. Timestamps are UTC text ('2026-11-20T02:30:00Z'); due dates are office-local civil dates.

CREATE TABLE holiday (
    date TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
) STRICT, WITHOUT ROWID;

CREATE TABLE complaint_category (
    code         TEXT    PRIMARY KEY,
    name         TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    verify_days  INTEGER NOT NULL CHECK (verify_days BETWEEN 1 AND 365),
    respond_days INTEGER NOT NULL CHECK (respond_days BETWEEN 1 AND 365),
    settle_days  INTEGER NOT NULL CHECK (settle_days BETWEEN 1 AND 365)
) STRICT, WITHOUT ROWID;

-- Defaults from LAPOR! policy: verify within 3 working days, first response within 5 of hand-over,
-- settle an information request in 5, an ordinary complaint in 14, one needing field examination in 60.
INSERT INTO complaint_category (code, name, verify_days, respond_days, settle_days) VALUES
    ('information-request', 'Permintaan informasi', 3, 5, 5),
    ('general', 'Pengaduan umum', 3, 5, 14),
    ('field-examination', 'Pengaduan dengan pemeriksaan lapangan', 3, 5, 60);

-- One row per year of receipt: the last sequence number handed out. Incremented in the same
-- transaction as the complaint it numbers, so numbers have no gaps and are never reused.
CREATE TABLE ticket_counter (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL CHECK (last >= 0)
) STRICT;

CREATE TABLE complaint (
    id                  INTEGER PRIMARY KEY,
    ticket              TEXT    NOT NULL UNIQUE,
    year                INTEGER NOT NULL,
    sequence            INTEGER NOT NULL,
    received_at         TEXT    NOT NULL,
    received_on         TEXT    NOT NULL,
    channel             TEXT    NOT NULL CHECK (channel IN ('lapor', 'sms', 'whatsapp', 'phone', 'email', 'letter', 'walk-in',
                                                           'website', 'social-media', 'other')),
    kind                TEXT    NOT NULL CHECK (kind IN ('complaint', 'aspiration', 'information')),
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
    status              TEXT    NOT NULL CHECK (status IN ('received', 'verified', 'in_progress', 'on_hold', 'resolved', 'closed', 'rejected')),
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
    rejection_reason    TEXT    CHECK (rejection_reason IN ('not-authority', 'duplicate', 'invalid', 'withdrawn')),
    reopen_count        INTEGER NOT NULL DEFAULT 0,
    rating              INTEGER CHECK (rating BETWEEN 1 AND 4),
    rating_comment      TEXT,
    last_event_at       TEXT    NOT NULL,
    UNIQUE (year, sequence)
) STRICT;

CREATE INDEX complaint_skpd_received ON complaint (skpd_id, received_on);
CREATE INDEX complaint_received ON complaint (received_on);
CREATE INDEX complaint_status ON complaint (status);
CREATE INDEX complaint_category_index ON complaint (category);

-- Every action on a complaint, appended; never edited or deleted. Each event also keeps the office
-- date it happened on and the due dates in force after it, so that reports for a past period see
-- exactly what was known then, whatever holidays or categories change later.
CREATE TABLE complaint_event (
    id            INTEGER PRIMARY KEY,
    complaint_id  INTEGER NOT NULL REFERENCES complaint (id),
    at            TEXT    NOT NULL,
    local_date    TEXT    NOT NULL,
    verify_due    TEXT,
    respond_due   TEXT,
    settle_due    TEXT,
    actor         TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    status_before TEXT,
    status_after  TEXT    NOT NULL,
    skpd_before   TEXT,
    skpd_after    TEXT,
    text          TEXT,
    public        INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1))
) STRICT;

CREATE INDEX complaint_event_complaint ON complaint_event (complaint_id, id);
CREATE INDEX complaint_last_event ON complaint (last_event_at);

CREATE TRIGGER complaint_event_no_update BEFORE UPDATE ON complaint_event
BEGIN
    SELECT RAISE(ABORT, 'complaint history is append-only: events cannot be changed');
END;

CREATE TRIGGER complaint_event_no_delete BEFORE DELETE ON complaint_event
BEGIN
    SELECT RAISE(ABORT, 'complaint history is append-only: events cannot be deleted');
END;

CREATE TRIGGER complaint_no_delete BEFORE DELETE ON complaint
BEGIN
    SELECT RAISE(ABORT, 'complaints are never deleted');
END;
