-- The activity dashboard sums a community's views over a period of months or years, by month and by page: with ten
-- million rows of views per page and day over five years, a year of them is two million rows. The same counts per page
-- and UTC month, kept by the counter in the statement that adds to the daily ones, let a period read its whole months
-- here (a row per page and month) and only the days of its first and last months from content.page_views.
create table content.page_views_by_month (
    community_id  bigint not null references content.spaces (community_id) on delete cascade,
    path          text   not null,
    month         date   not null,
    views         bigint not null,
    primary key (community_id, month, path) include (views)
);

insert into content.page_views_by_month (community_id, path, month, views)
select community_id, path, date_trunc('month', day)::date, sum(views) from content.page_views group by 1, 2, 3;
