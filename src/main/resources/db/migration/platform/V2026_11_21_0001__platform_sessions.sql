-- Sessions live in PostgreSQL so that application servers hold no state (Spring Session JDBC).
create schema if not exists platform;

create table platform.spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(320)
);
create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
    session_primary_id char(36)     not null references platform.spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
