-- Discussions (feature `discussions`): threads per community, optionally in one of its topic groups, with
-- their posts. Account, community and topic-group ids refer to other features' data by id only.
create schema if not exists discussions;

-- A thread. last_activity_at orders the list (newest activity first); answer_post_id is the reply marked as
-- the answer (a post of this thread).
create table discussions.threads (
    id                bigserial   primary key,
    community_id      bigint      not null,
    topic_group_id    bigint,
    title             text        not null,
    started_by        bigint      not null,
    started_at        timestamptz not null default now(),
    last_activity_at  timestamptz not null default now(),
    closed_at         timestamptz,
    closed_by         bigint,
    pinned_at         timestamptz,
    pinned_by         bigint,
    answer_post_id    bigint,
    answer_marked_by  bigint
);
create index threads_by_activity on discussions.threads (community_id, last_activity_at desc, id desc);
create index threads_by_topic_group on discussions.threads (community_id, topic_group_id, last_activity_at desc, id desc);

-- One post of a thread, the opening post first. version counts edits (optimistic concurrency: an edit names
-- the version it started from). A deleted post keeps its row (a placeholder) but not its text; a hidden one
-- keeps its text for moderators and the record. quotes_post_id: the post it quoted, if any.
create table discussions.posts (
    id              bigserial   primary key,
    thread_id       bigint      not null references discussions.threads (id) on delete cascade,
    author_id       bigint      not null,
    body            text        not null,
    quotes_post_id  bigint,
    version         int         not null default 1,
    created_at      timestamptz not null default now(),
    edited_at       timestamptz,
    deleted_at      timestamptz,
    hidden_at       timestamptz
);
create index posts_by_thread on discussions.posts (thread_id, id);
alter table discussions.threads add constraint threads_answer foreign key (answer_post_id)
    references discussions.posts (id) on delete set null;

-- Earlier versions of a post, kept when it is edited or deleted: the text (and, for an opening post, the
-- thread's title) as it was in that version.
create table discussions.post_versions (
    post_id     bigint      not null references discussions.posts (id) on delete cascade,
    version     int         not null,
    title       text,
    body        text        not null,
    written_at  timestamptz not null,
    replaced_at timestamptz not null default now(),
    primary key (post_id, version)
);

-- Members named in a post (@"Display Name").
create table discussions.mentions (
    post_id     bigint not null references discussions.posts (id) on delete cascade,
    account_id  bigint not null,
    primary key (post_id, account_id)
);

-- Who follows a thread (told of every reply) or muted it (told of nothing, mentions included). No row:
-- told only when mentioned. Authors and repliers follow automatically unless they muted the thread.
create table discussions.subscriptions (
    thread_id   bigint      not null references discussions.threads (id) on delete cascade,
    account_id  bigint      not null,
    state       text        not null check (state in ('FOLLOWING', 'MUTED')),
    since       timestamptz not null default now(),
    primary key (thread_id, account_id)
);
