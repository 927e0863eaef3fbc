-- pathway module: the version of the milestone rules (sickleave.SickLeaveTimeline.RULES_VERSION) each pathway's
-- worklist milestone rows were last derived with. Every derivation (WorklistMaintenance.refreshMilestones) sets it
-- first, which also locks the row for the rest of its transaction (closing a pathway deletes its row: it has no
-- milestone rows left to keep current); at start-up, open pathways derived with an older version are derived again
-- in batches (WorklistRederiver, decision 0042). Pathways open now were derived before the version was recorded
-- (0), so they are derived again once.
CREATE TABLE worklist_milestone_rules (
  pathway_id    UUID    PRIMARY KEY REFERENCES pathway (id),
  rules_version INTEGER NOT NULL
);
CREATE INDEX worklist_milestone_rules_version_idx ON worklist_milestone_rules (rules_version);

INSERT INTO worklist_milestone_rules (pathway_id, rules_version) SELECT id, 0 FROM pathway WHERE state <> 'CLOSED';
