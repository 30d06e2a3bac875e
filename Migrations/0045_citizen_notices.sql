-- Notices to the citizen (issue 32): on hand-over, response, resolution and closing, a message to
-- the contact the complainant left (e-mail through the mail program; SMS or WhatsApp through the
-- gateway program, `notice.gateway`). One notice per event, recorded in the event's transaction;
-- `kbk escalate` sends the waiting ones, claiming each first as it claims officials' notices
-- (migration 0028). The contact itself stays on the complaint: a notice names its channel only.
CREATE TABLE citizen_notice (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL UNIQUE REFERENCES complaint_event (id),
    complaint_id INTEGER NOT NULL REFERENCES complaint (id),
    occasion     TEXT    NOT NULL CHECK (occasion IN ('handed_over', 'responded', 'resolved', 'closed')),
    channel      TEXT    NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp')),
    recorded_at  TEXT    NOT NULL CHECK (length(recorded_at) = 20),
    delivered_at TEXT    CHECK (delivered_at IS NULL OR length(delivered_at) = 20),
    delivery     TEXT    CHECK (delivery IS NULL OR delivery IN ('mail', 'gateway', 'folder', 'no-gateway')),
    last_error   TEXT    CHECK (length(last_error) <= 2000),
    claimed_by   TEXT    CHECK (claimed_by IS NULL OR length(claimed_by) BETWEEN 1 AND 64),
    claimed_at   TEXT    CHECK (claimed_at IS NULL OR length(claimed_at) = 20)
) STRICT;

CREATE INDEX citizen_notice_waiting ON citizen_notice (id) WHERE delivered_at IS NULL;
CREATE INDEX citizen_notice_complaint ON citizen_notice (complaint_id);
