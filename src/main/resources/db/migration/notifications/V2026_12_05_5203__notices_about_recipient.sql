-- A notice of a decision about its recipient (membership, moderation) is theirs to read even once they can no
-- longer see the community; every other notice is shown only while they may see the community's members' area,
-- asked of the policy when they read (notifications.Reader). The unread count then looks at the community too,
-- so the partial index for it holds the community beside the account.
alter table notifications.notices add column about_recipient boolean not null default false;
update notifications.notices n set about_recipient = true
  from notifications.activities a
 where a.id = n.activity_id and a.kind in ('MEMBERSHIP_DECISION', 'MODERATION_DECISION');
drop index notifications.notices_unread;
create index notices_unread on notifications.notices (account_id, community_id) where read_at is null and not hidden;
