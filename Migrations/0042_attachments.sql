-- Photos and documents on a complaint and its events (issue 32): the citizen's evidence at intake,
-- an officer's proof with a response or a resolution. Kept in the database, so that a backup carries
-- them and a move of the file loses none.
--
-- attachment_content holds each distinct file once, named by the SHA-256 of its bytes: the file as
-- it was sent (the desk's evidence, metadata and all) and the copy a citizen may be shown (an image
-- without its EXIF, GPS position, XMP and comments). Neither is ever changed or removed.
CREATE TABLE attachment_content (
    id     INTEGER PRIMARY KEY,
    sha256 TEXT    NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    bytes  BLOB    NOT NULL CHECK (length(bytes) BETWEEN 1 AND 10485760)
) STRICT;

CREATE TRIGGER attachment_content_no_update BEFORE UPDATE ON attachment_content
BEGIN
    SELECT RAISE(ABORT, 'attachment contents are append-only: they cannot be changed');
END;

CREATE TRIGGER attachment_content_no_delete BEFORE DELETE ON attachment_content
BEGIN
    SELECT RAISE(ABORT, 'attachment contents are append-only: they cannot be deleted');
END;

-- One file on one complaint, with the event it came with (the intake's receipt, a response…).
-- The row is sealed like a complaint's (row_seal), so both digests are in the audit trail's hash.
CREATE TABLE attachment (
    id              INTEGER PRIMARY KEY,
    complaint_id    INTEGER NOT NULL REFERENCES complaint (id),
    event_id        INTEGER NOT NULL REFERENCES complaint_event (id),
    name            TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    media_type      TEXT    NOT NULL
        CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    width           INTEGER CHECK (width IS NULL OR width > 0),
    height          INTEGER CHECK (height IS NULL OR height > 0),
    original_sha256 TEXT    NOT NULL REFERENCES attachment_content (sha256),
    shown_sha256    TEXT    NOT NULL REFERENCES attachment_content (sha256),
    public          INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),
    added_at        TEXT    NOT NULL
        CHECK (added_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    added_by        TEXT    NOT NULL CHECK (length(added_by) BETWEEN 1 AND 64)
) STRICT;

CREATE INDEX attachment_complaint ON attachment (complaint_id, id);

CREATE TRIGGER attachment_no_delete BEFORE DELETE ON attachment
BEGIN
    SELECT RAISE(ABORT, 'attachments cannot be deleted: the trail keeps what was sent');
END;

-- Only whether citizens see it may change; what was sent, when and by whom stays.
CREATE TRIGGER attachment_no_update BEFORE UPDATE OF
    id, complaint_id, event_id, name, media_type, width, height, original_sha256, shown_sha256, added_at, added_by
    ON attachment
BEGIN
    SELECT RAISE(ABORT, 'an attachment cannot be changed, only shown to citizens or not');
END;

-- row_seal learns the attachment table: its CHECK names the sealed tables, so it is built again
-- with the seals it holds (the append-only triggers do not fire on a DROP).
CREATE TABLE row_seal_new (
    table_name TEXT    NOT NULL CHECK (table_name IN
        ('complaint', 'complaint_event', 'official', 'skpd', 'setting', 'attachment')),
    row_key    TEXT    NOT NULL CHECK (length(row_key) BETWEEN 1 AND 64),
    audit_id   INTEGER NOT NULL REFERENCES audit_log (id),
    digest     TEXT    NOT NULL CHECK (length(digest) = 64 AND digest NOT GLOB '*[^0-9a-f]*'),
    PRIMARY KEY (table_name, row_key, audit_id)
) STRICT, WITHOUT ROWID;
INSERT INTO row_seal_new (table_name, row_key, audit_id, digest)
    SELECT table_name, row_key, audit_id, digest FROM row_seal;
DROP TABLE row_seal;
ALTER TABLE row_seal_new RENAME TO row_seal;

CREATE INDEX row_seal_audit ON row_seal (audit_id);

CREATE TRIGGER row_seal_no_update BEFORE UPDATE ON row_seal
BEGIN
    SELECT RAISE(ABORT, 'row seals are append-only: they cannot be changed');
END;

CREATE TRIGGER row_seal_no_delete BEFORE DELETE ON row_seal
BEGIN
    SELECT RAISE(ABORT, 'row seals are append-only: they cannot be deleted');
END;
