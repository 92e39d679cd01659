-- Datasets in the site search (feature `data` tells search of every change): kind DATASET, one row per release of a
-- dataset that is out or scheduled, with the instant it is public (public_at). Its title is the dataset's, its body
-- the description, keywords, themes, SDG codes and that release's dimensions' names: metadata only, never an
-- observation. A search shows, per dataset, the latest row public at the searching instant, so a scheduled release is
-- found from its announced time on, by the clock alone. path is unused ('').
alter table search.documents drop constraint documents_kind_check;
alter table search.documents add constraint documents_kind_check
    check (kind in ('PAGE', 'PUBLISHED', 'COMMENT', 'POST', 'DATASET'));
alter table search.documents
    add column dataset_id bigint,
    add column release_id bigint,
    add column public_at  timestamptz;
alter table search.documents add constraint documents_dataset_check
    check ((kind = 'DATASET') = (dataset_id is not null and release_id is not null and public_at is not null));
create unique index documents_of_releases on search.documents (release_id) where kind = 'DATASET';
create index documents_of_datasets on search.documents (dataset_id, public_at) where kind = 'DATASET';

-- anonymous readers search published pages and datasets: both in the smaller index
drop index search.documents_published_text;
create index documents_public_text on search.documents using gin (document) where kind in ('PUBLISHED', 'DATASET');
