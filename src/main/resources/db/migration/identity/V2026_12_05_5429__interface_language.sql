-- The language a person chose for the interface (one of the six: ar, zh, en, fr, ru, es); null when they chose
-- none, and then the first of their profile's languages decides if it is one of the six (docs/translating.md).
alter table identity.accounts add column interface_language text;
