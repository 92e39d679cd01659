-- A message's place in the batch it was queued with (1 for a message queued alone). The sender takes the messages due
-- by place, then by age: a batch of thousands (a newsletter, an announcement to every account) is interleaved with
-- every other batch and message instead of going first, so that a sign-in link or an invitation queued behind it waits
-- for one message of each batch under way, not for the whole newsletter.
alter table mail.outbox add column place int not null default 1;
create index outbox_pending_by_place on mail.outbox (place, id) where status = 'PENDING';
