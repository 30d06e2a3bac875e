-- Oversight (issue 29, migration 0037): the Ombudsman's forms of maladministration and the whistle-blowing kind.
--
-- 1. A complaint of the class "berkadar pengawasan" may carry the Ombudsman's form of
-- maladministration (Peraturan Ombudsman RI Nomor 26 Tahun 2017 jo. Nomor 48 Tahun 2020), by code.
-- The hand-over that sets it and each correction of it keep the form as an event's field and value
-- ('maladministration'), which is how the report reads the form a complaint had at a period's end;
-- this partial index holds only those few events, and the report's query repeats its condition.
-- Which class may carry a form is kbk's rule (Maladministration.check), not a CHECK: an office's
-- class changes would otherwise need a migration.
ALTER TABLE complaint ADD COLUMN maladministration TEXT CHECK (maladministration IS NULL OR
                                                              maladministration = 'penundaan-berlarut' OR
                                                              maladministration = 'penyimpangan-prosedur' OR
                                                              maladministration = 'tidak-memberikan-pelayanan' OR
                                                              maladministration = 'tidak-kompeten' OR
                                                              maladministration = 'penyalahgunaan-wewenang' OR
                                                              maladministration = 'permintaan-imbalan' OR
                                                              maladministration = 'tidak-patut' OR
                                                              maladministration = 'berpihak' OR
                                                              maladministration = 'diskriminasi' OR
                                                              maladministration = 'konflik-kepentingan');

CREATE INDEX complaint_event_maladministration ON complaint_event (complaint_id, id)
    WHERE field = 'maladministration';

-- 2. The kind 'whistleblowing' (pengaduan tindak pidana korupsi / pelanggaran oleh ASN): only an
-- inspectorate (a unit of kind 'inspectorate') takes it, it is always confidential, and its
-- reporter's identity is read within that inspectorate alone; kbk's rules (ComplaintKind,
-- ReadAction.whistleblowerIdentity).
--
-- Only the CHECK of `kind` widens, which no stored row can break. Instead of rebuilding the table
-- (0006, 0007, 0013, 0026), the one condition is widened in the table's definition, as SQLite
-- documents for loosening a CHECK constraint ("Making Other Kinds Of Table Schema Changes",
-- lang_altertable.html): the rows are not copied, so a large database migrates at once, and the
-- columns other migrations add beside this one are kept whatever their order. writable_schema RESET
-- makes this connection read the definition again; the ALTER TABLE above already changed the
-- schema cookie, so every other connection reads it again too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'kind = ''information''),', 'kind = ''information'' OR
                                                kind = ''whistleblowing''),')
WHERE type = 'table' AND name = 'complaint';
PRAGMA writable_schema = RESET;

-- The definition must now allow the kind: a definition changed around kbk, where the text above
-- was not found, stops the migration here (the CHECK of this scratch table fails) instead of
-- leaving the kind refused.
CREATE TEMP TABLE migration_0037_widened (widened INTEGER NOT NULL CHECK (widened = 1));
INSERT INTO temp.migration_0037_widened
SELECT instr(sql, 'kind = ''whistleblowing''') > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'complaint';
DROP TABLE temp.migration_0037_widened;
