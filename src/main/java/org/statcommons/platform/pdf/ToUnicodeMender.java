package org.statcommons.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Mends the text a PDF's Chinese letters read back as. A CJK font maps a Kangxi radical (U+2F45 ⽅) and the ideograph
 * it looks like (U+65B9 方) to one glyph, and PDFBox, writing which text each embedded glyph stands for (the font's
 * ToUnicode map), takes the lowest code point of a glyph: the radical. Searching, copying or reading aloud the PDF's
 * text would then give radicals for common words. The text we write (reports, certificates) holds no radical or compatibility
 * ideograph (U+2E80–U+2FDF, U+F900–U+FAFF), so each of those in a ToUnicode map is written as the ideograph it stands
 * for.
 */
class ToUnicodeMender {

    /** The Chinese face, whose glyphs tell which ideograph a radical of the supplement is drawn as. */
    private final String face;
    /** Radical → ideograph of the same glyph in {@link #face}: read from its character map once, when first needed. */
    private volatile Map<Integer, Integer> sameGlyph;

    ToUnicodeMender(String face) {
        this.face = face;
    }

    private static final Pattern ENTRY =
            Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>(?:\\s*<([0-9A-Fa-f]+)>)?");
    private static final Pattern BLOCK = Pattern.compile("\\d+\\s+beginbf(char|range)(.*?)endbf\\1", Pattern.DOTALL);

    /** The PDF with its fonts' ToUnicode maps mended, or the same bytes when none needed it. */
    byte[] mend(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSStream> seen = new HashSet<>();
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    COSStream map = font == null ? null : font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
                    if (map != null && seen.add(map)) {
                        changed |= mend(map, sameGlyph());
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static boolean mend(COSStream stream, Map<Integer, Integer> sameGlyph) throws IOException {
        String cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        TreeMap<String, String> mapped = new TreeMap<>();
        boolean mended = false;
        Matcher block = BLOCK.matcher(cmap);
        int first = -1;
        int last = -1;
        while (block.find()) {
            first = first < 0 ? block.start() : first;
            last = block.end();
            Matcher entry = ENTRY.matcher(block.group(2));
            while (entry.find()) {
                if (block.group(1).equals("char")) {
                    String text = text(entry.group(2));
                    String ideograph = ideograph(text, sameGlyph);
                    mended |= !ideograph.equals(text);
                    mapped.put(entry.group(1), ideograph);
                } else {
                    // a range maps consecutive codes to consecutive characters: written out one by one
                    int low = Integer.parseInt(entry.group(1), 16);
                    int high = Integer.parseInt(entry.group(2), 16);
                    int start = text(entry.group(3)).codePointAt(0);
                    for (int code = low; code <= high; code++) {
                        String text = Character.toString(start + code - low);
                        String ideograph = ideograph(text, sameGlyph);
                        mended |= !ideograph.equals(text);
                        mapped.put(hex(code, entry.group(1).length()), ideograph);
                    }
                }
            }
        }
        if (!mended) {
            return false;
        }
        StringBuilder body = new StringBuilder();
        List<String> codes = new ArrayList<>(mapped.keySet());
        for (int from = 0; from < codes.size(); from += 100) {
            List<String> part = codes.subList(from, Math.min(codes.size(), from + 100));
            body.append(part.size()).append(" beginbfchar\n");
            for (String code : part) {
                body.append('<')
                        .append(code)
                        .append("> <")
                        .append(HexFormat.of()
                                .withUpperCase()
                                .formatHex(mapped.get(code).getBytes(StandardCharsets.UTF_16BE)))
                        .append(">\n");
            }
            body.append("endbfchar\n");
        }
        String written = cmap.substring(0, first) + body + cmap.substring(last);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(written.getBytes(StandardCharsets.ISO_8859_1));
        }
        return true;
    }

    /**
     * The ideograph a radical or compatibility ideograph stands for; any other text as it is. The Kangxi radicals and
     * the compatibility ideographs have it as their compatibility normal form; most radicals of the supplement
     * (U+2E80–U+2EFF: ⻔ for 门, ⻓ for 长) have none in Unicode's tables, so the face's own map says which ideograph
     * shares the radical's glyph.
     */
    private static String ideograph(String text, Map<Integer, Integer> sameGlyph) {
        int c = text.codePointAt(0);
        boolean radical = c >= 0x2E80 && c <= 0x2FDF;
        boolean compatibility = c >= 0xF900 && c <= 0xFAFF;
        if (text.codePointCount(0, text.length()) != 1 || !(radical || compatibility)) {
            return text;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (!normal.equals(text)) {
            return normal;
        }
        Integer same = sameGlyph.get(c);
        return same == null ? text : Character.toString(same);
    }

    private Map<Integer, Integer> sameGlyph() throws IOException {
        Map<Integer, Integer> known = sameGlyph;
        if (known == null) {
            known = readSameGlyph();
            sameGlyph = known;
        }
        return known;
    }

    private Map<Integer, Integer> readSameGlyph() throws IOException {
        Map<Integer, Integer> same = new HashMap<>();
        try (InputStream in = ToUnicodeMender.class.getResourceAsStream(face)) {
            if (in == null) {
                return Map.of();
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup map = font.getUnicodeCmapLookup();
                for (int code = 0x2E80; code <= 0x2EFF; code++) {
                    int radical = code;
                    int glyph = map.getGlyphId(radical);
                    List<Integer> codes = glyph == 0 ? null : map.getCharCodes(glyph);
                    if (codes != null) {
                        codes.stream()
                                .filter(other -> other >= 0x3400 && (other < 0xF900 || other > 0xFAFF))
                                .min(Integer::compare)
                                .ifPresent(ideograph -> same.put(radical, ideograph));
                    }
                }
            }
        }
        return Map.copyOf(same);
    }

    private static String text(String utf16Hex) {
        return new String(HexFormat.of().parseHex(utf16Hex), StandardCharsets.UTF_16BE);
    }

    private static String hex(int code, int digits) {
        return String.format(Locale.ROOT, "%0" + digits + "X", code);
    }
}
