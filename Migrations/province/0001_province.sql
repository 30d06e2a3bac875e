-- The province's view (issue 35): every regency's and city's complaints as their bundles carry
-- them (`kbk publish`), without personal data. Each government's rows are replaced or amended
-- only by a bundle that continues its series; each bundle is kept with its heads and digest.

-- A government, known by its BPS region code and, from its first bundle on, by the identity of
-- the database it sends from (kbk's `database_identity`): a bundle under the same code from another
-- database is refused, and so is the same database under a second code.
CREATE TABLE government (
    region_code   text PRIMARY KEY CHECK (region_code ~ '^(1[1-9]|[2-9][0-9])[0-9]{2}$'),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200 AND name !~ '[[:cntrl:]]'),
    utc_offset    interval NOT NULL CHECK (utc_offset BETWEEN interval '-12 hours' AND interval '14 hours'),
    origin        text NOT NULL UNIQUE CHECK (origin ~ '^[0-9a-f]{32}$'),
    first_loaded  timestamptz NOT NULL DEFAULT now()
);

-- Every bundle loaded, in order; the last of a government is the head the next must continue.
CREATE TABLE bundle (
    id             bigserial PRIMARY KEY,
    region_code    text NOT NULL REFERENCES government (region_code),
    header_digest  text NOT NULL CHECK (header_digest ~ '^[0-9a-f]{64}$'),
    kind           text NOT NULL CHECK (kind IN ('full', 'since')),
    published_at   timestamptz NOT NULL,
    period_from    date NOT NULL,
    period_to      date NOT NULL CHECK (period_to >= period_from),
    head_entry     bigint NOT NULL CHECK (head_entry > 0),
    head_hash      text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{64}$'),
    since_entry    bigint,
    digest         text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
    complaints     integer NOT NULL CHECK (complaints >= 0),
    loaded_at      timestamptz NOT NULL DEFAULT now(),
    loaded_by      text NOT NULL DEFAULT current_user,
    -- Set when a rewritten history was accepted (`--accept-rewrite --reason`).
    rewrite_reason text CHECK (rewrite_reason IS NULL OR length(rewrite_reason) BETWEEN 1 AND 2000),
    -- The header as it came: its `earlier` heads tell an old bundle of this history from a rewrite.
    header         jsonb NOT NULL,
    UNIQUE (region_code, header_digest)
);
CREATE INDEX bundle_last ON bundle (region_code, id DESC);

CREATE TABLE unit (
    region_code text NOT NULL REFERENCES government (region_code),
    code        text NOT NULL CHECK (length(code) BETWEEN 2 AND 32),
    name        text NOT NULL CHECK (name !~ '[[:cntrl:]]'),
    kind        text NOT NULL CHECK (kind IN ('secretariat', 'dprd-secretariat', 'inspectorate', 'agency', 'board',
                                              'district', 'subdistrict', 'uptd', 'hospital', 'other')),
    parent      text,
    formed_on   date,
    ended_on    date,
    PRIMARY KEY (region_code, code)
);

-- One row per complaint: what it is, as the regency holds it now.
CREATE TABLE complaint (
    region_code       text NOT NULL REFERENCES government (region_code),
    ticket            text NOT NULL CHECK (length(ticket) BETWEEN 1 AND 40),
    received_at       timestamptz NOT NULL,
    received_on       date NOT NULL,
    channel           text NOT NULL,
    kind              text NOT NULL,
    category          text NOT NULL,
    topic             text,
    kecamatan         text CHECK (kecamatan IS NULL OR kecamatan ~ '^[0-9]{7}$'),
    desa              text CHECK (desa IS NULL OR desa ~ '^[0-9]{10}$'),
    unit              text,
    status            text NOT NULL CHECK (status IN ('received', 'verified', 'in_progress', 'on_hold', 'resolved',
                                                      'closed', 'rejected', 'forwarded')),
    handed_over_on    date,
    first_response_on date,
    settled_on        date,
    reopen_count      integer NOT NULL CHECK (reopen_count >= 0),
    rating            integer CHECK (rating BETWEEN 1 AND 4),
    verify_due        date,
    respond_due       date,
    settle_due        date,
    PRIMARY KEY (region_code, ticket)
);
CREATE INDEX complaint_received ON complaint (region_code, received_on);

-- The states a complaint went through: from `valid_from` until `valid_to` (the next state's start;
-- infinity for the state it is in now) it stood so, and counted in a report as its standing says
-- (`ReportStanding`, decided by the regency's own rules). A report as of instant E reads the state
-- with valid_from < E <= valid_to.
CREATE TABLE complaint_state (
    region_code               text NOT NULL,
    ticket                    text NOT NULL,
    valid_from                timestamptz NOT NULL,
    valid_to                  timestamptz NOT NULL CHECK (valid_to > valid_from),
    status                    text NOT NULL CHECK (status IN ('received', 'verified', 'in_progress', 'on_hold',
                                                              'resolved', 'closed', 'rejected', 'forwarded')),
    unit                      text,
    cohort                    text NOT NULL CHECK (cohort IN ('rejected', 'forwarded', 'valid')),
    followed_up               boolean NOT NULL,
    followed_up_on_time       boolean NOT NULL,
    settled                   boolean NOT NULL,
    settled_on_time           boolean NOT NULL,
    closed_without_settlement boolean NOT NULL,
    reopened                  boolean NOT NULL,
    extended                  boolean NOT NULL,
    open                      boolean NOT NULL,
    -- What a standing can be (`ReportStanding`): nothing on time that did not happen, nothing
    -- counted of a rejected or forwarded complaint, never settled and closed unsettled at once.
    CHECK ((followed_up OR NOT followed_up_on_time) AND (settled OR NOT settled_on_time)
           AND (cohort = 'valid' OR NOT (followed_up OR settled OR closed_without_settlement OR reopened OR extended))
           AND NOT (settled AND closed_without_settlement)),
    PRIMARY KEY (region_code, ticket, valid_from),
    FOREIGN KEY (region_code, ticket) REFERENCES complaint (region_code, ticket) ON DELETE CASCADE
);
-- The backlog at an instant: the states open then, found by their span.
CREATE INDEX complaint_state_open ON complaint_state (region_code, valid_to) WHERE open;
