package se.uniplan.plugin.ubw.sie;

/**
 * Recognises text that was decoded with the wrong character set: what should have been å, ä or ö
 * shows up as a replacement character, a control character, a box-drawing character, a Greek
 * letter or a mathematical sign (Latin-1 read as codepage 437: σ Σ ÷ ┼ ─ ╓), as "Ã¥" (UTF-8 read as
 * Latin-1) or as punctuation squeezed between letters (codepage 437 read as windows-1252: F„retag).
 */
final class GarbledText {

    private static final String ODD_SIGNS = "÷∙√∞∩≡≤≥≈ⁿ⌠⌡⌐₧■";
    private static final String C1_AS_WINDOWS = "„†”‰Ž‡";

    private GarbledText() {
    }

    /**
     * The word (between blanks) that holds the first garbled character, cut to a length a report
     * can show, or null if the text reads cleanly.
     */
    static String firstGarbledWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isGarbledAt(text, i)) {
                int start = i;
                while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                int end = i + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                return visible(SieValues.shown(text.substring(start, end)));
            }
        }
        return null;
    }

    private static boolean isGarbledAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\t')) {
            return true;
        }
        if ((c >= '\u2500' && c <= '\u259F') || (c >= '\u0370' && c <= '\u03FF') || ODD_SIGNS.indexOf(c) >= 0) {
            return true;
        }
        if ((c == 'Ã' || c == 'Â') && i + 1 < text.length()) {
            char next = text.charAt(i + 1);
            return (next >= '\u0080' && next <= '\u00BF') || "€ŠšŽžŒœŸ".indexOf(next) >= 0;
        }
        return C1_AS_WINDOWS.indexOf(c) >= 0 && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    /** Control characters written out ({@code \x84}) so that a report can show them. */
    private static String visible(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\x%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
