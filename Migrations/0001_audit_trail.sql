-- The audit trail: every change to the database is recorded here, in the same transaction as the
-- change itself. Entries are only ever appended; the triggers refuse edits and deletions.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    actor       TEXT    NOT NULL CHECK (length(actor) BETWEEN 1 AND 64),
    action      TEXT    NOT NULL CHECK (length(action) > 0),
    entity_kind TEXT    NOT NULL CHECK (length(entity_kind) > 0),
    entity_id   TEXT,
    summary     TEXT    NOT NULL
) STRICT;

CREATE INDEX audit_log_entity ON audit_log (entity_kind, entity_id);
CREATE INDEX audit_log_actor ON audit_log (actor);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be deleted');
END;
