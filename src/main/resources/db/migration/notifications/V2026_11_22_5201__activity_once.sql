-- The same activity event delivered again (the event publication registry republishes one whose completion was
-- not recorded) is stored once, and its notices and e-mails are not repeated.
create unique index activities_once on notifications.activities (community_id, kind, item, happened_at);
