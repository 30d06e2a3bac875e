-- The province's report for 2025 written by hand on kbk-province's tables, as a database
-- administrator would ask PostgreSQL for the same figures: each complaint received in the period in
-- the state whose span holds its government's period end, and the states open then, each set made
-- once into a temporary table, then one plain GROUP BY per grouping. (As views, read again for
-- each grouping, the same statements took 12.9 s at 1.75 million complaints.) bench/province.sh times it with psql against
-- `kbk-province report --period 2025 --format json`, and province-check.py compares every figure.
\set from '2025-01-01'
\set to '2025-12-31'
CREATE TEMP VIEW period_end AS
    SELECT region_code, ((DATE :'to' + 1)::timestamp - utc_offset) AT TIME ZONE 'UTC' AS at FROM government;
CREATE TEMP TABLE cohort AS
    SELECT c.region_code, c.topic, u.kind, s.cohort, s.followed_up, s.followed_up_on_time, s.settled,
           s.settled_on_time, s.closed_without_settlement
    FROM period_end e
    JOIN complaint c ON c.region_code = e.region_code AND c.received_on BETWEEN :'from' AND :'to'
    JOIN complaint_state s ON s.region_code = c.region_code AND s.ticket = c.ticket
         AND s.valid_from < e.at AND s.valid_to >= e.at
    LEFT JOIN unit u ON u.region_code = s.region_code AND u.code = s.unit;
CREATE TEMP TABLE backlog AS
    SELECT s.region_code, c.topic, u.kind
    FROM period_end e
    JOIN complaint_state s ON s.region_code = e.region_code AND s.open AND s.valid_to >= e.at AND s.valid_from < e.at
    JOIN complaint c ON c.region_code = s.region_code AND c.ticket = s.ticket AND c.received_at < e.at
    LEFT JOIN unit u ON u.region_code = s.region_code AND u.code = s.unit;

\pset format unaligned
\pset fieldsep ','
\pset tuples_only on
SELECT 'summary', '', count(*), count(*) FILTER (WHERE cohort = 'rejected'), count(*) FILTER (WHERE cohort = 'forwarded'),
       count(*) FILTER (WHERE followed_up), count(*) FILTER (WHERE followed_up_on_time), count(*) FILTER (WHERE settled),
       count(*) FILTER (WHERE settled_on_time), count(*) FILTER (WHERE closed_without_settlement)
FROM cohort;
SELECT 'governments', region_code, count(*), count(*) FILTER (WHERE cohort = 'rejected'),
       count(*) FILTER (WHERE cohort = 'forwarded'), count(*) FILTER (WHERE followed_up),
       count(*) FILTER (WHERE followed_up_on_time), count(*) FILTER (WHERE settled),
       count(*) FILTER (WHERE settled_on_time), count(*) FILTER (WHERE closed_without_settlement)
FROM cohort GROUP BY region_code;
SELECT 'unit_kinds', coalesce(kind, ''), count(*), count(*) FILTER (WHERE cohort = 'rejected'),
       count(*) FILTER (WHERE cohort = 'forwarded'), count(*) FILTER (WHERE followed_up),
       count(*) FILTER (WHERE followed_up_on_time), count(*) FILTER (WHERE settled),
       count(*) FILTER (WHERE settled_on_time), count(*) FILTER (WHERE closed_without_settlement)
FROM cohort GROUP BY kind;
SELECT 'topics', coalesce(topic, ''), count(*), count(*) FILTER (WHERE cohort = 'rejected'),
       count(*) FILTER (WHERE cohort = 'forwarded'), count(*) FILTER (WHERE followed_up),
       count(*) FILTER (WHERE followed_up_on_time), count(*) FILTER (WHERE settled),
       count(*) FILTER (WHERE settled_on_time), count(*) FILTER (WHERE closed_without_settlement)
FROM cohort GROUP BY topic;
SELECT 'backlog_summary', '', count(*) FROM backlog;
SELECT 'backlog_governments', region_code, count(*) FROM backlog GROUP BY region_code;
SELECT 'backlog_unit_kinds', coalesce(kind, ''), count(*) FROM backlog GROUP BY kind;
SELECT 'backlog_topics', coalesce(topic, ''), count(*) FROM backlog GROUP BY topic;
