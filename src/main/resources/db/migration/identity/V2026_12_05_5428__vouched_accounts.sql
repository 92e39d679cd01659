-- When someone the community knows vouched for the account: it was created from an invitation (or by an
-- administrator's set-up), or its owner accepted a community's invitation or had a membership request approved.
-- Such accounts skip the limits for new accounts of open sign-up (moderation's PostingLimits).
alter table identity.accounts add column vouched_at timestamptz;
