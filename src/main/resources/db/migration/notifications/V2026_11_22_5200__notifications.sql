-- Notifications (feature `notifications`): in-app notices and the e-mails about them. Account and
-- community ids refer to other features' data by id only.
create schema if not exists notifications;

-- One row per activity that told at least one person: the text is stored once, not once per recipient.
-- `hidden` follows moderation (platform.activity.ContentHidden) for the exact item.
create table notifications.activities (
    id            bigint generated always as identity primary key,
    community_id  bigint      not null,
    kind          text        not null,
    actor_id      bigint,
    actor_name    text        not null,
    title         text        not null,
    excerpt       text        not null,
    link          text        not null,
    about         text        not null,
    item          text        not null,
    happened_at   timestamptz not null,
    hidden        boolean     not null default false
);
create index activities_by_item on notifications.activities (community_id, item);

-- One notice per person told. `mailing` is decided when it is stored: NONE (in the app only), IMMEDIATE
-- (queued in the outbox at once) or DIGEST (waits for the person's next digest; `digested_at` set when one
-- took it, whether or not it was still wanted then). `hidden` copies the activity's, so that the header's
-- unread count is one index look-up.
create table notifications.notices (
    id            bigint generated always as identity primary key,
    account_id    bigint      not null,
    activity_id   bigint      not null references notifications.activities (id) on delete cascade,
    community_id  bigint      not null,
    mailing       text        not null check (mailing in ('NONE', 'IMMEDIATE', 'DIGEST')),
    hidden        boolean     not null default false,
    read_at       timestamptz,
    digested_at   timestamptz,
    unique (account_id, activity_id)
);
create index notices_newest_first on notifications.notices (account_id, id desc) where not hidden;
create index notices_unread on notifications.notices (account_id) where read_at is null and not hidden;
create index notices_for_digest on notifications.notices (account_id, id) where mailing = 'DIGEST' and digested_at is null;
create index notices_by_activity on notifications.notices (activity_id);

-- A person's e-mail choice for every community (null: the server's default) and the digest slots they were
-- last sent (claimed row by row, so that several servers never send one person the same digest twice).
create table notifications.people (
    account_id      bigint primary key,
    default_choice  text check (default_choice in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')),
    daily_slot      timestamptz,
    weekly_slot     timestamptz
);

-- Overrides of the default for one community.
create table notifications.community_choices (
    account_id    bigint not null,
    community_id  bigint not null,
    choice        text   not null check (choice in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')),
    primary key (account_id, community_id)
);

-- The key that signs one-click unsubscribe links (HMAC-SHA256), made once by the first server that needs it.
create table notifications.signing_keys (
    id    int   primary key check (id = 1),
    key   bytea not null
);
