-- The community's policy for a member who closes their account and asks that their posts and comments be removed
-- (docs/identity.md "Closing an account"): false (the default) keeps them, shown as by "Former member"; true removes
-- their text, leaving "(removed at the author's request)" in its place.
alter table community.communities add column remove_contributions_on_close boolean not null default false;
