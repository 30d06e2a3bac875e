-- The day a unit began (issue 29): a unit a reorganisation formed (Purbalingga's six combined
-- dinas from 1 January 2026) did not exist before it, and a report of an earlier period must not
-- list it as a unit without complaints or without an IKM survey. NULL: the unit was there before
-- kbk kept it. NULL columns leave the rows' seals as they were (RowSeals digests non-NULL columns).
ALTER TABLE skpd ADD COLUMN formed_on TEXT
    CHECK (formed_on IS NULL OR formed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
