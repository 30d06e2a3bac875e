-- Tamper evidence for the audit trail: every entry carries a SHA-256 over its content and the
-- previous entry's hash (computed by kbk, which also fills it in for the entries already here, in
-- this migration's transaction). `on_behalf_of` names the official a paper record was entered for.
ALTER TABLE audit_log ADD COLUMN on_behalf_of TEXT
    CHECK (on_behalf_of IS NULL OR length(on_behalf_of) BETWEEN 1 AND 64);
ALTER TABLE audit_log ADD COLUMN hash TEXT
    CHECK (hash IS NULL OR (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'));

-- Still append-only: the one change allowed is giving an entry without a hash its hash.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.id = OLD.id AND NEW.at = OLD.at
          AND NEW.actor = OLD.actor AND NEW.action = OLD.action AND NEW.entity_kind = OLD.entity_kind
          AND NEW.entity_id IS OLD.entity_id AND NEW.summary = OLD.summary
          AND NEW.on_behalf_of IS OLD.on_behalf_of)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be changed');
END;
