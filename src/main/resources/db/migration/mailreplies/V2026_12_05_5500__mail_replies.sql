create schema if not exists mailreplies;

-- Reply-by-e-mail addresses: reply+<secret>@<reply domain>, one per notification e-mail, each for one person and
-- one thing they may answer (subject "thread:12" or "comment:40"). Only the secret's SHA-256 is kept, as for
-- every other secret; revoked_at set means a reply to it bounces.
create table mailreplies.addresses (
    id           bigint generated always as identity primary key,
    token_hash   bytea       not null unique,
    account_id   bigint      not null,
    community_id bigint      not null,
    subject      text        not null,
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz
);
create index addresses_of_account on mailreplies.addresses (account_id) where revoked_at is null;

-- Every reply that came in, stored before it is handled, so that a server stopped mid-way loses none: handled
-- once (RECEIVED, then POSTED, BOUNCED or DROPPED in the transaction of the post or the bounce), and taken once
-- whatever the mailbox hands over again (unique Message-ID). raw is null for a message refused for its size.
create table mailreplies.inbound (
    id          bigint generated always as identity primary key,
    message_id  text        not null unique,
    sender      text,
    raw         bytea,
    status      text        not null default 'RECEIVED'
                    check (status in ('RECEIVED', 'POSTED', 'BOUNCED', 'DROPPED')),
    note        text,
    -- handlings that failed unexpectedly (not a refusal): after five the reply waits for an administrator
    failures    int         not null default 0,
    received_at timestamptz not null default now(),
    handled_at  timestamptz
);
create index inbound_waiting on mailreplies.inbound (id) where status = 'RECEIVED';
