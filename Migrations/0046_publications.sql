-- Bundles published for the province (issue 35, `kbk publish`): one row per bundle with the audit
-- head it was read at, so that the next bundle can carry what changed after that head and prove,
-- by each earlier head's hash as the trail holds it now, that the trail was not rewritten since.
-- Rows are only ever added, like the audit entries they point to.
CREATE TABLE publication (
    id           INTEGER PRIMARY KEY,
    published_at TEXT    NOT NULL CHECK (length(published_at) = 20),
    kind         TEXT    NOT NULL CHECK (kind IN ('full', 'since')),
    region_code  TEXT    NOT NULL CHECK (length(region_code) = 4 AND region_code NOT GLOB '*[^0-9]*'),
    head_entry   INTEGER NOT NULL REFERENCES audit_log (id),
    head_hash    TEXT    NOT NULL CHECK (length(head_hash) = 64 AND head_hash NOT GLOB '*[^0-9a-f]*'),
    since_entry  INTEGER REFERENCES audit_log (id),
    complaints   INTEGER NOT NULL CHECK (complaints >= 0),
    digest       TEXT    NOT NULL CHECK (length(digest) = 64 AND digest NOT GLOB '*[^0-9a-f]*'),
    CHECK ((kind = 'since') = (since_entry IS NOT NULL))
) STRICT;

CREATE TRIGGER publication_no_update BEFORE UPDATE ON publication
BEGIN
    SELECT RAISE(ABORT, 'publication is append-only: a published bundle cannot be changed');
END;

CREATE TRIGGER publication_no_delete BEFORE DELETE ON publication
BEGIN
    SELECT RAISE(ABORT, 'publication is append-only: a published bundle cannot be deleted');
END;
