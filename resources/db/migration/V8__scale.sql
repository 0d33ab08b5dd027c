-- Nghị Sự V8 (scale): indexes the dashboard needs at a province's size (100,000 action items).
-- SQL that both H2 2.x and PostgreSQL accept.

-- "Done this month": equality on status, range on the completion day, so only this month's rows are read
-- (with the status-only or date-only index H2 read every done item).
CREATE INDEX action_item_done_idx ON action_item (status, completed_on);
