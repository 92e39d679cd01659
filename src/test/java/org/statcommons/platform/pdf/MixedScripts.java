package org.statcommons.platform.pdf;

/**
 * Hostile text for the documents {@link PdfRenderer} writes: Arabic, Latin and Chinese words in turn, so that every
 * word changes direction and face (a run of bidi, shaping and font fallback each).
 */
public final class MixedScripts {

    private static final String[] WORDS = {"الإحصاءات", "census", "统计", "الرسمية", "survey", "数据"};

    private MixedScripts() {}

    /** Exactly {@code length} characters of such words. */
    public static String of(int length) {
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; mixed.length() < length; i++) {
            mixed.append(WORDS[i % WORDS.length]).append(' ');
        }
        return mixed.substring(0, length);
    }
}
