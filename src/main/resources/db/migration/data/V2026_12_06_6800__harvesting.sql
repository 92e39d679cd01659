-- Harvesting other portals (data.harvest, docs/open-data.md "Harvesting"): the sources a community's secretariat
-- registered, and the harvested datasets kept as datasets of that community (metadata only) with their origin, so that
-- the catalogue /data lists them beside the community's own, with an "origin" facet.
create table data.harvest_sources (
    id               bigserial   primary key,
    community_id     bigint      not null,
    -- the portal's name as the catalogue's origin facet shows it ("from <name>")
    name             text        not null,
    -- a CKAN action API's base (…/api/3/action) or a DCAT catalogue's address
    url              text        not null,
    kind             text        not null check (kind in ('CKAN', 'DCAT')),
    interval_minutes int         not null check (interval_minutes between 5 and 44640),
    created_by       bigint      not null,
    created_at       timestamptz not null,
    last_harvest_at  timestamptz,
    last_success_at  timestamptz,
    -- the last harvest's failure in the words it was told (null once a harvest succeeds)
    last_error       text,
    next_harvest_at  timestamptz not null,
    harvested        int         not null default 0,
    unique (community_id, url)
);
create index harvest_sources_due on data.harvest_sources (next_harvest_at);

alter table data.datasets
    add column harvest_source_id bigint references data.harvest_sources (id) on delete cascade,
    -- the dataset's id at its source (a CKAN package's id, a DCAT dataset's IRI), its page there, and the last
    -- harvest that saw it
    add column origin_id         text,
    add column origin_url        text,
    add column harvested_at      timestamptz;
create unique index datasets_harvested on data.datasets (harvest_source_id, origin_id)
    where harvest_source_id is not null;
