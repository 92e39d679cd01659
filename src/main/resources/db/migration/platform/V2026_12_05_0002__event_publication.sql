-- Spring Modulith's event publication registry (platform): each event with every listener that runs after the
-- publishing transaction committed, written in that transaction, completed when the listener has handled it.
-- Incomplete ones are handed to their listener again (at start, and by platform.events.UnfinishedEventResubmitter).
-- The layout is Spring Modulith 2's (schemas/v2/schema-postgresql.sql). Servers that ran before this migration had
-- the table made by Spring Modulith itself at start (the first layout, without the last three columns): hence
-- "if not exists" and the added columns.
create table if not exists public.event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
alter table public.event_publication
    add column if not exists status                 text,
    add column if not exists completion_attempts    int,
    add column if not exists last_resubmission_date timestamp with time zone;
create index if not exists event_publication_serialized_event_hash_idx on public.event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on public.event_publication (completion_date);
