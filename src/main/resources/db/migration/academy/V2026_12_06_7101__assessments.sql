-- Organisations' self-assessments against a framework (docs/academy.md#self-assessment): one per organisation,
-- framework and year, re-assessed each year with the earlier years kept. A level is its place in the framework's
-- ordered levels (0 the first); an item left unassessed has no row.
create table academy.assessments (
    id              bigserial primary key,
    organisation_id bigint      not null,
    framework_id    bigint      not null references academy.frameworks (id) on delete cascade,
    year            integer     not null check (year between 2000 and 2100),
    assessed_by     bigint      not null,
    assessed_at     timestamptz not null,
    constraint assessments_one_a_year unique (organisation_id, framework_id, year)
);

create table academy.assessment_levels (
    assessment_id bigint   not null references academy.assessments (id) on delete cascade,
    item_code     text     not null,
    current_level smallint check (current_level between 0 and 9),
    target_level  smallint check (target_level between 0 and 9),
    primary key (assessment_id, item_code),
    constraint assessment_levels_some check (current_level is not null or target_level is not null)
);

create index assessments_by_framework on academy.assessments (framework_id, year);
