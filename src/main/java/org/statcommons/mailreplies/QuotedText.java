package org.statcommons.mailreplies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person wrote in a reply, without what their mail client added below it. No maintained library for this is
 * on Maven Central (the known ones are Ruby, Python and a 2013 Java port), so these are the rules, in order:
 *
 * <ol>
 *   <li>the text ends at the first line that starts the quoted message: an attribution with a date or an address, such as
 *       "On 5 Dec 2026, StatCommons &lt;…&gt; wrote:" (also wrapped over two lines, and in the six languages: "a écrit :",
 *       "escribió:", "написал(а):", "كتب", "写道"), Outlook's "-----Original Message-----", its "From:" header
 *       block (a "From:" line followed by "Sent:", "Date:", "To:" or "Subject:"), or a line of underscores;
 *   <li>it ends as well at a signature: "-- " (the standard delimiter) or "Sent from my …";
 *   <li>lines starting with "&gt;" (quoted lines interleaved with the answer) are left out;
 *   <li>blank lines at either end are removed.
 * </ol>
 */
final class QuotedText {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?iu).{0,400}(wrote|a écrit|escribió|escribio|написал|написала|написал\\(а\\)|schrieb|كتب|写道|寫道)\\s*:?\\s*");
    /** An attribution names a date or an address; "Here is what Ana wrote:" is the person's own text. */
    private static final Pattern DATE_OR_ADDRESS = Pattern.compile("[0-9@]");

    private static final Pattern STARTS_ATTRIBUTION = Pattern.compile("(?iu)(On|Le|El|Am|В|Em)\\s.{3,}");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "(?i)\\s*-{2,}\\s*(Original Message|Message d'origine|Mensaje original|Исходное сообщение)\\s*-{2,}.*");
    private static final Pattern UNDERSCORES = Pattern.compile("\\s*_{10,}\\s*");
    private static final Pattern HEADER_FROM = Pattern.compile("(?i)\\s*\\*?(From|De|От|发件人|من)\\s*:.*");
    private static final Pattern HEADER_NEXT =
            Pattern.compile("(?i)\\s*\\*?(Sent|Date|To|Subject|Envoyé|Enviado|Отправлено|发送时间|Asunto|Objet)\\s*:.*");
    private static final Pattern SIGNATURE = Pattern.compile("-- ?");
    private static final Pattern SENT_FROM = Pattern.compile("(?i)\\s*Sent from my .{1,60}");

    private QuotedText() {}

    static String strip(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            if (endsHere(line, next)) {
                break;
            }
            if (!line.stripLeading().startsWith(">")) {
                kept.add(line.stripTrailing());
            }
        }
        return String.join("\n", kept).strip();
    }

    private static boolean endsHere(String line, String next) {
        if (SIGNATURE.matcher(line).matches() || SENT_FROM.matcher(line).matches()) {
            return true;
        }
        if (ORIGINAL_MESSAGE.matcher(line).matches()
                || UNDERSCORES.matcher(line).matches()) {
            return true;
        }
        if (HEADER_FROM.matcher(line).matches() && HEADER_NEXT.matcher(next).matches()) {
            return true;
        }
        if (ATTRIBUTION.matcher(line).matches() && DATE_OR_ADDRESS.matcher(line).find()) {
            return true;
        }
        // Gmail wraps a long attribution: "On Sat, 5 Dec 2026 at 10:00, StatCommons <reply+…@…>" then "wrote:"
        return STARTS_ATTRIBUTION.matcher(line).matches()
                && DATE_OR_ADDRESS.matcher(line).find()
                && ATTRIBUTION.matcher(next).matches()
                && next.strip().length() < 40;
    }
}
