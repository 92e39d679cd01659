-- A number every change of the catalogue's datasets moves, in the changing transaction, so that a server may keep
-- the unfiltered catalogue's facet counts until it moves (or until the next scheduled release's time, which no row
-- change marks): see data.CatalogueReader.
create table data.catalogue_version (
    only_row boolean primary key default true check (only_row),
    version  bigint not null
);
insert into data.catalogue_version (version) values (0);

create function data.catalogue_changed() returns trigger language plpgsql as $$
begin
    update data.catalogue_version set version = version + 1;
    return null;
end;
$$;

create trigger datasets_catalogue_changed after insert or update or delete or truncate on data.datasets
    for each statement execute function data.catalogue_changed();

-- the origin facet names harvest sources
create trigger harvest_sources_catalogue_changed after insert or delete or update of name on data.harvest_sources
    for each statement execute function data.catalogue_changed();
