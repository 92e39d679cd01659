-- Observations kept as one row per series: its cells' periods (with their first and last days), values and
-- attributes in arrays in the order of the periods, so that a release of 10 million observations in 10,000 series is
-- 10,000 rows written once, not 10 million rows and their index. The attributes are a two-dimensional array, one row
-- per attribute (in the order of the release's components), read whole by a slice (attributes[i:i]). A partition per
-- release (data.observation_series_<release>, made by the application, with a unique index on series) replaces
-- data.observations_<release>; the originals of a draft (data.originals_<release>) take the same shape, with the
-- contributors (int[]) and the largest contributions (a row per column of them) of a magnitude table.
-- Existing partitions and originals are converted here; the old partitioned table goes.
create table data.observation_series (
    release_id    bigint             not null,
    series        int                not null,
    periods       text[]             not null,
    period_starts date[]             not null,
    period_ends   date[]             not null,
    obs_values    double precision[] not null,
    attributes    text[]
) partition by list (release_id);

do $$
declare
    old        record;
    attributes text;
    largest    text;
    most       int;
begin
    for old in
        select c.relname as name, (regexp_match(c.relname, '^observations_(\d+)$'))[1]::bigint as release_id
          from pg_inherits i
          join pg_class c on c.oid = i.inhrelid
          join pg_class p on p.oid = i.inhparent
          join pg_namespace n on n.oid = p.relnamespace
         where n.nspname = 'data' and p.relname = 'observations'
    loop
        select coalesce('array[' || string_agg(format('array_agg(attributes[%s] order by period_start, period)', a), ', ')
                        || ']', 'null::text[]')
          into attributes
          from generate_series(1, (select count(*)::int from data.store_components
                                    where release_id = old.release_id and role = 'ATTRIBUTE')) a;
        execute format('create table data.observation_series_%s (like data.observation_series, check (release_id = %s))',
                       old.release_id, old.release_id);
        execute format('insert into data.observation_series_%s select release_id, series,'
                       || ' array_agg(period order by period_start, period), array_agg(period_start order by period_start, period),'
                       || ' array_agg(period_end order by period_start, period), array_agg(value order by period_start, period), %s'
                       || ' from data.%I group by release_id, series order by series',
                       old.release_id, attributes, old.name);
        execute format('create unique index on data.observation_series_%s (series)', old.release_id);
        execute format('alter table data.observation_series attach partition data.observation_series_%s for values in (%s)',
                       old.release_id, old.release_id);
    end loop;

    -- a draft's originals of a table (those of record-level data have no series and keep their shape)
    for old in
        select c.relname as name, (regexp_match(c.relname, '^originals_(\d+)$'))[1]::bigint as release_id
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'data' and c.relkind = 'r' and c.relname ~ '^originals_\d+$'
           and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'series' and not a.attisdropped)
    loop
        select coalesce('array[' || string_agg(format('array_agg(attributes[%s] order by start_day, period)', a.place), ', '
                                               order by a.place) || ']', 'null::text[]')
          into attributes
          from (select name, row_number() over (order by position) as place from data.store_components
                 where release_id = old.release_id and role = 'ATTRIBUTE') a;
        execute format('select coalesce(max(cardinality(largest)), 0) from data.%I', old.name) into most;
        select coalesce('array[' || string_agg(format('array_agg(largest[%s] order by start_day, period)', l), ', ')
                        || ']', 'null::double precision[]')
          into largest
          from generate_series(1, most) l;
        execute format('create table data.%I as select series, count(*)::int as cells,'
                       || ' array_agg(period order by start_day, period) as periods,'
                       || ' array_agg(start_day order by start_day, period) as period_starts,'
                       || ' array_agg(end_day order by start_day, period) as period_ends,'
                       || ' array_agg(value order by start_day, period) as obs_values, %s as attributes,'
                       || ' case when bool_or(contributors is not null) then array_agg(contributors order by start_day, period) end'
                       || ' as contributors, %s as largest from data.%I group by series order by series',
                       old.name || '_per_series', attributes, largest, old.name);
        execute format('drop table data.%I', old.name);
        execute format('alter table data.%I rename to %I', old.name || '_per_series', old.name);
    end loop;
end $$;

drop table data.observations;
