-- When true, plain members may edit the community's pages directly instead of proposing changes.
alter table community.communities add column members_edit_directly boolean not null default false;
