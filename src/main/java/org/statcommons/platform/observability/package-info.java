/**
 * What operators watch: a request id on every request (in the logs, the response and the outbox), the requests'
 * timings by route and status, and the Prometheus endpoint that publishes them with the features' own counters
 * (docs/operations.md, "Metrics").
 */
package org.statcommons.platform.observability;
