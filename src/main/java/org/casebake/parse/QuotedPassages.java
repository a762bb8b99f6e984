package org.casebake.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds quoted passages in a rendered text and marks them, the way a reader sees the text: the
 * quote is looked for in the text the page shows (so a link's address or a tag never gets in the
 * way), after white space is collapsed, Markdown's emphasis characters ({@code * _ ~ `}) are left out
 * and curly quotation marks are read as straight ones, on both sides. The only class that sees
 * jsoup's nodes for this.
 */
public final class QuotedPassages {

    /** A quote to mark, and the id its first {@code <mark>} gets (the target of a link to it). */
    public record Mark(String id, String quote) {
    }

    private static final String BASE = "https://casebake.invalid/";
    private static final int CLOSEST_MAX_CHARS = 240;
    private static final int SLACK = 2;

    private final Document document;
    private ShownText shown;

    private QuotedPassages(String html) {
        document = Jsoup.parseBodyFragment(html, BASE);
        document.outputSettings(new Document.OutputSettings().prettyPrint(false));
        shown = ShownText.of(document.body());
    }

    /** The passages of the sanitized {@code html} of a rendered text. */
    public static QuotedPassages in(String html) {
        return new QuotedPassages(html);
    }

    /** {@code quote} as it is compared and shown: white space collapsed, emphasis left out. */
    public static String normalize(String quote) {
        ShownText text = new ShownText();
        text.append(quote, null);
        return text.normalized().strip();
    }

    /** True when the text shows {@code quote} (after normalizing both); an empty quote is never found. */
    public boolean contains(String quote) {
        String wanted = normalize(quote);
        return !wanted.isEmpty() && shown.normalized().contains(wanted);
    }

    /**
     * The words of the text that {@code quote} matches, as the page shows them (its own quotation
     * marks and emphasised words, white space collapsed); empty when the quote does not occur.
     */
    public Optional<String> passage(String quote) {
        String wanted = normalize(quote);
        int start = wanted.isEmpty() ? -1 : shown.normalized().indexOf(wanted);
        if (start < 0) {
            return Optional.empty();
        }
        StringBuilder passage = new StringBuilder();
        for (int i = start; i < start + wanted.length(); i++) {
            TextNode node = shown.node(i);
            int next = i + 1 < start + wanted.length() && shown.node(i + 1) == node ? shown.offset(i + 1) : -1;
            if (node == null) {
                passage.append(' ');
            } else if (next > shown.offset(i)) {
                passage.append(node.getWholeText(), shown.offset(i), next);
            } else {
                passage.append(node.getWholeText().charAt(shown.offset(i)));
            }
        }
        return Optional.of(passage.toString().replaceAll("\\s+", " ").strip());
    }

    /**
     * The passage of the text most like {@code quote}: about as many words as the quote has, where the
     * fewest words differ (the first such passage, the one nearest the quote's length first). Empty
     * when the text has no words.
     */
    public Optional<String> closest(String quote) {
        String[] words = shown.normalized().strip().split(" ");
        String[] wanted = normalize(quote).split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        // Passages a word or two shorter or longer than the quote too: a quote often leaves a word out.
        int bestStart = 0;
        int bestWidth = Math.min(wanted.length, words.length);
        int bestDistance = Integer.MAX_VALUE;
        for (int slack = 0; slack <= 2 * SLACK; slack++) {
            int width = Math.min(wanted.length + (slack % 2 == 0 ? slack / 2 : -(slack + 1) / 2), words.length);
            for (int start = 0; width > 0 && start + width <= words.length; start++) {
                int distance = WordDistance.between(wanted, words, start, width);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    bestStart = start;
                    bestWidth = width;
                }
            }
        }
        String passage = String.join(" ", java.util.Arrays.copyOfRange(words, bestStart, bestStart + bestWidth));
        return Optional.of(passage.length() <= CLOSEST_MAX_CHARS ? passage
                : passage.substring(0, CLOSEST_MAX_CHARS).stripTrailing() + "\u2026");
    }

    /**
     * The HTML with each quote that occurs in it wrapped in {@code <mark class="quote">} elements
     * (one per run of text, so a passage over two paragraphs or an emphasis stays well formed); the
     * first element of each quote carries the quote's id. Quotes that do not occur are left out.
     */
    public String marked(List<Mark> marks) {
        for (Mark mark : marks) {
            String wanted = normalize(mark.quote());
            int start = wanted.isEmpty() ? -1 : shown.normalized().indexOf(wanted);
            if (start >= 0) {
                wrap(start, start + wanted.length(), mark.id());
                shown = ShownText.of(document.body());
            }
        }
        return document.body().html().replace(BASE, "");
    }

    private void wrap(int start, int end, String id) {
        Map<TextNode, int[]> spans = new LinkedHashMap<>();
        for (int i = start; i < end; i++) {
            TextNode node = shown.node(i);
            if (node != null) {
                int offset = shown.offset(i);
                spans.merge(node, new int[] {offset, offset + 1}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
        }
        boolean first = true;
        for (Map.Entry<TextNode, int[]> span : spans.entrySet()) {
            TextNode node = span.getKey();
            int from = span.getValue()[0];
            int to = span.getValue()[1];
            if (node.getWholeText().substring(from, to).isBlank()) {
                continue;
            }
            TextNode inside = from == 0 ? node : node.splitText(from);
            if (to - from < inside.getWholeText().length()) {
                inside.splitText(to - from);
            }
            Element mark = new Element("mark").addClass("quote");
            if (first) {
                mark.attr("id", id);
                first = false;
            }
            inside.before(mark);
            mark.appendChild(inside);
        }
    }

    /**
     * The normalized text a page shows, with the text node and offset each of its characters comes
     * from (none for the space put between two blocks).
     */
    private static final class ShownText implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();
        private final List<TextNode> nodes = new ArrayList<>();
        private final List<Integer> offsets = new ArrayList<>();

        static ShownText of(Element body) {
            ShownText shown = new ShownText();
            NodeTraversor.traverse(shown, body);
            return shown;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText(), t);
            } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                space(null, 0);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                space(null, 0);
            }
        }

        void append(String part, TextNode from) {
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space(from, i);
                } else if ("*_~`".indexOf(c) < 0) {
                    add(straight(c), from, i);
                }
            }
        }

        private void space(TextNode from, int offset) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                add(' ', from, offset);
            }
        }

        private void add(char c, TextNode from, int offset) {
            text.append(c);
            nodes.add(from);
            offsets.add(offset);
        }

        private static char straight(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                default -> c;
            };
        }

        String normalized() {
            return text.toString();
        }

        TextNode node(int index) {
            return nodes.get(index);
        }

        int offset(int index) {
            return offsets.get(index);
        }
    }
}
