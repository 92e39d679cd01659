package org.statcommons.workstreams;

/**
 * How a workstream or a workplan is put to a body, as typed in the form: the body's id, the kind of decision
 * ({@code CONSENT}, or {@code VOTE} when the secretariat chooses it) and how many days the body has.
 */
public record ApprovalRequest(String body, String kind, String days) {

    public ApprovalRequest {
        body = body == null ? "" : body;
        kind = kind == null || kind.isBlank() ? "CONSENT" : kind;
        days = days == null || days.isBlank() ? "7" : days;
    }
}
