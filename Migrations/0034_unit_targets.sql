-- A unit's targets for a year, as its strategic plan (Renstra, five years, revised year by year)
-- sets its key performance indicators (IKU): the share of valid complaints settled, optionally the
-- share settled on time, and the converted IKM (25-100). One row per unit and year; at least one
-- target in it. Shares are kept in hundredths of a percent (9000 = 90 %), the IKM in hundredths
-- (8250 = 82.50), so that "met" is decided by whole numbers. source: where the figure comes from
-- ("Renstra 2021-2026, IKU 3"). Not a sealed table (see the README).
CREATE TABLE unit_target (
    skpd_id        INTEGER NOT NULL REFERENCES skpd (id),
    year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    settled_bp     INTEGER CHECK (settled_bp IS NULL OR settled_bp BETWEEN 0 AND 10000),
    on_time_bp     INTEGER CHECK (on_time_bp IS NULL OR on_time_bp BETWEEN 0 AND 10000),
    ikm_hundredths INTEGER CHECK (ikm_hundredths IS NULL OR ikm_hundredths BETWEEN 2500 AND 10000),
    source         TEXT    CHECK (source IS NULL OR length(source) BETWEEN 1 AND 200),
    set_at         TEXT    NOT NULL,
    CHECK (settled_bp IS NOT NULL OR on_time_bp IS NOT NULL OR ikm_hundredths IS NOT NULL),
    PRIMARY KEY (skpd_id, year)
) STRICT, WITHOUT ROWID;
