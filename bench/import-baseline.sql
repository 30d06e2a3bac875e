-- The sqlite3 shell's side of the import benchmark: the same rows kbk's import wrote (complaints,
-- their events, the audit entries and the row seals), copied by plain SQL from the database kbk
-- made (:src) into a fresh database holding only the units, with the same schema: its indexes,
-- CHECKs and triggers. The search index is filled once at the end, as kbk's import does, instead
-- of by its triggers row by row (each of which makes FTS5 write a segment; see bench/README.md).
ATTACH :src AS src;
BEGIN;
DROP TRIGGER complaint_search_insert;
DROP TRIGGER complaint_search_update;
DROP TRIGGER complaint_search_event;
INSERT INTO complaint SELECT * FROM src.complaint;
INSERT INTO complaint_event SELECT * FROM src.complaint_event;
INSERT INTO row_seal SELECT * FROM src.row_seal WHERE audit_id > (SELECT max(id) FROM main.audit_log);
INSERT INTO audit_log SELECT * FROM src.audit_log WHERE id > (SELECT max(id) FROM main.audit_log);
INSERT INTO ticket_counter SELECT * FROM src.ticket_counter;
INSERT INTO complaint_search (rowid, subject, description, location, responses, reference)
SELECT id, subject, description, location, responses, reference FROM complaint_search_source;
COMMIT;
