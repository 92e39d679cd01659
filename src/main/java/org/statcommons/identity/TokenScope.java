package org.statcommons.identity;

/** What a personal access token may be used for. */
public enum TokenScope {
    /** Read through the API. */
    READ,
    /** Change things through the API. */
    WRITE,
    /** Clone, pull and push spaces over Git. */
    GIT
}
