-- Events entered late (issue 28): the report counts, per unit, the events of a period entered more
-- than a working day after the time they claim (`--at`, `--received`); LateEntry in KBKDomain
-- decides with the unit's calendar. Such an event was entered more than 24 hours after its claimed
-- time (its two days are two calendar days apart at least), and those are few: this index holds
-- only them, so the report finds them without reading every event of the period. The report's
-- query repeats this condition word for word, which is what lets SQLite use the index.
CREATE INDEX complaint_event_entered_late ON complaint_event (at)
    WHERE entered_at IS NOT NULL AND julianday(entered_at) - julianday(at) > 1;
