package org.statcommons.identity;

/**
 * Where to go after signing in: only a path on this server, so that a crafted link cannot send people to
 * another site after they typed their password (no open redirect).
 */
final class LocalPath {

    static final String HOME = "/";

    private LocalPath() {}

    static String orHome(String target) {
        if (target == null || target.isEmpty() || target.length() > 2000 || target.charAt(0) != '/') {
            return HOME;
        }
        // "//host" and "/\host" are read by browsers as another host
        if (target.startsWith("//") || target.startsWith("/\\")) {
            return HOME;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return HOME;
            }
        }
        if (target.startsWith("/sign-in") || target.startsWith("/sign-out")) {
            return HOME;
        }
        return target;
    }
}
