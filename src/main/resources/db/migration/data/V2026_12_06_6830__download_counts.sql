-- Downloads of a release per day and route (csv, json, xlsx, api): counts only, nothing about who downloaded.
create table data.download_counts (
    release_id bigint not null references data.releases (id) on delete cascade,
    day        date   not null,
    route      text   not null check (route in ('csv', 'json', 'xlsx', 'api')),
    downloads  bigint not null check (downloads > 0),
    primary key (release_id, day, route)
);
