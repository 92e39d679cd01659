-- Page saves the save limits count (moderation.SaveLimiter): one row per save a person made, kept for the
-- longest window (an hour); the knowledge spaces record them in the saving transaction.
create table moderation.saves (
    account_id    bigint      not null,
    community_id  bigint      not null,
    at            timestamptz not null default now()
);

create index saves_by_account on moderation.saves (account_id, at);
