package org.statcommons.academy;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.pdf.PdfRenderer;

/**
 * A certificate of completion as a one-page PDF, drawn as the evaluation report's is: XHTML laid out by
 * {@link PdfRenderer} on an A4 page in landscape, in fonts embedded in the file, with no external resource. Its texts
 * are in the reader's language, Arabic right to left; a name in another script than the language's (an Arabic name on
 * an English certificate) is drawn in its own direction and letters.
 */
@Component
class CertificatePdfRenderer {

    private static final String STYLE = """
            @page { size: A4 landscape; margin: 20mm; }
            body { font-family: %s; color: #222; line-height: 1.3;
                   text-align: center; border: 3pt double #444; padding: 18mm 16mm; }
            h1 { font-size: 26pt; margin: 0 0 14mm; }
            .name { font-size: 24pt; margin: 4mm 0; }
            .course { font-size: 18pt; margin: 4mm 0; }
            p { font-size: 12pt; margin: 3mm 0; }
            .verify { font-size: 9pt; margin-top: 14mm; }
            """.formatted(PdfRenderer.FONTS);

    private final PdfRenderer renderer;

    CertificatePdfRenderer(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] pdf(Completion completion, String verification, Language reader) {
        return renderer.pdf(xhtml(completion, verification, reader), reader.rightToLeft());
    }

    String xhtml(Completion c, String verification, Language language) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + language.code() + (language.rightToLeft() ? "\" dir=\"rtl" : "")
                + "\"><head><meta charset=\"UTF-8\"/><title>"
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
