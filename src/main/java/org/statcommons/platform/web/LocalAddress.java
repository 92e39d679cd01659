package org.statcommons.platform.web;

/**
 * An address to send someone back to (after signing in, after choosing a language): only a path on this server,
 * so that a crafted link cannot make StatCommons send people to another site (no open redirect).
 */
public final class LocalAddress {

    public static final String HOME = "/";

    private LocalAddress() {}

    /** The target when it is a path on this server, else the start page. */
    public static String orHome(String target) {
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
        return target;
    }
}
