-- An account's identity at an organisation's OpenID Connect provider: the provider's issuer and its subject ("sub",
-- unique and never reassigned within one issuer) name the person there, whatever their e-mail address becomes. The
-- issuer, not the configuration's short name, is the key, so renaming a provider in the configuration keeps every link.
create table identity.organisation_identities (
    issuer       text        not null,
    subject      text        not null,
    account_id   bigint      not null references identity.accounts (id) on delete cascade,
    email        text        not null,
    linked_at    timestamptz not null,
    last_used_at timestamptz not null,
    primary key (issuer, subject)
);
create index organisation_identities_account on identity.organisation_identities (account_id);
