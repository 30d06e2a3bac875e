-- Disposition (disposisi): a unit's admin hands a complaint to one of the unit's officials, who then
-- acts on it. The complaint keeps who has it now (by login, as events name their actors); the
-- assignment event keeps who it went to, so reassigning keeps the history.
ALTER TABLE complaint ADD COLUMN assigned_to TEXT
    CHECK (assigned_to IS NULL OR length(assigned_to) BETWEEN 1 AND 32);
ALTER TABLE complaint_event ADD COLUMN assignee TEXT
    CHECK (assignee IS NULL OR length(assignee) BETWEEN 1 AND 32);

CREATE INDEX complaint_assigned ON complaint (assigned_to) WHERE assigned_to IS NOT NULL;
