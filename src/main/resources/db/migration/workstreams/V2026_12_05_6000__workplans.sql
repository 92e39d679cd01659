-- Workplans (annual or medium-term), proposed by the secretariat and approved by a body through a decision.
create table workstreams.workplans (
    id           bigint generated always as identity primary key,
    community_id bigint      not null,
    title        text        not null,
    kind         text        not null check (kind in ('ANNUAL', 'MEDIUM_TERM')),
    starts_on    date        not null,
    ends_on      date        not null check (ends_on >= starts_on),
    status       text        not null check (status in ('DRAFT', 'PROPOSED', 'APPROVED', 'DECLINED')),
    body_id      bigint,
    decision_id  bigint,
    created_by   bigint      not null,
    created_at   timestamptz not null,
    decided_at   timestamptz
);
create index workplans_decision on workstreams.workplans (decision_id);

-- An item of a workplan: an activity, optionally of a workstream, with its owners, dates, status and deliverable.
create table workstreams.workplan_items (
    id            bigint generated always as identity primary key,
    workplan_id   bigint not null references workstreams.workplans (id) on delete cascade,
    activity      text   not null,
    workstream_id bigint references workstreams.workstreams (id) on delete set null,
    owners        text   not null default '',
    starts_on     date   not null,
    due_on        date   not null check (due_on >= starts_on),
    status        text   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    deliverable   text   not null default ''
);
create index workplan_items_plan on workstreams.workplan_items (workplan_id, starts_on);
