-- Uploads of data files for a dataset's next release, their confirmed structure and the problems found in them,
-- and the observation store of confirmed releases. An upload's rows are staged in a table of their own,
-- data.staged_<upload id> (unlogged, dropped once stored), created by the application, not here.
create schema if not exists data;

create table data.uploads (
    id          bigserial primary key,
    dataset_id  bigint      not null,
    release_id  bigint,
    file_name   text        not null,
    kind        text        not null check (kind in ('CSV', 'SDMX_CSV', 'XLSX')),
    delimiter   text,
    columns     int         not null,
    rows        bigint      not null default 0,
    bytes       bigint      not null default 0,
    state       text        not null check (state in ('STAGED', 'CONFIRMED', 'STORED')),
    uploaded_by bigint      not null,
    uploaded_at timestamptz not null,
    stored_at   timestamptz
);
create index uploads_dataset on data.uploads (dataset_id, id);
create index uploads_release on data.uploads (release_id) where release_id is not null;

-- The structure: guessed at upload, then confirmed (or changed) by the publisher.
create table data.upload_columns (
    upload_id bigint not null references data.uploads on delete cascade,
    position  int    not null,
    name      text   not null,
    role      text   not null check (role in ('DIMENSION', 'TIME', 'MEASURE', 'ATTRIBUTE', 'IGNORED')),
    code_list text   not null default 'FREE',
    unit      text   not null default '',
    primary key (upload_id, position)
);

-- Every problem found by the last validation, the first 100 of each kind and column; totals beside them.
create table data.upload_problems (
    upload_id   bigint not null references data.uploads on delete cascade,
    line        bigint not null,
    column_name text   not null,
    kind        text   not null,
    value       text   not null
);
create index upload_problems_upload on data.upload_problems (upload_id, line);
create table data.upload_problem_totals (
    upload_id   bigint not null references data.uploads on delete cascade,
    column_name text   not null,
    kind        text   not null,
    total       bigint not null,
    primary key (upload_id, column_name, kind)
);

-- The store of a release: its components (dimensions, time, measures with units, attributes), its series (one per
-- combination of dimension codes, with a small number) and its observations, a partition per release
-- (data.observations_<release id>, ordered by series and period, indexed on them).
create table data.store_components (
    release_id bigint not null,
    position   int    not null,
    name       text   not null,
    role       text   not null,
    code_list  text   not null,
    unit       text   not null,
    primary key (release_id, position)
);
create table data.store_series (
    release_id bigint not null,
    series     int    not null,
    key        text[] not null,
    primary key (release_id, series)
);
create table data.observations (
    release_id   bigint           not null,
    series       int              not null,
    period       text             not null,
    period_start date             not null,
    period_end   date             not null,
    value        double precision,
    attributes   text[]
) partition by list (release_id);
