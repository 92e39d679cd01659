-- An author asks for review again after changes were asked for.
alter table content.proposal_events drop constraint proposal_events_kind_check;
alter table content.proposal_events add constraint proposal_events_kind_check
    check (kind in ('OPENED', 'COMMENTED', 'UPDATED', 'APPROVED', 'CHANGES_REQUESTED', 'REVIEW_REQUESTED', 'MERGED',
                    'CLOSED', 'REOPENED'));
