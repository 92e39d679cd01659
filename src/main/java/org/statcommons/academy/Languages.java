package org.statcommons.academy;

import java.util.regex.Pattern;

/** A course's language as a BCP 47 tag of the common shape: {@code en}, {@code fr}, {@code zh-Hans}, {@code pt-BR}. */
final class Languages {

    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?");

    private Languages() {}

    static boolean valid(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }
}
