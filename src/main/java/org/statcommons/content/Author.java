package org.statcommons.content;

/**
 * Who a commit is by, as the caller knows them (display name and e-mail of the signed-in person). The
 * content feature does not look people up itself.
 */
public record Author(String name, String email) {

    public Author {
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            throw new IllegalArgumentException("An author has a name and an e-mail address");
        }
        // Angle brackets and line breaks would corrupt the commit header; display names never need them.
        name = clean(name);
        email = clean(email);
    }

    private static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.strip().codePoints()
                .filter(cp -> cp != '<' && cp != '>' && !Character.isISOControl(cp))
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
