-- Full-text search (feature `search`): one row per searchable text, kept up to date by listeners on
-- content and comment changes, and rebuildable from them at any time.
create schema if not exists search;

-- Statistics vocabulary comes in many languages, often mixed on one page: no language's stemmer or stop
-- words fits all, so words are indexed as written ('simple'), lower-cased and without accents (unaccent),
-- so that "poblacion" finds "población" and "Zählung" finds "zahlung".
create extension if not exists unaccent schema search;
create text search configuration search.statcommons (copy = pg_catalog.simple);
alter text search configuration search.statcommons
    alter mapping for hword, hword_part, word with search.unaccent, simple;

-- kind: PAGE (a page as it is on main, for members), PUBLISHED (the published version, for everyone),
-- COMMENT (a visible comment, for members). title and body are plain text (Markdown rendered to text).
create table search.documents (
    id            bigserial primary key,
    community_id  bigint    not null,
    kind          text      not null check (kind in ('PAGE', 'PUBLISHED', 'COMMENT')),
    path          text      not null,
    comment_id    bigint,
    title         text      not null,
    body          text      not null,
    document      tsvector  generated always as (
                      setweight(to_tsvector('search.statcommons', title), 'A')
                      || setweight(to_tsvector('search.statcommons', body), 'B')) stored,
    check ((kind = 'COMMENT') = (comment_id is not null))
);
create unique index documents_of_pages on search.documents (community_id, kind, path) where kind <> 'COMMENT';
create unique index documents_of_comments on search.documents (comment_id) where kind = 'COMMENT';
create index documents_by_path on search.documents (community_id, path);
create index documents_text on search.documents using gin (document);

-- When the index was last rebuilt from scratch; empty until the first start after this migration.
create table search.rebuilds (
    id        bigserial   primary key,
    at        timestamptz not null default now(),
    documents bigint      not null
);
