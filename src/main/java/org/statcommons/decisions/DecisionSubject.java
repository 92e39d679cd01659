package org.statcommons.decisions;

/**
 * What a decision is about, when another feature asks for it: a kind key ("workstream", "output-version",
 * "election"), that feature's id, a title to show and the path of its page on this server. The decision log links
 * it; {@link DecisionClosed} carries it back so that the feature recognises its own.
 */
public record DecisionSubject(String kind, long id, String title, String link) {

    public DecisionSubject {
        if (kind == null || kind.isBlank() || title == null || link == null || !link.startsWith("/")) {
            throw new IllegalArgumentException("A subject has a kind, a title and a path on this server");
        }
    }
}
