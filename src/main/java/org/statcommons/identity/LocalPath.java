package org.statcommons.identity;

import org.statcommons.platform.web.LocalAddress;

/**
 * Where to go after signing in: a path on this server ({@link LocalAddress}), and never back to signing in or out.
 */
final class LocalPath {

    static final String HOME = LocalAddress.HOME;

    private LocalPath() {}

    static String orHome(String target) {
        String local = LocalAddress.orHome(target);
        return local.startsWith("/sign-in") || local.startsWith("/sign-out") ? HOME : local;
    }
}
