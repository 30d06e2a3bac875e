-- The sqlite3 shell's side of the report benchmark: every complaint section of `kbk report` that
-- counts rows, for one year (:from, :to as 'YYYY-MM-DD'; :end the instant after the period, as
-- 'YYYY-MM-DDTHH:MM:SSZ'), hand-written from the complaint rows: the summary, units, categories,
-- channels, topics, months (the trend) and the open backlog at the period's end. Valid for a
-- database whose complaints have no events after the period's end (what the benchmark loads), where
-- the rows are the state at the end. What it does not compute: the medians and 90th percentiles of
-- working days (SQL has no working-day calendar; kbk counts each unit's) and the backlog's ages in
-- working days. run.sh checks that every count and average here equals kbk's JSON.
--
-- The figures of a group, as kbk defines them (docs/REPORTS.md): a rejected or forwarded complaint
-- counts only as received and as such; a settlement is a resolution on record of a complaint
-- resolved or closed; a rating counts when the complaint is closed.
-- The period's complaints are read once into a temporary table, as kbk reads them once. Each
-- grouping then has a statement of its own with the same figures: one statement grouping every
-- row six times over (a CROSS JOIN with the section names) gives the same 1,453 figures but takes
-- 1.5× as long (857 against 564 ms at 200,000), and the baseline is to be the engine at its best.
CREATE TEMP TABLE figures AS
SELECT c.skpd_id, c.category, c.channel, c.topic, c.received_on, c.status, c.first_response_on,
       c.first_response_on_time, c.settled_on_time, c.reopen_count, c.extended_days, c.rating,
       c.status NOT IN ('rejected', 'forwarded') AS is_valid,
       c.status IN ('resolved', 'closed') AND c.resolved_on IS NOT NULL AS is_settled
FROM complaint c
WHERE c.received_on BETWEEN :from AND :to;

SELECT 'summary' AS section, NULL AS key, count(*) AS received, sum(status = 'rejected') AS rejected,
       sum(status = 'forwarded') AS forwarded, sum(is_valid) AS valid,
       sum(is_valid AND first_response_on IS NOT NULL) AS followed_up,
       sum(is_valid AND first_response_on IS NOT NULL AND first_response_on_time = 1) AS followed_up_on_time,
       sum(is_valid AND is_settled) AS settled, sum(is_valid AND is_settled AND settled_on_time = 1) AS settled_on_time,
       sum(is_valid AND NOT is_settled AND status = 'closed') AS closed_without_settlement,
       sum(is_valid AND reopen_count > 0) AS reopened, sum(is_valid AND extended_days > 0) AS extended,
       avg(CASE WHEN is_valid AND status = 'closed' THEN rating END) AS average_rating
FROM figures;

SELECT 'units', u.code, count(*), sum(status = 'rejected'), sum(status = 'forwarded'), sum(is_valid),
       sum(is_valid AND first_response_on IS NOT NULL),
       sum(is_valid AND first_response_on IS NOT NULL AND first_response_on_time = 1),
       sum(is_valid AND is_settled), sum(is_valid AND is_settled AND settled_on_time = 1),
       sum(is_valid AND NOT is_settled AND status = 'closed'), sum(is_valid AND reopen_count > 0),
       sum(is_valid AND extended_days > 0), avg(CASE WHEN is_valid AND status = 'closed' THEN rating END)
FROM figures f JOIN skpd u ON u.id = f.skpd_id GROUP BY u.code;

SELECT 'categories', category, count(*), sum(status = 'rejected'), sum(status = 'forwarded'), sum(is_valid),
       sum(is_valid AND first_response_on IS NOT NULL),
       sum(is_valid AND first_response_on IS NOT NULL AND first_response_on_time = 1),
       sum(is_valid AND is_settled), sum(is_valid AND is_settled AND settled_on_time = 1),
       sum(is_valid AND NOT is_settled AND status = 'closed'), sum(is_valid AND reopen_count > 0),
       sum(is_valid AND extended_days > 0), avg(CASE WHEN is_valid AND status = 'closed' THEN rating END)
FROM figures GROUP BY category;

SELECT 'channels', channel, count(*), sum(status = 'rejected'), sum(status = 'forwarded'), sum(is_valid),
       sum(is_valid AND first_response_on IS NOT NULL),
       sum(is_valid AND first_response_on IS NOT NULL AND first_response_on_time = 1),
       sum(is_valid AND is_settled), sum(is_valid AND is_settled AND settled_on_time = 1),
       sum(is_valid AND NOT is_settled AND status = 'closed'), sum(is_valid AND reopen_count > 0),
       sum(is_valid AND extended_days > 0), avg(CASE WHEN is_valid AND status = 'closed' THEN rating END)
FROM figures GROUP BY channel;

SELECT 'topics', topic, count(*), sum(status = 'rejected'), sum(status = 'forwarded'), sum(is_valid),
       sum(is_valid AND first_response_on IS NOT NULL),
       sum(is_valid AND first_response_on IS NOT NULL AND first_response_on_time = 1),
       sum(is_valid AND is_settled), sum(is_valid AND is_settled AND settled_on_time = 1),
       sum(is_valid AND NOT is_settled AND status = 'closed'), sum(is_valid AND reopen_count > 0),
       sum(is_valid AND extended_days > 0), avg(CASE WHEN is_valid AND status = 'closed' THEN rating END)
FROM figures GROUP BY topic;

SELECT 'trend', substr(received_on, 1, 7), count(*), sum(status = 'rejected'), sum(status = 'forwarded'),
       sum(is_valid), sum(is_valid AND first_response_on IS NOT NULL),
       sum(is_valid AND first_response_on IS NOT NULL AND first_response_on_time = 1),
       sum(is_valid AND is_settled), sum(is_valid AND is_settled AND settled_on_time = 1),
       sum(is_valid AND NOT is_settled AND status = 'closed'), sum(is_valid AND reopen_count > 0),
       sum(is_valid AND extended_days > 0), avg(CASE WHEN is_valid AND status = 'closed' THEN rating END)
FROM figures GROUP BY substr(received_on, 1, 7);

-- The backlog at the end: every complaint received before it and open at it, whenever received.
SELECT 'backlog', NULL, count(*) FROM complaint
WHERE status IN ('received', 'verified', 'in_progress', 'on_hold') AND received_at < :end;
