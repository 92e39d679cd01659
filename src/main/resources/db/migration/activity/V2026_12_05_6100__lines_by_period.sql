-- The annual progress report counts a community's lines by kind and by month over a period (up to a million lines
-- over five years): one range of this index, read alone (an index-only scan), hidden items left out by the item and
-- the subject it carries.
create index lines_by_period on activity.lines (community_id, at) include (kind, item, about);
