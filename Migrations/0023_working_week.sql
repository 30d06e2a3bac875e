-- A unit's working week: 5 days (Monday to Friday) as Perpres 21/2023 sets for civil servants, or,
-- for a unit that serves the public directly (article 7), 6 (Monday to Saturday) or 7 (every day,
-- holidays included). Its complaints' deadlines count on that week; every unit starts on five.
ALTER TABLE skpd ADD COLUMN working_week INTEGER NOT NULL DEFAULT 5 CHECK (working_week IN (5, 6, 7));
