package org.statcommons.academy;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * A certificate of completion as a one-page PDF, drawn as the evaluation report's is (docs/evaluation.md): XHTML laid
 * out by openhtmltopdf on an A4 page in landscape, in fonts embedded in the file and read from the class path
 * (Liberation Sans for Latin and Cyrillic; Noto Sans SC and Markazi Text only when the certificate has Chinese or
 * Arabic letters), with no external resource and no base address, so nothing is fetched. Its texts are in the reader's
 * language, English for an Arabic reader: the right-to-left shaping the report uses is not shared yet.
 */
@Component
class CertificatePdfRenderer {

    private static final String STYLE = """
            @page { size: A4 landscape; margin: 20mm; }
            body { font-family: 'Certificate Latin', 'Certificate Chinese', 'Certificate Arabic'; color: #222;
                   text-align: center; border: 3pt double #444; padding: 18mm 16mm; }
            h1 { font-size: 26pt; margin: 0 0 14mm; }
            .name { font-size: 24pt; margin: 4mm 0; }
            .course { font-size: 18pt; margin: 4mm 0; }
            p { font-size: 12pt; margin: 3mm 0; }
            .verify { font-size: 9pt; margin-top: 14mm; }
            """;

    private record Font(String family, String resource, Character.UnicodeScript script) {}

    private static final Font[] FONTS = {
        new Font("Certificate Latin", "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf", null),
        new Font("Certificate Chinese", "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf", Character.UnicodeScript.HAN),
        new Font("Certificate Arabic", "/fonts/ttf/Markazi/MarkaziText-Regular.ttf", Character.UnicodeScript.ARABIC)
    };

    byte[] pdf(Completion completion, String verification, Language reader) {
        Language language = reader.rightToLeft() ? Language.ENGLISH : reader;
        String xhtml = xhtml(completion, verification, language);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Font font : FONTS) {
                if (font.script() == null
                        || xhtml.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == font.script())) {
                    builder.useFont(
                            () -> CertificatePdfRenderer.class.getResourceAsStream(font.resource()),
                            font.family(),
                            400,
                            PdfRendererBuilder.FontStyle.NORMAL,
                            true);
                }
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate's PDF could not be written", e);
        }
    }

    String xhtml(Completion c, String verification, Language language) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + language.code() + "\"><head><meta charset=\"UTF-8\"/><title>"
                + x(Text.of("academy-learning.certificate.title").in(language))
                + "</title><style>" + STYLE + "</style></head><body>"
                + "<h1>" + x(Text.of("academy-learning.certificate.title").in(language)) + "</h1>"
                + "<p>" + x(Text.of("academy-learning.certificate.certifies").in(language)) + "</p>"
                + "<p class=\"name\">" + x(c.learnerName()) + "</p>"
                + "<p>" + x(Text.of("academy-learning.certificate.completed").in(language)) + "</p>"
                + "<p class=\"course\">" + x(c.courseTitle()) + "</p>"
                + "<p>"
                + x(Text.of("academy-learning.certificate.of", c.communityName())
                        .in(language)) + "</p>"
                + "<p>"
                + x(Text.of("academy-learning.certificate.on", c.day(), c.version())
                        .in(language)) + "</p>"
                + "<p class=\"verify\">"
                + x(Text.of("academy-learning.certificate.verify").in(language)) + "<br/>"
                + x(verification) + "</p></body></html>";
    }

    private static String x(String text) {
        // a control character cannot be written in XML at all
        return HtmlUtils.htmlEscape(text.replaceAll("\\p{Cc}", " "), "UTF-8");
    }
}
