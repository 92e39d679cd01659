package org.statcommons.leadership;

/** A person put forward in an election; a candidate once they accept. */
record Nomination(long id, long electionId, long nomineeId, long nominatedBy, Status status) {

    enum Status {
        PENDING,
        ACCEPTED,
        DECLINED
    }
}
