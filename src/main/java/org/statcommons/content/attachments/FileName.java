package org.statcommons.content.attachments;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.statcommons.content.SpacePath;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * The name an uploaded file is stored under, made from whatever name the browser sent: folders dropped
 * ({@code C:\Users\me\report.pdf}, {@code ../../etc/passwd}), control and formatting characters removed
 * (including right-to-left overrides that make {@code gpj.exe} look like {@code exe.jpg}), spaces and other
 * signs turned into '-', names Windows reserves ({@code CON}, {@code nul.txt}, {@code COM1}) and hidden
 * names made harmless, the extension lower-cased, the whole short enough for a {@link SpacePath} segment.
 * The result always passes {@link SpacePath}'s rules or the name is refused.
 */
final class FileName {

    static final int MAX_LENGTH = 80;

    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileName() {}

    static String clean(String field, String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (cp == '\t' || cp == ' ' || (!Character.isISOControl(cp) && Character.isSpaceChar(cp))) {
                kept.append('-');
                return;
            }
            if (Character.isISOControl(cp)
                    || type == Character.FORMAT
                    || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED) {
                return;
            }
            boolean allowed = Character.isLetterOrDigit(cp)
                    || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || cp == '.'
                    || cp == '_'
                    || cp == '-';
            kept.appendCodePoint(allowed ? cp : '-');
        });
        String cleaned = kept.toString()
                .replaceAll("-{2,}", "-")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("-?\\.-?", ".");
        int dot = cleaned.lastIndexOf('.');
        String base = dot < 0 ? cleaned : cleaned.substring(0, dot);
        String extension = dot < 0 ? "" : cleaned.substring(dot + 1).toLowerCase(Locale.ROOT);
        base = base.replaceAll("^[._-]+", "").replaceAll("[._-]+$", "");
        if (base.isEmpty() && extension.isEmpty()) {
            throw new InvalidInputException(field, "The file has no name; choose the file again.");
        }
        if (base.isEmpty()) {
            base = "file";
        }
        String stem = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
        String lowerStem = stem.toLowerCase(Locale.ROOT);
        if (WINDOWS_RESERVED.contains(lowerStem)) {
            base = "file-" + base;
        }
        int room = MAX_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
        if (base.length() > room) {
            int cut = room;
            if (Character.isLowSurrogate(base.charAt(cut))) {
                cut--;
            }
            base = base.substring(0, cut).replaceAll("[._-]+$", "");
        }
        String result = extension.isEmpty() ? base : base + "." + extension;
        try {
            return SpacePath.parse(field, result).value();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, Text.of("content.files.bad-name"));
        }
    }
}
