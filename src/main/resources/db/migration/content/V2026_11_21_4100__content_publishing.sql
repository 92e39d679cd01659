-- Pages made public: one chosen version (commit and blob) per page path, readable by anyone at
-- /c/{community}/p/{path}. Later edits stay private until published again.
create table content.publications (
    community_id  bigint      not null references content.spaces (community_id) on delete cascade,
    path          text        not null,
    title         text        not null,
    commit_id     text        not null check (commit_id ~ '^[0-9a-f]{40}$'),
    blob_id       text        not null check (blob_id ~ '^[0-9a-f]{40}$'),
    published_at  timestamptz not null,
    published_by  text        not null,
    primary key (community_id, path)
);

-- Every publish and unpublish, newest last: the Atom feed of published changes, and the stamp that
-- invalidates cached public pages (their links depend on what else is published).
create table content.publication_events (
    id            bigserial   primary key,
    community_id  bigint      not null references content.spaces (community_id) on delete cascade,
    path          text        not null,
    title         text        not null,
    commit_id     text,
    published     boolean     not null,
    at            timestamptz not null default now()
);
create index publication_events_by_space on content.publication_events (community_id, id desc);

-- Views per page and day, counted without anything about the reader (no address, account or cookie).
create table content.page_views (
    community_id  bigint not null references content.spaces (community_id) on delete cascade,
    path          text   not null,
    day           date   not null,
    views         bigint not null,
    primary key (community_id, path, day)
);
