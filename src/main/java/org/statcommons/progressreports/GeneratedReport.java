package org.statcommons.progressreports;

/**
 * What generating did: the page written at {@code path}, or, when the page was there already, a proposal to change
 * it to the new figures ({@code proposalId}, null otherwise), or nothing when the page holds these figures already
 * ({@code unchanged}). {@code address} is where to read the result.
 */
record GeneratedReport(String path, Long proposalId, String address, boolean unchanged) {

    boolean proposed() {
        return proposalId != null;
    }
}
