-- Anonymous readers search published versions only: a smaller index of those alone spares them the heap
-- visits of every matching private page (see bench/RESULTS-content.md, search).
create index documents_published_text on search.documents using gin (document) where kind = 'PUBLISHED';
