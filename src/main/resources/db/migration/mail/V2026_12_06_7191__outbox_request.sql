-- The id of the request that queued a message (platform.observability.RequestIds), so that the logs of its sending
-- name the request that caused it; null for messages queued outside a request (digests, schedules).
alter table mail.outbox add column request_id text;
