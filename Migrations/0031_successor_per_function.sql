-- A successor per function (issue 29). A unit split across two new units hands each of its
-- functions to one of them: a complaint category (its open complaints of that category go there)
-- or a section (seksi, subbidang, subbagian; a KBK group's section). `successor_id` stays the
-- default successor, for whatever no route names. The routes are written with the deactivation,
-- one per line as `category:CODE=UNIT` or `section:NAME=UNIT`, sorted, and kept on the unit's own
-- row so that its seal (migration 0027) covers them: `row_seal` admits a fixed list of tables.
-- Unit codes never change, so a route's successor stays the unit it named.
ALTER TABLE skpd ADD COLUMN successor_routes TEXT
    CHECK (successor_routes IS NULL
           OR (length(successor_routes) BETWEEN 1 AND 20000 AND deactivated_on IS NOT NULL));
