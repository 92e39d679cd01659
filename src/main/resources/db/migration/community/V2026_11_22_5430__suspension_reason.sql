-- Why a member is suspended, shown to them with the date it ends.
alter table community.memberships add column suspension_reason text;
