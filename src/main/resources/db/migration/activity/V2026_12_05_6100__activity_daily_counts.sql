-- The annual progress report counts a community's lines by kind and by month over a period: up to a million lines over
-- five years. The recorder keeps a count per community, UTC day and kind as it records each line (in the same
-- transaction), so a report reads at most one row per day and kind; the lines of hidden items are subtracted, found
-- through the items (lines_item) and the subjects (below) of the few items hidden.
create table activity.daily_counts (
    community_id  bigint not null,
    day           date   not null,
    kind          text   not null,
    lines         bigint not null,
    primary key (community_id, day, kind)
);

insert into activity.daily_counts (community_id, day, kind, lines)
select community_id, (at at time zone 'UTC')::date, kind, count(*) from activity.lines group by 1, 2, 3;

create index lines_about on activity.lines (community_id, about);
