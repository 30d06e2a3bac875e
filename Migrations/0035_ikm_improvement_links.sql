-- Follow-up of a survey's results ("tindak lanjut hasil SKM"): an improvement action may address
-- elements (U1–U9) of an IKM survey, as it answers complaints and revises SOPs.
CREATE TABLE improvement_survey (
    improvement_id INTEGER NOT NULL REFERENCES improvement (id),
    survey_id      INTEGER NOT NULL REFERENCES ikm_survey (id),
    element        INTEGER NOT NULL CHECK (element BETWEEN 1 AND 9),
    linked_on      TEXT    NOT NULL,
    PRIMARY KEY (improvement_id, survey_id, element)
) STRICT, WITHOUT ROWID;

CREATE INDEX improvement_survey_survey ON improvement_survey (survey_id, element);
