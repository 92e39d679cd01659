-- A decision proposed to a body (bodies feature, by id only): its members as they were are the electorate, and the
-- body's name as it was is kept, so that the decision log keeps saying who decided after a body is renamed or removed.
-- A table of its own rather than columns of decisions.decisions: this migration's number (the bodies' range) sorts
-- before the one that makes decisions.decisions on the same day, so it must not need that table to exist.
create schema if not exists decisions;

create table decisions.body_decisions (
    decision_id bigint primary key,
    body_id     bigint not null,
    body_name   text   not null
);
create index body_decisions_by_body on decisions.body_decisions (body_id, decision_id);
