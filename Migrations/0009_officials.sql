-- The officials who use kbk, by operating-system login. One active official per login; an official
-- is never deleted, only deactivated, so the audit trail's names keep their meaning. The first
-- admin is registered by kbk itself (the login that creates or first opens the database) and has
-- no NIP or unit until an admin gives them; every other official has both.
CREATE TABLE official (
    id             INTEGER PRIMARY KEY,
    login          TEXT    NOT NULL CHECK (length(login) BETWEEN 1 AND 32 AND login NOT GLOB '*[^a-z0-9._-]*'),
    nip            TEXT    CHECK (nip IS NULL OR (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*')),
    name           TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    skpd_id        INTEGER REFERENCES skpd (id),
    role           TEXT    NOT NULL CHECK (role = 'admin' OR role = 'coordinator' OR role = 'unit-admin'
                                           OR role = 'officer' OR role = 'viewer'),
    email          TEXT    CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
    created_at     TEXT    NOT NULL,
    deactivated_at TEXT,
    -- A unit-wide role needs its unit.
    CHECK (skpd_id IS NOT NULL OR role = 'admin' OR role = 'coordinator' OR role = 'viewer')
) STRICT;

CREATE UNIQUE INDEX official_active_login ON official (login) WHERE deactivated_at IS NULL;
CREATE INDEX official_skpd ON official (skpd_id);
