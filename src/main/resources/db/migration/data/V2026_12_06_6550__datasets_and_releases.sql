-- Open data (feature `data`, docs/open-data.md): datasets with their DCAT-AP 3 metadata, and their releases (immutable
-- versions). Community, organisation, page and account ids refer to other features' data by id only.
create schema if not exists data;

create table data.datasets (
    id                   bigserial   primary key,
    community_id         bigint      not null,
    -- one of the community's member organisations (organisations feature), when it rather than the community publishes
    organisation_id      bigint,
    publisher_name       text        not null,
    title                text        not null,
    description          text        not null default '',
    keywords             text[]      not null default '{}',
    -- EU Data Theme vocabulary codes (AGRI, ECON, …)
    themes               text[]      not null default '{}',
    -- SDG codes: goals ("1"), targets ("1.2") and indicators ("1.2.1"); sdg_goals are their goals, for the facet
    sdg_codes            text[]      not null default '{}',
    sdg_goals            int[]       not null default '{}',
    contact_name         text        not null default '',
    contact_email        text        not null default '',
    temporal_start       date,
    temporal_end         date,
    -- ISO 3166-1 alpha-2 codes
    countries            text[]      not null default '{}',
    -- EU frequency vocabulary code (ANNUAL, MONTHLY, …); null when not stated
    frequency            text,
    licence              text        not null default 'CC-BY-4.0',
    access_rights        text        not null default 'PUBLIC' check (access_rights in ('PUBLIC', 'RESTRICTED', 'NON_PUBLIC')),
    conforms_to          text[]      not null default '{}',
    provenance           text        not null default '',
    -- a page of the community's space (content feature), by its path
    methodology_page     text,
    quality_statement    text        not null default '',
    -- citizen-generated data (seed 001)
    producer_type        text        not null default 'STATISTICAL_OFFICE',
    collection_method    text        not null default '',
    -- the quality assessment: 1 (poor) to 5 (excellent) per dimension, null when not assessed
    quality_relevance        smallint check (quality_relevance between 1 and 5),
    quality_accuracy         smallint check (quality_accuracy between 1 and 5),
    quality_timeliness       smallint check (quality_timeliness between 1 and 5),
    quality_coherence        smallint check (quality_coherence between 1 and 5),
    quality_accessibility    smallint check (quality_accessibility between 1 and 5),
    quality_interpretability smallint check (quality_interpretability between 1 and 5),
    -- the open-data checklist's score (0..8), computed by the feature (OpenDataChecklist) whenever the dataset or one
    -- of its releases changes, kept here only so that the catalogue can count and filter by it
    checklist_score      smallint    not null default 0,
    -- when its first release became or becomes public (null: never released): the catalogue shows the dataset once
    -- this instant has passed, so that an embargo needs no job to lift it
    public_from          timestamptz,
    created_by           bigint      not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    -- title, description and keywords, for the catalogue's text search: written with them by the feature
    search               tsvector    not null default ''::tsvector
);
create index datasets_by_community on data.datasets (community_id, updated_at desc);
create index datasets_public on data.datasets (public_from desc, id desc) where public_from is not null;
create index datasets_search on data.datasets using gin (search);
create index datasets_themes on data.datasets using gin (themes);
create index datasets_sdg_goals on data.datasets using gin (sdg_goals);
create index datasets_countries on data.datasets using gin (countries);

-- A release: an immutable version of a dataset. Its state follows from its instants: a draft has no released_at; a
-- release whose released_at lies ahead is scheduled (embargoed); one whose released_at has passed is released.
create table data.releases (
    id                 bigserial   primary key,
    dataset_id         bigint      not null references data.datasets (id) on delete cascade,
    number             int         not null check (number > 0),
    changelog          text        not null default '',
    -- when it becomes public; set when a reviewer releases (now) or schedules it (an announced instant ahead)
    released_at        timestamptz,
    -- whether it was announced ahead on the release calendar
    scheduled          boolean     not null default false,
    released_by        bigint,
    released_by_name   text,
    -- the data part (data.ingest): its upload's structure was confirmed and its validation found no problem
    data_confirmed     boolean     not null default false,
    -- the disclosure check (data.disclosure) passed on this release's data
    disclosure_passed  boolean     not null default false,
    created_by         bigint      not null,
    created_at         timestamptz not null,
    unique (dataset_id, number)
);
create index releases_calendar on data.releases (released_at) where released_at is not null;

-- A community's data team, named by its secretariat (docs/open-data.md#roles): data editors edit datasets and prepare
-- releases; reviewers may also release them.
create table data.team (
    community_id bigint      not null,
    account_id   bigint      not null,
    standing     text        not null check (standing in ('DATA_EDITOR', 'DATA_REVIEWER')),
    named_by     bigint      not null,
    named_at     timestamptz not null,
    primary key (community_id, account_id)
);
