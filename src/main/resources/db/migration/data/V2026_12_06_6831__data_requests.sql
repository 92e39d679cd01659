-- Data requests (seed 004: what users need): asked by anyone signed in, supported once per person, answered by the
-- publisher's data team with a status (planned, released with a dataset, declined with a reason).
create table data.data_requests (
    id           bigserial   primary key,
    community_id bigint      not null,
    title        text        not null check (length(title) between 1 and 200),
    body         text        not null check (length(body) <= 5000),
    requested_by bigint      not null,
    requested_at timestamptz not null,
    status       text        not null default 'OPEN' check (status in ('OPEN', 'PLANNED', 'RELEASED', 'DECLINED')),
    answer       text        not null default '' check (length(answer) <= 5000),
    dataset_id   bigint      references data.datasets (id) on delete set null,
    answered_by  bigint,
    answered_at  timestamptz,
    supporters   int         not null default 0 check (supporters >= 0)
);
create index data_requests_by_support on data.data_requests (community_id, supporters desc, id desc);
create index data_requests_all_by_support on data.data_requests (supporters desc, id desc);

-- one support per person and request; nothing else about them
create table data.data_request_supports (
    request_id   bigint      not null references data.data_requests (id) on delete cascade,
    account_id   bigint      not null,
    supported_at timestamptz not null,
    primary key (request_id, account_id)
);
