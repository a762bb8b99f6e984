package org.casebake.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Writes the HTML of a Markdown text made of plain prose, byte for byte as flexmark's
 * {@code HtmlRenderer} writes it under {@link MarkdownRenderer}'s options, without that renderer's
 * per-text set-up and line-tracking writer. Most answers and case texts are paragraphs of words:
 * for them flexmark's renderer took twice as long as its parser, 14 % of a full build's CPU samples
 * on the 200 x 50 course (145 of 1,067); this writer took 24 samples of a later recording's 827.
 *
 * <p>It knows paragraphs, headings, block quotes, lists and thematic breaks, with text, emphasis,
 * strong emphasis, code spans and line breaks in them; whether a list item's paragraph is wrapped is
 * flexmark's own decision ({@code ParagraphItemContainer.isParagraphWrappingDisabled}). A text with
 * any other node (a link, a table, raw HTML, a code block, a task item) is left to flexmark:
 * {@link #write} returns empty, so anything this class does not know is rendered exactly as before.
 * {@code PlainMarkdownHtmlProperties} checks that the two agree on generated texts of everything this
 * class writes. What it writes needs no cleaning: text is escaped, and the only attributes are a
 * heading id of letters, digits, '-' and '_' and a list's start number; links and raw HTML, which
 * need {@link MarkdownHtmlCleaner}, are always left to flexmark.
 */
final class PlainMarkdownHtml {

    private final Document document;
    private final ListOptions lists;
    private final StringBuilder out;

    private PlainMarkdownHtml(Document document) {
        this.document = document;
        this.lists = ListOptions.get(document);
        this.out = new StringBuilder(document.getTextLength() + document.getTextLength() / 8 + 16);
    }

    /** The HTML flexmark would write for {@code document}, or empty when it has a node this class leaves to flexmark. */
    static Optional<String> write(Document document) {
        PlainMarkdownHtml html = new PlainMarkdownHtml(document);
        return html.blocks(document) ? Optional.of(html.out.toString()) : Optional.empty();
    }

    /** Writes the blocks in {@code parent}; false at the first one this class does not write. */
    private boolean blocks(Node parent) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (!block(block)) {
                return false;
            }
        }
        return true;
    }

    /** Writes one block; false when it is not one this class writes. */
    private boolean block(Node block) {
        if (block instanceof Paragraph paragraph) {
            return paragraph(paragraph);
        }
        if (block instanceof Heading heading) {
            String id = heading.getAnchorRefId();
            if (id == null || id.isEmpty() || !isPlainId(id)) {
                return false;
            }
            String level = "h" + heading.getLevel();
            return onItsOwnLine("<" + level + " id=\"" + id + "\">", "</" + level + ">", () -> inlines(block));
        }
        if (block instanceof ThematicBreak) {
            line();
            out.append("<hr />");
            line();
            return true;
        }
        if (block instanceof BlockQuote) {
            return wrapped("blockquote", "", block);
        }
        if (block instanceof BulletList) {
            return wrapped("ul", "", block);
        }
        if (block instanceof OrderedList list) {
            boolean numbered = list.getStartNumber() != 1 && lists.isOrderedListManualStart();
            return wrapped("ol", numbered ? " start=\"" + list.getStartNumber() + "\"" : "", block);
        }
        if (block instanceof ListItem item && item.getMarkerSuffix().isEmpty()) {
            // Tight or loose, flexmark writes the item the same way; its paragraphs tell them apart.
            return onItsOwnLine("<li>", "</li>", () -> blocks(block));
        }
        return false;
    }

    /** A block whose children go on lines of their own between its tags. */
    private boolean wrapped(String tag, String attributes, Node block) {
        line();
        out.append('<').append(tag).append(attributes).append('>');
        line();
        boolean written = blocks(block);
        line();
        out.append("</").append(tag).append('>');
        line();
        return written;
    }

    /**
     * A paragraph in {@code <p>}, except the paragraph of a tight list item, written bare; a
     * paragraph of nodes that write nothing writes nothing.
     */
    private boolean paragraph(Paragraph paragraph) {
        if (paragraph.getFirstChild() == null) {
            return true;
        }
        if (paragraph.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, lists, document)) {
            return inlines(paragraph);
        }
        return onItsOwnLine("<p>", "</p>", () -> inlines(paragraph));
    }

    /** Writes {@code open}, what {@code content} writes and {@code close} on a line of their own; false when content was not written. */
    private boolean onItsOwnLine(String open, String close, BooleanSupplier content) {
        line();
        out.append(open);
        boolean written = content.getAsBoolean();
        out.append(close);
        line();
        return written;
    }

    /** Starts a new line unless the output is empty or already at the start of one, as flexmark's writer does. */
    private void line() {
        if (out.length() > 0 && !atLineStart()) {
            out.append('\n');
        }
    }

    /** Writes the inline children of {@code parent}; false at the first node this class does not write. */
    private boolean inlines(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text) {
                text(node.getChars());
            } else if (node instanceof SoftLineBreak) {
                out.append('\n');
            } else if (node instanceof HardLineBreak) {
                out.append("<br />\n");
            } else if (node instanceof StrongEmphasis || node instanceof Emphasis) {
                String tag = node instanceof StrongEmphasis ? "strong" : "em";
                out.append('<').append(tag).append('>');
                if (!inlines(node)) {
                    return false;
                }
                out.append("</").append(tag).append('>');
            } else if (node instanceof Code code && code.getFirstChild() instanceof Text && code.getFirstChild().getNext() == null) {
                out.append("<code>");
                escaped(Escaping.collapseWhitespace(code.getText(), true));
                out.append("</code>");
            } else {
                return false;
            }
        }
        return true;
    }

    /** A text node's characters, their backslash escapes and character references resolved, then escaped for HTML. */
    private void text(BasedSequence chars) {
        String text = chars.indexOf('\\') >= 0 || chars.indexOf('&') >= 0 || chars.indexOf('\r') >= 0
                ? Escaping.normalizeEOL(chars.unescape()) : chars.toString();
        escaped(atLineStart() ? text.substring(leadingSpaces(text)) : text);
    }

    /** flexmark's writer drops the spaces and tabs a line of output starts with (after a hard line break, say). */
    private boolean atLineStart() {
        return out.length() > 0 && out.charAt(out.length() - 1) == '\n';
    }

    private static int leadingSpaces(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private void escaped(CharSequence text) {
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            String replacement = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (replacement != null) {
                out.append(text, start, i).append(replacement);
                start = i + 1;
            }
        }
        out.append(text, start, n);
    }

    /** Heading ids made by flexmark's generator, with Casebake's prefix: letters, digits, '-' and '_' need no escaping. */
    private static boolean isPlainId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
