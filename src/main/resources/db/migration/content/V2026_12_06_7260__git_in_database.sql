-- Git repositories of spaces and courses kept in PostgreSQL (statcommons.content.storage=database): JGit's DFS
-- storage, packs as files in chunks and refs as rows, so that several servers on one database share them.
-- Unused (empty) with the default file storage.

-- generation moves with every pack committed and every ref moved, so that a server finds out with one look
-- whether what it holds in memory of a repository is still current
create table content.git_repositories (
    key        bigint primary key,
    generation bigint not null default 0
);

-- the packs a repository lists; a pack a repack replaced keeps its row (replaced_at) for a grace period, so that a
-- reader that listed it just before can still open it. Forks list the same pack (objects shared, not copied).
create table content.git_packs (
    repository    bigint not null references content.git_repositories (key) on delete cascade,
    pack          text   not null,
    source        text   not null,
    last_modified bigint not null,
    object_count  bigint not null,
    delta_count   bigint not null,
    index_version int    not null,
    extensions    text[] not null,
    sizes         bigint[] not null,
    replaced_at   timestamptz,
    primary key (repository, pack)
);
create index git_packs_by_pack on content.git_packs (pack);

-- the files of packs (pack, idx, bitmap…) in chunks of 1 MiB, stored uncompressed (pack data is compressed
-- already) and out of line, so that reading a block of a chunk reads only that block
create table content.git_pack_chunks (
    pack       text    not null,
    extension  text    not null,
    chunk      int     not null,
    data       bytea   not null,
    written_at timestamptz not null default now(),
    primary key (pack, extension, chunk)
);
alter table content.git_pack_chunks alter column data set storage external;

-- a ref names an object, or another ref (symbolic: HEAD -> refs/heads/main)
create table content.git_refs (
    repository bigint not null references content.git_repositories (key) on delete cascade,
    name       text   not null,
    object_id  text,
    target     text,
    primary key (repository, name),
    check ((object_id is null) <> (target is null))
);
