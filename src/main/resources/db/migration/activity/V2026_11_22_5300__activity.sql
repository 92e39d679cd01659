create schema if not exists activity;

-- The community's activity stream: a copy of every Activity event that someone besides its audience may see
-- (visibility PUBLIC or MEMBERS). Written only by the listener; the same event delivered twice (after a
-- restart) is recorded once.
create table activity.lines (
    id            bigint generated always as identity primary key,
    community_id  bigint      not null,
    kind          text        not null,
    actor_id      bigint,
    actor_name    text        not null,
    title         text        not null,
    excerpt       text        not null default '',
    link          text        not null,
    visibility    text        not null check (visibility in ('PUBLIC', 'MEMBERS')),
    about         text        not null,
    item          text        not null,
    at            timestamptz not null,
    recorded_at   timestamptz not null default now(),
    unique (community_id, kind, item, at)
);
create index lines_stream on activity.lines (community_id, at desc, id desc);
create index lines_item on activity.lines (community_id, item);

-- Items a moderator hid: their lines are left out of the stream, the feed and the API until restored. Kept
-- apart from the lines so that a line recorded after the hiding is hidden too.
create table activity.hidden_items (
    community_id  bigint      not null,
    item          text        not null,
    hidden_at     timestamptz not null default now(),
    primary key (community_id, item)
);
