-- Disclosure control on every release: the rules each dataset's publisher chose (a frequency threshold of 3 until
-- then), the last check of a draft's stored data and what it suppressed. The original values of a draft's cells, and
-- the contributions of a magnitude table, are kept apart in data.originals_<release> (made by the application, read
-- by no channel, dropped when the release goes out).
create table data.disclosure_rules (
    dataset_id        bigint primary key,
    minimum_frequency int              not null default 3,
    dominance_units   int              not null default 0,
    dominance_percent double precision not null default 0,
    p_percent         double precision not null default 0,
    maximum_share     double precision not null default 1,
    rounding_base     int              not null default 0,
    updated_by        bigint           not null,
    updated_at        timestamptz      not null
);

-- One check per draft release: of which upload, passed or refused (with the refusal's message), and its figures.
create table data.disclosure_checks (
    release_id   bigint primary key,
    upload_id    bigint      not null,
    passed       boolean     not null,
    refusal_key  text,
    refusal_args text[]      not null default '{}',
    tables       int         not null default 0,
    non_empty    bigint      not null default 0,
    primaries    bigint      not null default 0,
    secondaries  bigint      not null default 0,
    checked_by   text        not null default '',
    checked_at   timestamptz not null
);

-- Every suppressed cell of a passed check, with its reason's message and figures, for the publisher's report.
create table data.disclosure_suppressions (
    release_id  bigint  not null references data.disclosure_checks on delete cascade,
    position    int     not null,
    period      text    not null,
    measure     text    not null,
    label       text    not null,
    is_primary  boolean not null,
    conf_status text    not null,
    reason_key  text    not null,
    reason_args text[]  not null,
    primary key (release_id, position)
);

-- A magnitude table's contributor count and largest contributions come from columns of these roles.
alter table data.upload_columns drop constraint upload_columns_role_check;
alter table data.upload_columns add constraint upload_columns_role_check
    check (role in ('DIMENSION', 'TIME', 'MEASURE', 'ATTRIBUTE', 'CONTRIBUTORS', 'LARGEST', 'IGNORED'));
