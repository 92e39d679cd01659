-- Record-level data (each row one unit: a person, a household, an enterprise) and its k-anonymity check. A record-level
-- upload's columns are variables; a direct identifier (a name, an identity number) is never stored. A release of such
-- data keeps its published records in data.records_<release> and, while a draft, the original values apart in
-- data.originals_<release> (both made by the application, like the observation partitions).
alter table data.upload_columns drop constraint upload_columns_role_check;
alter table data.upload_columns add constraint upload_columns_role_check
    check (role in ('DIMENSION', 'TIME', 'MEASURE', 'ATTRIBUTE', 'CONTRIBUTORS', 'LARGEST', 'VARIABLE',
                    'DIRECT_IDENTIFIER', 'IGNORED'));

-- The k-anonymity rule of a dataset's record-level data: its quasi-identifiers (variables' names), k, and whether
-- records in classes smaller than k get their quasi-identifiers suppressed or the release is refused.
alter table data.disclosure_rules add column quasi_identifiers text[]  not null default '{}';
alter table data.disclosure_rules add column k_anonymity       int     not null default 3;
alter table data.disclosure_rules add column refuse_rare       boolean not null default false;

-- The figures of a record-level check (null for tables): records, classes of quasi-identifier values, classes and
-- records below k, and the values suppressed per quasi-identifier (in the order of quasi_identifiers).
alter table data.disclosure_checks add column records           bigint;
alter table data.disclosure_checks add column classes           bigint;
alter table data.disclosure_checks add column rare_classes      bigint;
alter table data.disclosure_checks add column k_anonymity       int;
alter table data.disclosure_checks add column quasi_identifiers text[];
alter table data.disclosure_checks add column suppressed_values bigint[];
alter table data.disclosure_checks add column dropped           text[];
