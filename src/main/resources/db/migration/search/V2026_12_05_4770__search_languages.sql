-- Search per language (docs/content.md, "Search"): a page that says its language is indexed with PostgreSQL's
-- stemming configuration for that language, after unaccent as everything else, so that "recensement" finds
-- "recensements" in a French page. Everything else keeps search.statcommons ('simple' after unaccent).
-- The embedded PostgreSQL (17) has the Snowball stemmers of all five: english, french, spanish, russian, arabic.
-- One configuration per language, made alike: search.statcommons_<code> copies PostgreSQL's own and puts unaccent
-- before its stemmer.
do $$
declare
    language record;
begin
    for language in select * from (values ('en', 'english'), ('fr', 'french'), ('es', 'spanish'),
                                          ('ru', 'russian'), ('ar', 'arabic')) as l(code, name) loop
        execute format('create text search configuration search.%I (copy = pg_catalog.%I)',
                       'statcommons_' || language.code, language.name);
        execute format('alter text search configuration search.%I alter mapping for hword, hword_part, word '
                       'with search.unaccent, pg_catalog.%I', 'statcommons_' || language.code, language.name || '_stem');
    end loop;
end
$$;

-- language: the page's language as its primary subtag ('fr', 'zh'), '' when not known (comments, posts, pages
-- that do not say). config: the text-search configuration its words are indexed with.
alter table search.documents
    add column language text     not null default '',
    add column config   regconfig not null default 'search.statcommons';

drop index search.documents_text;
drop index search.documents_published_text;
alter table search.documents drop column document;
alter table search.documents add column document tsvector generated always as (
    setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, body), 'B')) stored;
create index documents_text on search.documents using gin (document);
create index documents_published_text on search.documents using gin (document) where kind = 'PUBLISHED';

-- Chinese is written without spaces between words: every text-search parser takes a run of characters as one
-- word, so a two-character word inside a sentence is never found that way. Chinese pages are searched by
-- characters instead: pg_trgm (shipped with the embedded PostgreSQL) indexes their character trigrams, and a query
-- term is looked for as a substring (LIKE '%统计%'); terms of three characters or more are found through the
-- index, shorter ones by reading the Chinese documents alone.
create extension if not exists pg_trgm schema search;
create index documents_chinese on search.documents
    using gin ((title || ' ' || body) search.gin_trgm_ops) where language = 'zh';
