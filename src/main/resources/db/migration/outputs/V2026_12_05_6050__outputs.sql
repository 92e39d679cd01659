create schema if not exists outputs;

-- An output: a page of the community's space (with its files) declared as a product of the community, and the body
-- that approves it (the Steering Committee by default). Its stage moves DRAFT → REVIEW → APPROVAL → ENDORSED →
-- SUBMITTED (a declined approval goes back to DRAFT). workstream_id names the workstream it will belong to (the
-- workstreams feature, not yet merged: not checked here).
create table outputs.outputs (
    id                 bigint generated always as identity primary key,
    community_id       bigint      not null,
    title              text        not null,
    path               text        not null,
    body_id            bigint      not null,
    body_name          text        not null,
    workstream_id      bigint,
    stage              text        not null default 'DRAFT'
                           check (stage in ('DRAFT', 'REVIEW', 'APPROVAL', 'ENDORSED', 'SUBMITTED')),
    review_ends_at     timestamptz,
    -- the version the body is asked to approve: main's commit and the page's blob when approval was requested
    decision_id        bigint,
    approval_commit    text,
    approval_blob      text,
    -- the version endorsed (the approved one) and when
    endorsed_commit    text,
    endorsed_blob      text,
    endorsed_at        timestamptz,
    -- the submission to the Statistical Commission
    submitted_for      text check (submitted_for in ('APPROVAL', 'INFORMATION')),
    submitted_on       date,
    document_symbol    text,
    created_by         bigint      not null,
    created_at         timestamptz not null,
    check (stage not in ('ENDORSED', 'SUBMITTED') or endorsed_at is not null),
    check ((stage = 'SUBMITTED') = (submitted_on is not null))
);
-- a page is one output at most: the published page's banner looks the output up by its path
create unique index outputs_page on outputs.outputs (community_id, path);
create index outputs_decision on outputs.outputs (decision_id) where decision_id is not null;

-- Each stage an output entered, who moved it there and when (a declined approval and its decision too).
create table outputs.stages (
    id         bigint generated always as identity primary key,
    output_id  bigint      not null references outputs.outputs (id) on delete cascade,
    stage      text        not null,
    by_id      bigint,
    by_name    text        not null,
    note       text        not null default '',
    at         timestamptz not null
);
create index stages_of_output on outputs.stages (output_id, at, id);
