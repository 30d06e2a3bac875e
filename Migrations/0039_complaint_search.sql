-- Finding a complaint by its words (issue 31): a full-text index (SQLite's FTS5) over what a desk
-- remembers of a complaint, so that words in any order, in any part of a word's start, find it:
-- "jalan rusak Bobotsari" finds "Jalan desa rusak di Bobotsari", and a LAPOR! number finds its
-- complaint. LIKE over the subject and description found words only in the order typed, and read
-- every row to do it.
--
-- One row per complaint, its rowid the complaint's id:
--   subject      the subject
--   description  the description, only when the complaint is not confidential
--   location     where it happened
--   responses    the text of every event of its history (responses, notes, reasons), only when
--                the complaint is not confidential
--   reference    its external reference (a LAPOR! number)
-- A confidential complaint is found by its subject, place and reference only: its description and
-- history are not for every reader, and a search that matched them would tell what they hold.
--
-- Kept by triggers, so every writer (the command line, the web, an import) keeps it alike. The
-- index is derived data, not sealed: the complaints it points to are.
-- Diacritics are folded ("Purbalingga" finds "Pürbalingga") and case is ignored.
CREATE VIRTUAL TABLE complaint_search USING fts5(
    subject, description, location, responses, reference,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- What the index holds of each complaint, written once: the fill below and the triggers read it.
CREATE VIEW complaint_search_source AS
SELECT c.id, c.subject,
       CASE WHEN c.confidential = 0 THEN c.description END AS description,
       c.location,
       CASE WHEN c.confidential = 0 THEN
           (SELECT group_concat(e.text, char(10)) FROM complaint_event e
             WHERE e.complaint_id = c.id AND e.text IS NOT NULL)
       END AS responses,
       c.external_ref AS reference
FROM complaint c;

INSERT INTO complaint_search (rowid, subject, description, location, responses, reference)
SELECT id, subject, description, location, responses, reference FROM complaint_search_source;

CREATE TRIGGER complaint_search_insert AFTER INSERT ON complaint
BEGIN
    INSERT INTO complaint_search (rowid, subject, description, location, responses, reference)
    SELECT id, subject, description, location, responses, reference FROM complaint_search_source
    WHERE id = NEW.id;
END;

-- Every action rewrites a complaint's row with its text as it was: only a change of what is
-- indexed rebuilds its entry.
CREATE TRIGGER complaint_search_update
AFTER UPDATE OF subject, description, location, external_ref, confidential ON complaint
WHEN OLD.subject IS NOT NEW.subject OR OLD.description IS NOT NEW.description
     OR OLD.location IS NOT NEW.location OR OLD.external_ref IS NOT NEW.external_ref
     OR OLD.confidential IS NOT NEW.confidential
BEGIN
    DELETE FROM complaint_search WHERE rowid = OLD.id;
    INSERT INTO complaint_search (rowid, subject, description, location, responses, reference)
    SELECT id, subject, description, location, responses, reference FROM complaint_search_source
    WHERE id = NEW.id;
END;

CREATE TRIGGER complaint_search_event AFTER INSERT ON complaint_event
WHEN NEW.text IS NOT NULL
BEGIN
    DELETE FROM complaint_search WHERE rowid = NEW.complaint_id;
    INSERT INTO complaint_search (rowid, subject, description, location, responses, reference)
    SELECT id, subject, description, location, responses, reference FROM complaint_search_source
    WHERE id = NEW.complaint_id;
END;
