-- Keys of imported records: the identifier a record had in the file it came from (a group id, a
-- ticket of another database) and the one it has here, so that later files (members, meetings,
-- complaint events) can refer to records by the keys of their own source, and a file imported twice
-- is recognised instead of duplicated.
CREATE TABLE import_key (
    kind   TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (kind, source)
) STRICT, WITHOUT ROWID;
