-- The activity dashboard's views by month and in all, over periods of years: summing them from the counts per page
-- (a row per page and month, and per page and day for the period's first and last months) read 330,000 rows for five
-- years of a space with 5,000 read paths, and 175,000 more for its two partial months. A space's views per day, all its
-- paths together, are one row a day (1,826 for five years): kept here by the database itself, from every statement
-- that adds to content.page_views (the counter's insert-or-update, a bulk insert alike), so they can never differ from
-- the counts they sum. Views are never deleted but with their space, and these rows go with it.
create table content.space_views_by_day (
    community_id  bigint not null references content.spaces (community_id) on delete cascade,
    day           date   not null,
    views         bigint not null,
    primary key (community_id, day) include (views)
);

create function content.space_views_added() returns trigger language plpgsql as $$
begin
    insert into content.space_views_by_day (community_id, day, views)
    select community_id, day, sum(views) from added group by community_id, day
    on conflict (community_id, day) do update set views = content.space_views_by_day.views + excluded.views;
    return null;
end
$$;

-- an update adds its difference (the counter's "on conflict do update" adds to a page's day)
create function content.space_views_changed() returns trigger language plpgsql as $$
begin
    insert into content.space_views_by_day (community_id, day, views)
    select community_id, day, sum(views) from (
        select community_id, day, views from counted_now
        union all
        select community_id, day, -views from counted_before) c
    group by community_id, day
    on conflict (community_id, day) do update set views = content.space_views_by_day.views + excluded.views;
    return null;
end
$$;

create trigger space_views_added after insert on content.page_views
    referencing new table as added
    for each statement execute function content.space_views_added();

create trigger space_views_changed after update on content.page_views
    referencing old table as counted_before new table as counted_now
    for each statement execute function content.space_views_changed();

insert into content.space_views_by_day (community_id, day, views)
select community_id, day, sum(views) from content.page_views group by community_id, day;

-- the most read pages of a period: the views of each page now in the space, month by month
create index page_views_by_month_by_path on content.page_views_by_month (community_id, path, month) include (views);
