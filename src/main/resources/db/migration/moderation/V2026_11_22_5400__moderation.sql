-- Moderation (feature `moderation`): flags against the code of conduct, the queue, decisions and the record
-- of posts the posting limits count. Items are named by subject keys (comment:5, page:3/guides/x.md,
-- profile:7, post:12) owned by other features; accounts and communities are referred to by id only.
create schema if not exists moderation;

-- One entry of the queue per flagged item: however many people flag it, moderators see it once, with a
-- count. It closes with the first decision; a flag after that opens a new entry. What the item said when it
-- was last flagged is kept, so moderators judge what was flagged even after it was hidden or changed.
create table moderation.reports (
    id              bigserial   primary key,
    item            text        not null,
    community_id    bigint,                 -- null: not bound to a community (a profile), the administrators' queue
    author_id       bigint,
    author_name     text        not null default '',
    title           text        not null,
    excerpt         text        not null default '',
    link            text        not null,
    status          text        not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    outcome         text        check (outcome in ('DISMISSED', 'HIDDEN', 'RESTORED', 'WARNED', 'SUSPENDED', 'REMOVED')),
    opened_at       timestamptz not null default now(),
    last_flagged_at timestamptz not null default now(),
    closed_at       timestamptz,
    closed_by       bigint
);
create unique index reports_one_open_per_item on moderation.reports (item) where status = 'OPEN';
create index reports_open_by_community on moderation.reports (community_id, last_flagged_at desc) where status = 'OPEN';
create index reports_by_item on moderation.reports (item, id desc);

-- One flag per person per entry; flagging again changes one's reason and note.
create table moderation.flags (
    report_id   bigint      not null references moderation.reports (id) on delete cascade,
    flagger_id  bigint      not null,
    reason      text        not null check (reason in ('DISRESPECT', 'CONFIDENTIAL', 'INACCURATE', 'SPAM', 'SOLICITATION', 'OTHER')),
    note        text        not null default '',
    flagged_at  timestamptz not null default now(),
    primary key (report_id, flagger_id)
);
-- every flag a person made, for the per-person limit on flagging
create table moderation.flag_attempts (
    flagger_id  bigint      not null,
    at          timestamptz not null default now()
);
create index flag_attempts_by_person on moderation.flag_attempts (flagger_id, at);

-- Every decision, oldest first, never changed: dismissals, hiding and restoring, warnings (with the message
-- sent), suspensions and removals. report_id is null for a decision taken outside the queue (a moderator's
-- "Hide" under a comment).
create table moderation.decisions (
    id            bigserial   primary key,
    report_id     bigint      references moderation.reports (id),
    community_id  bigint,
    item          text,
    member_id     bigint,
    kind          text        not null check (kind in ('DISMISS', 'HIDE', 'RESTORE', 'WARN', 'SUSPEND', 'REMOVE')),
    reason        text        not null default '',
    days          int,
    decided_by    bigint      not null,
    decided_at    timestamptz not null default now()
);
create index decisions_by_item on moderation.decisions (item, id desc);
create index decisions_by_community on moderation.decisions (community_id, id desc);
create index decisions_by_member on moderation.decisions (member_id, id desc);

-- What each person posted and when (a comment, a discussion post), written in the transaction that stores
-- the post so that a rolled-back post is not counted: the posting limits count these rows.
create table moderation.posts (
    account_id    bigint      not null,
    community_id  bigint      not null,
    links         int         not null,
    at            timestamptz not null default now()
);
create index posts_by_account on moderation.posts (account_id, at);
