-- Escalation (`kbk escalate`): a deadline notice is an `escalate` event in the complaint's history,
-- by `system`, keeping the stage whose deadline ran and the level it reached (50, 75 or 100 per
-- cent, 100 meaning overdue); one per complaint, stage and level, never twice. Its message is a
-- notice: who it went to (each official with the address their record had) and whether it has left
-- yet. The history stays append-only; a notice's delivery is recorded once it leaves, so that a
-- message that could not leave is tried again on the next run instead of being lost or sent twice.
ALTER TABLE complaint_event ADD COLUMN escalation_stage TEXT
    CHECK (escalation_stage IS NULL OR escalation_stage IN ('verify', 'respond', 'settle'));
ALTER TABLE complaint_event ADD COLUMN escalation_level INTEGER
    CHECK (escalation_level IS NULL OR escalation_level IN (50, 75, 100));

CREATE UNIQUE INDEX complaint_event_escalation ON complaint_event (complaint_id, escalation_stage, escalation_level)
    WHERE escalation_level IS NOT NULL;

CREATE TABLE notice (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL UNIQUE REFERENCES complaint_event (id),
    message_id   TEXT    NOT NULL UNIQUE CHECK (length(message_id) BETWEEN 3 AND 255),
    delivered_at TEXT    CHECK (delivered_at IS NULL OR length(delivered_at) = 20),
    delivery     TEXT    CHECK (delivery IS NULL OR delivery IN ('mail', 'folder', 'no-address')),
    last_error   TEXT    CHECK (length(last_error) <= 2000)
) STRICT;

CREATE TABLE notice_recipient (
    notice_id INTEGER NOT NULL REFERENCES notice (id),
    login     TEXT    NOT NULL CHECK (length(login) BETWEEN 1 AND 32),
    name      TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email     TEXT    CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
    copy      INTEGER NOT NULL CHECK (copy IN (0, 1)),
    PRIMARY KEY (notice_id, login)
) STRICT, WITHOUT ROWID;

CREATE INDEX notice_pending ON notice (id) WHERE delivered_at IS NULL;
