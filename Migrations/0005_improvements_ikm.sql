-- Closing the loop: improvement actions (PDCA) of work-culture groups, linked to the complaints they
-- answer and the SOPs they revise; and community satisfaction surveys (IKM) per unit.

CREATE TABLE improvement (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES kbk_group (id),
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    problem     TEXT,
    target      TEXT,
    due_on      TEXT,
    stage       TEXT    NOT NULL CHECK (stage IN ('plan', 'do', 'check', 'act', 'done', 'dropped')),
    started_on  TEXT    NOT NULL,
    finished_on TEXT,
    created_at  TEXT    NOT NULL
) STRICT;

CREATE INDEX improvement_group ON improvement (group_id);

-- Each stage reached, with its date and note; the first row is 'plan'.
CREATE TABLE improvement_stage (
    id             INTEGER PRIMARY KEY,
    improvement_id INTEGER NOT NULL REFERENCES improvement (id),
    stage          TEXT    NOT NULL,
    on_date        TEXT    NOT NULL,
    note           TEXT,
    actor          TEXT    NOT NULL
) STRICT;

CREATE INDEX improvement_stage_improvement ON improvement_stage (improvement_id, id);

CREATE TABLE improvement_complaint (
    improvement_id INTEGER NOT NULL REFERENCES improvement (id),
    complaint_id   INTEGER NOT NULL REFERENCES complaint (id),
    linked_on      TEXT    NOT NULL,
    PRIMARY KEY (improvement_id, complaint_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX improvement_complaint_complaint ON improvement_complaint (complaint_id);

CREATE TABLE improvement_sop (
    improvement_id INTEGER NOT NULL REFERENCES improvement (id),
    sop_id         INTEGER NOT NULL REFERENCES sop (id),
    linked_on      TEXT    NOT NULL,
    PRIMARY KEY (improvement_id, sop_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX improvement_sop_sop ON improvement_sop (sop_id);

-- An IKM survey: the nine element averages as exact fractions u_i / denominator.
CREATE TABLE ikm_survey (
    id           INTEGER PRIMARY KEY,
    skpd_id      INTEGER NOT NULL REFERENCES skpd (id),
    period_label TEXT    NOT NULL,
    period_from  TEXT    NOT NULL,
    period_to    TEXT    NOT NULL,
    respondents  INTEGER NOT NULL CHECK (respondents >= 1),
    denominator  INTEGER NOT NULL CHECK (denominator >= 1),
    u1 INTEGER NOT NULL, u2 INTEGER NOT NULL, u3 INTEGER NOT NULL, u4 INTEGER NOT NULL, u5 INTEGER NOT NULL,
    u6 INTEGER NOT NULL, u7 INTEGER NOT NULL, u8 INTEGER NOT NULL, u9 INTEGER NOT NULL,
    created_at   TEXT    NOT NULL
) STRICT;

CREATE INDEX ikm_survey_skpd ON ikm_survey (skpd_id, period_to);
