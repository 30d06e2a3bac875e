-- Every free-text column gets a bound in the database too, not only in kbk's input rules, so that
-- no path (an import, a later front end, a bug) can store a 4 MB name. SQLite's length() counts
-- Unicode scalars, as kbk's rules do: 200 for a name, 100,000 for long text, 64 for an actor.
--
-- complaint and complaint_event are rebuilt with the bounds as CHECK constraints, in place as in
-- 0006 (rows kept aside, table dropped and created anew under its name, rows put back; the migrator
-- runs this with foreign keys off and checks every reference before it commits). A trigger would
-- have saved the rebuild but costs every insert and update a statement journal (a statement that
-- fires a trigger and may abort must be undoable on its own): a bulk import of 100,000 complaints
-- made 2.7 million writes instead of 107,000 and took twice as long.
--
-- The smaller tables, written one row at a time by officials, get their bounds as triggers that
-- abort the statement, which is what a CHECK does, without a rebuild.

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
    rating_comment      TEXT    CHECK (length(rating_comment) <= 100000),
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

CREATE TEMP TABLE complaint_event_kept AS SELECT * FROM complaint_event;
DROP TABLE complaint_event;

CREATE TABLE complaint_event (
    id            INTEGER PRIMARY KEY,
    complaint_id  INTEGER NOT NULL REFERENCES complaint (id),
    at            TEXT    NOT NULL,
    local_date    TEXT    NOT NULL,
    verify_due    TEXT,
    respond_due   TEXT,
    settle_due    TEXT,
    actor         TEXT    NOT NULL CHECK (length(actor) BETWEEN 1 AND 64),
    action        TEXT    NOT NULL,
    status_before TEXT,
    status_after  TEXT    NOT NULL,
    skpd_before   TEXT,
    skpd_after    TEXT,
    text          TEXT    CHECK (length(text) <= 100000),
    public        INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1))
) STRICT;

INSERT INTO complaint_event SELECT * FROM temp.complaint_event_kept;
DROP TABLE temp.complaint_event_kept;

CREATE INDEX complaint_event_complaint ON complaint_event (complaint_id, id);

CREATE TRIGGER complaint_event_no_update BEFORE UPDATE ON complaint_event
BEGIN
    SELECT RAISE(ABORT, 'complaint history is append-only: events cannot be changed');
END;

CREATE TRIGGER complaint_event_no_delete BEFORE DELETE ON complaint_event
BEGIN
    SELECT RAISE(ABORT, 'complaint history is append-only: events cannot be deleted');
END;

CREATE TRIGGER skpd_text_bounds_insert BEFORE INSERT ON skpd
WHEN length(NEW.official_code) > 200 OR
     length(NEW.head_name) > 200
BEGIN
    SELECT RAISE(ABORT, 'skpd: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER skpd_text_bounds_update BEFORE UPDATE ON skpd
WHEN length(NEW.official_code) > 200 OR
     length(NEW.head_name) > 200
BEGIN
    SELECT RAISE(ABORT, 'skpd: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER kbk_group_text_bounds_insert BEFORE INSERT ON kbk_group
WHEN length(NEW.decree_number) > 200 OR
     length(NEW.focus) > 100000
BEGIN
    SELECT RAISE(ABORT, 'kbk_group: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER kbk_group_text_bounds_update BEFORE UPDATE ON kbk_group
WHEN length(NEW.decree_number) > 200 OR
     length(NEW.focus) > 100000
BEGIN
    SELECT RAISE(ABORT, 'kbk_group: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER group_meeting_text_bounds_insert BEFORE INSERT ON group_meeting
WHEN length(NEW.agenda) > 100000 OR
     length(NEW.minutes) > 100000
BEGIN
    SELECT RAISE(ABORT, 'group_meeting: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER group_meeting_text_bounds_update BEFORE UPDATE ON group_meeting
WHEN length(NEW.agenda) > 100000 OR
     length(NEW.minutes) > 100000
BEGIN
    SELECT RAISE(ABORT, 'group_meeting: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER sop_revision_text_bounds_insert BEFORE INSERT ON sop_revision
WHEN length(NEW.service) > 100000 OR
     length(NEW.legal_basis) > 100000 OR
     length(NEW.approved_by_name) > 200
BEGIN
    SELECT RAISE(ABORT, 'sop_revision: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER sop_revision_text_bounds_update BEFORE UPDATE ON sop_revision
WHEN length(NEW.service) > 100000 OR
     length(NEW.legal_basis) > 100000 OR
     length(NEW.approved_by_name) > 200
BEGIN
    SELECT RAISE(ABORT, 'sop_revision: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER sop_review_text_bounds_insert BEFORE INSERT ON sop_review
WHEN length(NEW.note) > 100000
BEGIN
    SELECT RAISE(ABORT, 'sop_review: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER sop_review_text_bounds_update BEFORE UPDATE ON sop_review
WHEN length(NEW.note) > 100000
BEGIN
    SELECT RAISE(ABORT, 'sop_review: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER improvement_text_bounds_insert BEFORE INSERT ON improvement
WHEN length(NEW.problem) > 100000 OR
     length(NEW.target) > 100000
BEGIN
    SELECT RAISE(ABORT, 'improvement: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER improvement_text_bounds_update BEFORE UPDATE ON improvement
WHEN length(NEW.problem) > 100000 OR
     length(NEW.target) > 100000
BEGIN
    SELECT RAISE(ABORT, 'improvement: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER improvement_stage_text_bounds_insert BEFORE INSERT ON improvement_stage
WHEN length(NEW.note) > 100000 OR
     length(NEW.actor) > 64
BEGIN
    SELECT RAISE(ABORT, 'improvement_stage: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER improvement_stage_text_bounds_update BEFORE UPDATE ON improvement_stage
WHEN length(NEW.note) > 100000 OR
     length(NEW.actor) > 64
BEGIN
    SELECT RAISE(ABORT, 'improvement_stage: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER ikm_survey_text_bounds_insert BEFORE INSERT ON ikm_survey
WHEN length(NEW.period_label) > 200
BEGIN
    SELECT RAISE(ABORT, 'ikm_survey: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER ikm_survey_text_bounds_update BEFORE UPDATE ON ikm_survey
WHEN length(NEW.period_label) > 200
BEGIN
    SELECT RAISE(ABORT, 'ikm_survey: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER setting_text_bounds_insert BEFORE INSERT ON setting
WHEN length(NEW.value) > 200
BEGIN
    SELECT RAISE(ABORT, 'setting: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER setting_text_bounds_update BEFORE UPDATE ON setting
WHEN length(NEW.value) > 200
BEGIN
    SELECT RAISE(ABORT, 'setting: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;
