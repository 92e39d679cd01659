package org.statcommons.content;

/**
 * Who a commit is by, as the caller knows them (display name and e-mail of the signed-in person). The
 * content feature does not look people up itself.
 *
 * @param accountId the person's account when they save themselves (web, API, Git): their saves count
 *                  against the save limits. Null for what the server writes on its own or on someone's
 *                  behalf (page templates, a meeting's agenda).
 */
public record Author(String name, String email, Long accountId) {

    public Author {
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            throw new IllegalArgumentException("An author has a name and an e-mail address");
        }
        // Angle brackets and line breaks would corrupt the commit header; display names never need them.
        name = clean(name);
        email = clean(email);
    }

    /** An author whose saves are not counted (see {@link #accountId()}). */
    public Author(String name, String email) {
        this(name, email, null);
    }

    private static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.strip()
                .codePoints()
                .filter(cp -> cp != '<' && cp != '>' && !Character.isISOControl(cp))
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
