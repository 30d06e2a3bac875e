-- Work culture as Purbalingga practises it.
--
-- A KBK group may belong to a section of its unit (seksi, subbidang, subbagian), led by the
-- section's head.
ALTER TABLE kbk_group ADD COLUMN section TEXT CHECK (section IS NULL OR length(section) BETWEEN 1 AND 200);
ALTER TABLE kbk_group ADD COLUMN section_head_name TEXT
    CHECK (section_head_name IS NULL OR length(section_head_name) BETWEEN 1 AND 200);
ALTER TABLE kbk_group ADD COLUMN section_head_nip TEXT CHECK (section_head_nip IS NULL OR length(section_head_nip) = 18);

-- A group's work written up as a Risalah Budaya Kerja (RBK), in Plan-Do-Check-Act form, tied to
-- the group's improvement actions.
CREATE TABLE rbk (
    id         INTEGER PRIMARY KEY,
    group_id   INTEGER NOT NULL REFERENCES kbk_group (id),
    title      TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    written_on TEXT    NOT NULL,
    plan       TEXT    NOT NULL CHECK (length(plan) BETWEEN 1 AND 100000),
    doing      TEXT    NOT NULL CHECK (length(doing) BETWEEN 1 AND 100000),
    checking   TEXT    NOT NULL CHECK (length(checking) BETWEEN 1 AND 100000),
    acting     TEXT    NOT NULL CHECK (length(acting) BETWEEN 1 AND 100000),
    created_at TEXT    NOT NULL
) STRICT;
CREATE INDEX rbk_group ON rbk (group_id, written_on);

CREATE TABLE rbk_improvement (
    rbk_id         INTEGER NOT NULL REFERENCES rbk (id),
    improvement_id INTEGER NOT NULL REFERENCES improvement (id),
    PRIMARY KEY (rbk_id, improvement_id)
) STRICT, WITHOUT ROWID;

-- The cross-unit technical coordination meetings (rapat koordinasi teknis) chaired by the
-- Assistant for Administration: the units attending, the decisions, and action items owned by a
-- unit with a due date, tracked to done.
CREATE TABLE coordination_meeting (
    id         INTEGER PRIMARY KEY,
    held_on    TEXT    NOT NULL,
    title      TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    chair      TEXT    CHECK (chair IS NULL OR length(chair) BETWEEN 1 AND 200),
    decisions  TEXT    CHECK (decisions IS NULL OR length(decisions) BETWEEN 1 AND 100000),
    created_at TEXT    NOT NULL
) STRICT;
CREATE INDEX coordination_meeting_held ON coordination_meeting (held_on);

CREATE TABLE coordination_attendee (
    meeting_id INTEGER NOT NULL REFERENCES coordination_meeting (id),
    skpd_id    INTEGER NOT NULL REFERENCES skpd (id),
    PRIMARY KEY (meeting_id, skpd_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE coordination_action (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES coordination_meeting (id),
    owner_id   INTEGER NOT NULL REFERENCES skpd (id),
    text       TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 100000),
    due_on     TEXT    NOT NULL,
    done_on    TEXT,
    done_note  TEXT    CHECK (done_note IS NULL OR length(done_note) BETWEEN 1 AND 100000),
    created_at TEXT    NOT NULL
) STRICT;
CREATE INDEX coordination_action_owner ON coordination_action (owner_id, due_on);
CREATE INDEX coordination_action_meeting ON coordination_action (meeting_id);

-- A unit's yearly self-assessment of its work culture on the ASN core values (BerAKHLAK:
-- Berorientasi pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif), each
-- scored 1-5, one per unit and year.
CREATE TABLE culture_assessment (
    id           INTEGER PRIMARY KEY,
    skpd_id      INTEGER NOT NULL REFERENCES skpd (id),
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    service      INTEGER NOT NULL CHECK (service BETWEEN 1 AND 5),
    accountable  INTEGER NOT NULL CHECK (accountable BETWEEN 1 AND 5),
    competent    INTEGER NOT NULL CHECK (competent BETWEEN 1 AND 5),
    harmonious   INTEGER NOT NULL CHECK (harmonious BETWEEN 1 AND 5),
    loyal        INTEGER NOT NULL CHECK (loyal BETWEEN 1 AND 5),
    adaptive     INTEGER NOT NULL CHECK (adaptive BETWEEN 1 AND 5),
    collaborative INTEGER NOT NULL CHECK (collaborative BETWEEN 1 AND 5),
    assessed_on  TEXT    NOT NULL,
    note         TEXT    CHECK (note IS NULL OR length(note) BETWEEN 1 AND 100000),
    created_at   TEXT    NOT NULL,
    UNIQUE (skpd_id, year)
) STRICT;
