-- The space's front page sums a community's views over the last 30 days: one range of this index, read alone.
create index page_views_by_day on content.page_views (community_id, day) include (path, views);
