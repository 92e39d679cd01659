-- A moderator may hide a whole thing (a discussion, a page): the notices about it go with it.
create index activities_by_about on notifications.activities (community_id, about);
