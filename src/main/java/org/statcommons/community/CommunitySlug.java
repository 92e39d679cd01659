package org.statcommons.community;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The part of a community's address after {@code /c/}: lower-case letters, digits and single hyphens, 3 to
 * 60 characters, and not a word the site uses for its own pages.
 */
final class CommunitySlug {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static final Set<String> RESERVED = Set.of(
            "new",
            "api",
            "admin",
            "administration",
            "setup",
            "git",
            "sign-in",
            "sign-out",
            "sign-up",
            "static",
            "assets",
            "account",
            "accounts",
            "actuator",
            "communities",
            "community",
            "c",
            "edit",
            "members",
            "invitations",
            "invitation",
            "audit",
            "settings",
            "search",
            "help",
            "about",
            "login",
            "logout",
            "register",
            "password-reset",
            "error",
            "favicon",
            "robots",
            "www",
            "mail",
            "outbox",
            "statcommons",
            "root",
            "system",
            "public",
            "docs",
            "health",
            "feeds",
            "files",
            "uploads");

    private CommunitySlug() {}

    /** The slug as typed, checked; problems go to {@code input} under the field {@code slug}. */
    static String check(TextInput input, String typed) {
        String slug = typed == null ? "" : typed.strip();
        if (slug.isEmpty()) {
            input.error("slug", Text.of("community.slug.required"));
        } else if (slug.length() < 3 || slug.length() > 60) {
            input.error("slug", Text.of("community.slug.length", 3, 60));
        } else if (!SHAPE.matcher(slug).matches()) {
            input.error(
                    "slug",
                    slug.equals(slug.toLowerCase(Locale.ROOT))
                                    || !SHAPE.matcher(slug.toLowerCase(Locale.ROOT))
                                            .matches()
                            ? Text.of("community.slug.shape")
                            : Text.of("community.slug.lower-case", slug.toLowerCase(Locale.ROOT)));
        } else if (RESERVED.contains(slug)) {
            input.error("slug", Text.of("community.slug.reserved", slug));
        }
        return slug;
    }
}
