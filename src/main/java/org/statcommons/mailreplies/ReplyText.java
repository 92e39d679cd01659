package org.statcommons.mailreplies;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.owasp.html.Encoding;

/**
 * The words of an e-mailed reply: its plain-text part (or its HTML part made text, when it has no plain one),
 * decoded by the part's own character set (ISO-8859-1, windows-1252, KOI8-R… as well as UTF-8), quoted text and
 * signature removed ({@link QuotedText}); and how many attachments were left out, which a reply never posts.
 *
 * @param body        what the person wrote, possibly empty
 * @param attachments the parts that were not the text: files, images, a second text
 */
record ReplyText(String body, int attachments) {

    private static final Pattern DROPPED_OPENING = Pattern.compile("(?i)<(head|style|script|title)\\b");
    /** Gmail, Apple Mail and Outlook put the quoted message in one of these; everything after it is quoted. */
    private static final Pattern QUOTE_START = Pattern.compile(
            "(?is)<blockquote\\b|<div\\b[^<>]*?(gmail_quote|divRplyFwdMsg|moz-cite-prefix|OutlookMessageHeader)");

    private static final Pattern LINE_BREAKS = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|pre|table)\\s*>");
    private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^<>]*+>");
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,2000}+>");

    static ReplyText of(Part message) throws MessagingException, IOException {
        Found found = new Found();
        walk(message, found, true, 0);
        String text = found.plain != null ? found.plain : found.html != null ? htmlToText(found.html) : "";
        return new ReplyText(QuotedText.strip(text), found.attachments);
    }

    /** What the walk through the parts found: the first plain and HTML texts, and the parts left over. */
    private static final class Found {
        String plain;
        String html;
        int attachments;
    }

    /**
     * Mail clients nest two or three multiparts; a deeper one is counted as an attachment, not opened, so a message of
     * thousands of nested parts neither overflows the stack nor re-reads its bytes once per level.
     */
    private static final int MAX_DEPTH = 16;

    private static void walk(Part part, Found found, boolean mayBeBody, int depth)
            throws MessagingException, IOException {
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (part.isMimeType("multipart/*") && !attached && depth >= MAX_DEPTH) {
            found.attachments++;
        } else if (part.isMimeType("multipart/*") && !attached) {
            Multipart multipart = (Multipart) part.getContent();
            boolean alternative = part.isMimeType("multipart/alternative");
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                // in multipart/mixed only the first part is the body; in alternative every part is the body
                walk(child, found, mayBeBody && (alternative || i == 0 || child.isMimeType("multipart/*")), depth + 1);
            }
        } else if (mayBeBody && !attached && part.isMimeType("text/plain") && found.plain == null) {
            found.plain = decoded(part);
        } else if (mayBeBody && !attached && part.isMimeType("text/html") && found.html == null) {
            found.html = decoded(part);
        } else if (!(mayBeBody && !attached && part.isMimeType("text/*"))) {
            found.attachments++;
        }
    }

    /**
     * The part's text in its declared character set; one Java does not know is read as windows-1252, which shows
     * every byte as some character rather than refusing the reply.
     */
    private static String decoded(Part part) throws MessagingException, IOException {
        String declared = new ContentType(part.getContentType()).getParameter("charset");
        Charset charset = StandardCharsets.US_ASCII;
        if (declared != null) {
            try {
                charset = Charset.forName(MimeUtility.javaCharset(declared));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                charset = Charset.forName("windows-1252");
            }
        }
        if (charset.equals(StandardCharsets.US_ASCII)) {
            // undeclared 8-bit text is far more often UTF-8 than anything else
            charset = StandardCharsets.UTF_8;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), charset);
        }
    }

    /*
     * Each pattern here stops at the next "<" (or, for dropped blocks, searches on only while a closing tag is left),
     * so a run of unclosed tags costs one pass, not a pass per tag: a 10 MB reply is read in linear time.
     */

    /** HTML mail made text: paragraphs and line breaks kept, the quoted message cut off, entities decoded. */
    static String htmlToText(String html) {
        String text = withoutDroppedBlocks(html);
        Matcher quote = QUOTE_START.matcher(text);
        if (quote.find()) {
            text = text.substring(0, quote.start());
        }
        text = LINE_BREAKS.matcher(text).replaceAll("\n");
        text = LIST_ITEM.matcher(text).replaceAll("- ");
        text = TAG.matcher(text).replaceAll("");
        text = Encoding.decodeHtml(text, false).replace('\u00a0', ' ');
        return text.lines()
                .map(String::stripTrailing)
                .collect(Collectors.joining("\n"))
                .replaceAll("\n{3,}", "\n\n");
    }

    /** Without head, style, script and title blocks; one never closed stays, as does every later one of its name. */
    private static String withoutDroppedBlocks(String html) {
        StringBuilder kept = new StringBuilder(html.length());
        Set<String> unclosed = new HashSet<>();
        Matcher opening = DROPPED_OPENING.matcher(html);
        int from = 0;
        while (opening.find()) {
            String name = opening.group(1).toLowerCase(Locale.ROOT);
            if (opening.start() < from || unclosed.contains(name)) {
                continue;
            }
            Matcher closing = Pattern.compile("(?i)</" + name + "\\s*+>").matcher(html);
            if (!closing.find(opening.end())) {
                unclosed.add(name);
                continue;
            }
            kept.append(html, from, opening.start());
            from = closing.end();
        }
        return kept.append(html, from, html.length()).toString();
    }
}
