create schema if not exists content;

-- One row per community space. indexed_commit is the commit of refs/heads/main that the index below
-- describes; the row is locked (select ... for update) by every writer, so writes to one space run one at
-- a time, and a mismatch with the real ref (after a crash between ref move and commit) is repaired by
-- re-indexing from Git.
create table content.spaces (
    community_id    bigint      primary key,
    indexed_commit  text        check (indexed_commit ~ '^[0-9a-f]{40}$'),
    commit_count    bigint      not null default 0,
    created_at      timestamptz not null default now(),
    indexed_at      timestamptz not null default now()
);

-- Commits on main's first-parent line, numbered from 1 (seq) so that history pages by an index range.
create table content.commits (
    community_id  bigint      not null references content.spaces (community_id) on delete cascade,
    seq           bigint      not null,
    id            text        not null check (id ~ '^[0-9a-f]{40}$'),
    parent_id     text,
    author_name   text        not null,
    author_email  text        not null,
    authored_at   timestamptz not null,
    summary       text        not null,
    primary key (community_id, seq),
    unique (community_id, id)
);

-- The paths each commit changed against its first parent: A added, M modified, D deleted, R renamed from
-- old_path (the old path then also has a D row in the same commit).
create table content.commit_paths (
    community_id  bigint not null,
    seq           bigint not null,
    path          text   not null,
    change        char(1) not null check (change in ('A', 'M', 'D', 'R')),
    old_path      text,
    primary key (community_id, path, seq),
    foreign key (community_id, seq) references content.commits (community_id, seq) on delete cascade
);
create index commit_paths_by_commit on content.commit_paths (community_id, seq);
create index commit_paths_renamed_from on content.commit_paths (community_id, old_path) where change = 'R';

-- The pages on main now: the page tree, titles and "recently changed" come from here.
create table content.pages (
    community_id   bigint      not null references content.spaces (community_id) on delete cascade,
    path           text        not null,
    title          text        not null,
    blob_id        text        not null check (blob_id ~ '^[0-9a-f]{40}$'),
    latest_seq     bigint      not null,
    latest_commit  text        not null check (latest_commit ~ '^[0-9a-f]{40}$'),
    changed_at     timestamptz not null,
    primary key (community_id, path)
);
create index pages_recent on content.pages (community_id, latest_seq desc);
