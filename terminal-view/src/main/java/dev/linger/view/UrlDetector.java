package dev.linger.view;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds URLs in a line of text: http(s), ftp, file and mailto links, without the punctuation that
 * usually ends the sentence around them, and without a closing bracket that has no opening one
 * in the URL (so "(see https://x.org/a)" yields https://x.org/a).
 */
public final class UrlDetector {
    private static final Pattern URL = Pattern.compile(
            "\\b(?:https?://|ftp://|file:/|mailto:)[^\\s<>\"'`\\u0000-\\u001f]+", Pattern.CASE_INSENSITIVE);

    /** A URL at characters [start, end) of the text. */
    public record Link(int start, int end, String url) {
    }

    private UrlDetector() {
    }

    public static List<Link> find(String text) {
        List<Link> links = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = trimEnd(text, m.start(), m.end());
            if (end > m.start()) {
                links.add(new Link(m.start(), end, text.substring(m.start(), end)));
            }
        }
        return links;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start) {
            char c = text.charAt(end - 1);
            if (".,;:!?".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && unbalanced(text, start, end, '(', ')')
                    || c == ']' && unbalanced(text, start, end, '[', ']')
                    || c == '}' && unbalanced(text, start, end, '{', '}')) {
                end--;
            } else {
                return end;
            }
        }
        return end;
    }

    private static boolean unbalanced(String text, int start, int end, char open, char close) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
        }
        return depth < 0;
    }
}
