-- pathway module: a statutory milestone due after the last registered sick day is relevant only while the leave
-- lasts. The worklist leaves such a row out from the day after relevant_until (the person is back at work), without
-- waiting for a change to refresh it. NULL: relevant until done.
ALTER TABLE worklist_item ADD COLUMN relevant_until DATE;
