package org.statcommons.platform.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Draws an XHTML document as a PDF with openhtmltopdf, in every language of the interface: the letters in fonts embedded
 * in the file, which the build takes from Maven Central (docs/evaluation.md#fonts): Liberation Sans (Latin and Cyrillic,
 * in PDFBox's own jar), Markazi Text (Arabic) and Noto Sans SC (Chinese), each tried in turn for a letter the one before
 * has no glyph for; a face is given to the renderer only when the document has letters of its script, so that a Chinese
 * font of 10 MB is read only for a document with a Chinese letter. Arabic is laid out right to left and shaped (ICU,
 * {@link ShapingReorderer}), also inside a left-to-right document (an Arabic name on an English certificate); Chinese
 * reads back as the ideographs written ({@link ToUnicodeMender}). Nothing is loaded from outside: the renderer is given no
 * base address, and the fonts are read from the class path. A document's style names the faces with {@link #FONTS}.
 */
@Component
public class PdfRenderer {

    /** The value of a style's {@code font-family} that draws every script this renderer knows. */
    public static final String FONTS = "'PDF Latin', 'PDF Arabic', 'PDF Chinese'";

    /** A face the PDF may embed: its family as the style names it, its weight and where it is on the class path. */
    private record Font(String family, int weight, String resource, Set<Character.UnicodeScript> scripts) {

        /** Whether the document needs this face: always for the first, for the others when it has their letters. */
        boolean needed(Set<Character.UnicodeScript> written) {
            return scripts.isEmpty() || scripts.stream().anyMatch(written::contains);
        }
    }

    private static final Font CHINESE = new Font(
            "PDF Chinese",
            400,
            "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf",
            Set.of(
                    Character.UnicodeScript.HAN,
                    Character.UnicodeScript.HIRAGANA,
                    Character.UnicodeScript.KATAKANA,
                    Character.UnicodeScript.BOPOMOFO));

    /**
     * The faces, in the order the style tries them for a letter. Liberation Sans and Noto Sans SC have no bold face
     * here (a bold Chinese face would be 10 MB more): bold text in them is drawn in the regular face.
     */
    private static final List<Font> FACES = List.of(
            new Font("PDF Latin", 400, "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf", Set.of()),
            new Font(
                    "PDF Arabic",
                    400,
                    "/fonts/ttf/Markazi/MarkaziText-Regular.ttf",
                    Set.of(Character.UnicodeScript.ARABIC)),
            new Font(
                    "PDF Arabic",
                    700,
                    "/fonts/ttf/Markazi/MarkaziText-Bold.ttf",
                    Set.of(Character.UnicodeScript.ARABIC)),
            CHINESE);

    private final ToUnicodeMender mender = new ToUnicodeMender(CHINESE.resource());

    /**
     * The document as a PDF; {@code rightToLeft} for a document in a right-to-left language (its {@code html} element
     * should say {@code dir="rtl"} too, for the style's alignments).
     */
    public byte[] pdf(String xhtml, boolean rightToLeft) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ShapingReorderer());
            builder.defaultTextDirection(
                    rightToLeft ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
            // openhtmltopdf reads every face the style names for a page's first letters: a face the document has no
            // letter for is not given to it (the Chinese face alone took seconds to read for every English report)
            Set<Character.UnicodeScript> written = scripts(xhtml);
            for (Font font : FACES) {
                if (!font.needed(written)) {
                    continue;
                }
                builder.useFont(
                        () -> PdfRenderer.class.getResourceAsStream(font.resource()),
                        font.family(),
                        font.weight(),
                        BaseRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            // only the Chinese face maps radicals and ideographs to one glyph: another PDF is not read again
            return CHINESE.needed(written) ? mender.mend(out.toByteArray()) : out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    private static Set<Character.UnicodeScript> scripts(String text) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        text.codePoints().forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
        return scripts;
    }
}
