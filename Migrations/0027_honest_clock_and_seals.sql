-- An honest clock and evidence on every record.
--
-- audit_log.real_at: the system's time when an entry was made under a pinned clock (KBK_NOW, in a
-- database whose admin allowed it: a demo or training database); NULL when `at` is the system's.
-- audit_log.seal: SHA-256 over the rows this entry sealed (row_seal), part of the entry's hash, so
-- that a complaint, an event, an official, a unit or a setting changed with other tools no longer
-- matches its last sealed entry, and a seal changed or added by hand no longer matches its entry.
ALTER TABLE audit_log ADD COLUMN real_at TEXT
    CHECK (real_at IS NULL OR real_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z');
ALTER TABLE audit_log ADD COLUMN seal TEXT
    CHECK (seal IS NULL OR (length(seal) = 64 AND seal NOT GLOB '*[^0-9a-f]*'));

-- Every entry has had its hash since 0008: nothing may be changed any more.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be changed');
END;

-- The digest of a row's content after each change, by the audit entry that recorded the change.
-- The latest seal of a row is what its content must still be.
CREATE TABLE row_seal (
    table_name TEXT    NOT NULL CHECK (table_name = 'complaint' OR table_name = 'complaint_event'
                                       OR table_name = 'official' OR table_name = 'skpd' OR table_name = 'setting'),
    row_key    TEXT    NOT NULL CHECK (length(row_key) BETWEEN 1 AND 64),
    audit_id   INTEGER NOT NULL REFERENCES audit_log (id),
    digest     TEXT    NOT NULL CHECK (length(digest) = 64 AND digest NOT GLOB '*[^0-9a-f]*'),
    PRIMARY KEY (table_name, row_key, audit_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX row_seal_audit ON row_seal (audit_id);

CREATE TRIGGER row_seal_no_update BEFORE UPDATE ON row_seal
BEGIN
    SELECT RAISE(ABORT, 'row seals are append-only: they cannot be changed');
END;

CREATE TRIGGER row_seal_no_delete BEFORE DELETE ON row_seal
BEGIN
    SELECT RAISE(ABORT, 'row seals are append-only: they cannot be deleted');
END;

-- When an event was entered, beside the time it claims (`at`, which `--at` may set in the past).
-- NULL for events entered before this migration.
ALTER TABLE complaint_event ADD COLUMN entered_at TEXT
    CHECK (entered_at IS NULL OR entered_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z');
