package org.statcommons.access;

/**
 * Who is asking: an anonymous visitor or a signed-in account with its platform role.
 */
public record Actor(Long accountId, PlatformRole platformRole) {

    private static final Actor ANONYMOUS = new Actor(null, PlatformRole.NONE);

    public Actor {
        if (platformRole == null) {
            platformRole = PlatformRole.NONE;
        }
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public static Actor account(long accountId, PlatformRole role) {
        return new Actor(accountId, role);
    }

    public boolean signedIn() {
        return accountId != null;
    }

    public boolean administrator() {
        return platformRole == PlatformRole.ADMINISTRATOR;
    }
}
