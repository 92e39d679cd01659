-- Comments on pages (feature `comments`). A thread belongs to a page of a community's space by path; the
-- path follows the page when it moves. Account and community ids refer to other features' data by id only.
create schema if not exists comments;

create table comments.threads (
    id            bigserial   primary key,
    community_id  bigint      not null,
    page_path     text        not null,
    started_by    bigint      not null,
    started_at    timestamptz not null default now(),
    resolved_at   timestamptz,
    resolved_by   bigint
);
create index threads_by_page on comments.threads (community_id, page_path);

-- One comment of a thread, oldest first. A deleted comment keeps its row (the thread's placeholder) but not
-- its text; a hidden one keeps its text for the record but nobody is shown it.
create table comments.comments (
    id            bigserial   primary key,
    thread_id     bigint      not null references comments.threads (id) on delete cascade,
    author_id     bigint      not null,
    body          text        not null,
    created_at    timestamptz not null default now(),
    edited_at     timestamptz,
    deleted_at    timestamptz,
    hidden_at     timestamptz,
    hidden_by     bigint
);
create index comments_by_thread on comments.comments (thread_id, id);

-- Members named in a comment (@handle), for notifications later.
create table comments.mentions (
    comment_id    bigint not null references comments.comments (id) on delete cascade,
    account_id    bigint not null,
    primary key (comment_id, account_id)
);
create index mentions_by_account on comments.mentions (account_id);
