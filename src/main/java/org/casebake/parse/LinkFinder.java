package org.casebake.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every URL a Markdown body writes, and where: Markdown links and images (inline and by
 * reference), autolinks, and the {@code href}, {@code src} and {@code cite} attributes of raw HTML.
 * Later stages check each URL of the rendered HTML and report a bad one at the place found here.
 */
final class LinkFinder {

    private final String markdown;
    private final Document document;
    private int[] lineStarts;

    LinkFinder(String markdown, Document document) {
        this.markdown = markdown;
        this.document = document;
    }

    /** The URLs in the order they are written. */
    List<SourceLink> links() {
        List<SourceLink> links = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                links.add(at(link.getUrl().unescape(), node.getStartOffset()));
            } else if (node instanceof Image image) {
                links.add(at(image.getUrl().unescape(), node.getStartOffset()));
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference target = ref.getReferenceNode(document);
                if (target != null) {
                    links.add(at(target.getUrl().unescape(), node.getStartOffset()));
                }
            } else if (node instanceof ImageRef ref && ref.isDefined()) {
                Reference target = ref.getReferenceNode(document);
                if (target != null) {
                    links.add(at(target.getUrl().unescape(), node.getStartOffset()));
                }
            } else if (node instanceof AutoLink auto) {
                links.add(at(auto.getUrl().toString(), node.getStartOffset()));
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                int start = node.getStartOffset();
                for (HtmlLinks.Found found : HtmlLinks.urlsIn(node.getChars().toString())) {
                    links.add(at(found.url(), start + found.offset()));
                }
            }
        }
        return links;
    }

    private SourceLink at(String url, int offset) {
        if (lineStarts == null) {
            lineStarts = lineStarts(markdown);
        }
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new SourceLink(url, line + 1, offset - lineStarts[line] + 1);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
