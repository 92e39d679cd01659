-- Capability frameworks (docs/academy.md#capability-frameworks): GSBPM 5.1 and GAMSO 1.2 shipped, others imported by
-- administrators from CSV. A framework's levels are ordered (awareness, practitioner, expert); its items form a tree
-- (a phase and its sub-processes). An item's code names it across every framework, since a course's course.yml tags
-- it by code alone.
create table academy.frameworks (
    id         bigserial primary key,
    code       text        not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    name       text        not null check (length(name) between 1 and 200),
    version    text        not null check (length(version) <= 40),
    levels     text[]      not null check (cardinality(levels) between 1 and 10),
    created_at timestamptz not null
);

create table academy.framework_items (
    framework_id bigint  not null references academy.frameworks (id) on delete cascade,
    code         text    not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    name         text    not null check (length(name) between 1 and 200),
    parent_code  text,
    position     integer not null,
    primary key (framework_id, position)
);
