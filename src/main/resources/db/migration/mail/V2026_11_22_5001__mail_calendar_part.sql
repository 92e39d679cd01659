-- An optional iCalendar part (RFC 5545 text and its METHOD), sent as text/calendar beside the text body:
-- meeting invitations and cancellations.
alter table mail.outbox add column calendar text;
alter table mail.outbox add column calendar_method text;
