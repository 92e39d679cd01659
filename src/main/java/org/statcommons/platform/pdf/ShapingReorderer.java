package org.statcommons.platform.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Normalizer2;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;

/**
 * Orders right-to-left text and shapes Arabic letters for a PDF ({@link PdfRenderer}), as openhtmltopdf's {@link ICUBidiReorderer}
 * does (openhtmltopdf draws a font's glyphs as the text names them, so each letter must already be the form it takes
 * in its word: ICU's {@link ArabicShaping} turns letters into their initial, medial, final or isolated presentation
 * forms), with one difference: a letter standing alone is given back as the letter itself. Fonts that shape by their
 * own OpenType tables, such as Markazi Text, map the joined forms but not the isolated ones, whose glyph is the letter's
 * own; without this, every letter standing alone (a final alef, a lone waw) would have no glyph. A lam-alef ligature
 * standing alone is two letters, which such fonts do map, and stays.
 */
class ShapingReorderer implements BidiReorderer {

    private final BidiReorderer icu = new ICUBidiReorderer();
    private final Normalizer2 compatibility = Normalizer2.getNFKCInstance();

    @Override
    public String reorderRTLTextToLTR(String text) {
        return icu.reorderRTLTextToLTR(text);
    }

    @Override
    public String shapeText(String text) {
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
                            | ArabicShaping.LENGTH_GROW_SHRINK
                            | ArabicShaping.TEXT_DIRECTION_LOGICAL)
                    .shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
        StringBuilder out = new StringBuilder(shaped.length());
        shaped.codePoints().forEach(c -> {
            String letter = compatibility.normalize(Character.toString(c));
            // a lam-alef stands alone as a ligature (two letters): the font has it, and it stays
            if (UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE) == UCharacter.DecompositionType.ISOLATED
                    && letter.codePointCount(0, letter.length()) == 1) {
                out.append(letter);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    @Override
    public String deshapeText(String text) {
        return icu.deshapeText(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }
}
