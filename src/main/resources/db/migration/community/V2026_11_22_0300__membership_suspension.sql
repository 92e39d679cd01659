-- A moderator may suspend a member for a time: they keep reading and lose everything else until then.
alter table community.memberships add column suspended_until timestamptz;
