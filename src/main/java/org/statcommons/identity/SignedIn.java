package org.statcommons.identity;

import java.io.Serializable;

/**
 * What a session remembers of who signed in: the account and its session version at sign-in. The account
 * itself is read again on every request, so a suspension or a password change ends old sessions.
 */
public record SignedIn(long accountId, int sessionVersion) implements Serializable {}
