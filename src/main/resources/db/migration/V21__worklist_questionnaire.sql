-- pathway module: questionnaire rounds that are due appear on the coordinator's worklist.
ALTER TABLE worklist_item DROP CONSTRAINT worklist_item_kind_check;
ALTER TABLE worklist_item ADD CONSTRAINT worklist_item_kind_check CHECK (kind IN ('TASK', 'MILESTONE', 'QUESTIONNAIRE'));
