-- Organisation registry: work units (SKPD), their work-culture groups (KBK) with members and
-- meetings, and their SOPs with revisions and reviews. Dates are civil dates 'YYYY-MM-DD'; a record
-- is active from its start date until the day before its end date (NULL: no end).

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

INSERT INTO setting (key, value) VALUES ('group_size_min', '4'), ('group_size_max', '10');

CREATE TABLE skpd (
    id             INTEGER PRIMARY KEY,
    code           TEXT    NOT NULL UNIQUE CHECK (code = upper(code) AND length(code) BETWEEN 2 AND 32),
    name           TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind           TEXT    NOT NULL CHECK (kind IN ('secretariat', 'dprd-secretariat', 'inspectorate', 'agency', 'board',
                                                    'district', 'subdistrict', 'uptd', 'hospital', 'other')),
    official_code  TEXT    UNIQUE,
    parent_id      INTEGER REFERENCES skpd (id),
    staff_count    INTEGER CHECK (staff_count >= 0),
    head_name      TEXT,
    head_nip       TEXT    CHECK (head_nip IS NULL OR length(head_nip) = 18),
    deactivated_on TEXT,
    successor_id   INTEGER REFERENCES skpd (id),
    created_at     TEXT    NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK (successor_id IS NULL OR successor_id <> id)
) STRICT;

CREATE INDEX skpd_parent ON skpd (parent_id);

CREATE TABLE kbk_group (
    id            INTEGER PRIMARY KEY,
    skpd_id       INTEGER NOT NULL REFERENCES skpd (id),
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    decree_number TEXT,
    decree_date   TEXT,
    formed_on     TEXT    NOT NULL,
    focus         TEXT,
    dissolved_on  TEXT,
    created_at    TEXT    NOT NULL,
    CHECK (dissolved_on IS NULL OR dissolved_on >= formed_on)
) STRICT;

CREATE INDEX kbk_group_skpd ON kbk_group (skpd_id);

CREATE TABLE group_member (
    id       INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES kbk_group (id),
    nip      TEXT    NOT NULL CHECK (length(nip) = 18),
    name     TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    role     TEXT    NOT NULL CHECK (role IN ('chair', 'facilitator', 'secretary', 'member')),
    since    TEXT    NOT NULL,
    until    TEXT,
    CHECK (until IS NULL OR until >= since)
) STRICT;

CREATE INDEX group_member_group ON group_member (group_id);
CREATE INDEX group_member_nip ON group_member (nip);
-- Backstops for the rules the store checks with dates: one open membership per person, one open chair per group.
CREATE UNIQUE INDEX group_member_one_open_membership ON group_member (nip) WHERE until IS NULL;
CREATE UNIQUE INDEX group_member_one_open_chair ON group_member (group_id) WHERE until IS NULL AND role = 'chair';

CREATE TABLE group_meeting (
    id       INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES kbk_group (id),
    held_on  TEXT    NOT NULL,
    agenda   TEXT,
    minutes  TEXT
) STRICT;

CREATE INDEX group_meeting_group ON group_meeting (group_id, held_on);

CREATE TABLE meeting_attendee (
    meeting_id INTEGER NOT NULL REFERENCES group_meeting (id),
    member_id  INTEGER NOT NULL REFERENCES group_member (id),
    PRIMARY KEY (meeting_id, member_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE sop (
    id            INTEGER PRIMARY KEY,
    skpd_id       INTEGER NOT NULL REFERENCES skpd (id),
    number        TEXT    NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 200),
    review_months INTEGER NOT NULL CHECK (review_months BETWEEN 1 AND 60),
    revoked_on    TEXT,
    created_at    TEXT    NOT NULL
) STRICT;

CREATE INDEX sop_skpd ON sop (skpd_id);

CREATE TABLE sop_revision (
    id               INTEGER PRIMARY KEY,
    sop_id           INTEGER NOT NULL REFERENCES sop (id),
    revision         INTEGER NOT NULL CHECK (revision >= 0),
    title            TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    service          TEXT,
    legal_basis      TEXT,
    made_on          TEXT,
    revised_on       TEXT,
    effective_on     TEXT    NOT NULL,
    approved_by_name TEXT,
    approved_by_nip  TEXT    CHECK (approved_by_nip IS NULL OR length(approved_by_nip) = 18),
    service_days     INTEGER CHECK (service_days BETWEEN 1 AND 365),
    UNIQUE (sop_id, revision)
) STRICT;

CREATE TABLE sop_review (
    id           INTEGER PRIMARY KEY,
    sop_id       INTEGER NOT NULL REFERENCES sop (id),
    reviewed_on  TEXT    NOT NULL,
    outcome      TEXT    NOT NULL CHECK (outcome IN ('keep', 'revise', 'revoke')),
    note         TEXT,
    reviewer_nip TEXT    CHECK (reviewer_nip IS NULL OR length(reviewer_nip) = 18)
) STRICT;

CREATE INDEX sop_review_sop ON sop_review (sop_id, reviewed_on);
