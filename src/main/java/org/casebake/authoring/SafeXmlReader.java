package org.casebake.authoring;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.casebake.problem.Problem;

/**
 * Reads an untrusted XML export into {@link XmlElement}s with the JDK's StAX parser, configured so that
 * the file can make it read nothing else: a document type declaration is refused before anything in it is
 * used (no DTD, so no external entity, no external DTD and no entity expansion), entity references are
 * refused, and the parser's resolver refuses every request. Files over the size cap are refused unread.
 * StAX stays inside this class.
 */
public final class SafeXmlReader {

    /** What reading gave: the root element, or the one problem that stopped it. */
    public record Result(XmlElement root, Problem problem) {
    }

    /** WordPress's own namespaces and the RSS modules a WXR file uses, by the prefix Casebake reads them as. */
    private static final Map<String, String> PREFIXES = Map.of(
            "http://purl.org/rss/1.0/modules/content/", "content",
            "http://purl.org/dc/elements/1.1/", "dc",
            "http://wellformedweb.org/CommentAPI/", "wfw");

    private static final int MAX_DEPTH = 64;

    private final XMLInputFactory factory;

    /** A reader with the JDK's own StAX implementation, whatever else is on the class path. */
    public SafeXmlReader() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("Casebake does not load " + systemId);
        });
    }

    /** Parses the bytes of the file named {@code shown} in problems. */
    public Result read(byte[] bytes, String shown) {
        Deque<Builder> open = new ArrayDeque<>();
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (reader.hasNext()) {
                int event = reader.next();
                Location at = reader.getLocation();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        return failure(shown, doctypeStart(bytes, at), "the export declares a document type (<!DOCTYPE>), which an export"
                                + " never needs; it is refused unread", "export the blog again from WordPress");
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        return failure(shown, at, "the entity reference '&" + reader.getLocalName()
                                + ";' is not allowed", "only &amp; &lt; &gt; &quot; &apos; and character references are");
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            return failure(shown, at, "elements are nested more than " + MAX_DEPTH + " deep", null);
                        }
                        open.push(new Builder(name(reader), at.getLineNumber(), at.getColumnNumber()));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement done = open.pop().build();
                        if (open.isEmpty()) {
                            return new Result(done, null);
                        }
                        open.peek().children.add(done);
                    }
                    default -> {
                        // comments, processing instructions and the document's start carry nothing to import
                    }
                }
            }
            return failure(shown, null, "the export holds no element at all", "it should start with <rss");
        } catch (XMLStreamException e) {
            return failure(shown, e.getLocation(), "the export is not well-formed XML: " + parserMessage(e),
                    open.isEmpty() ? null : "expected </" + open.peek().name + "> for the <" + open.peek().name
                            + "> opened on line " + open.peek().line + " before this point");
        } finally {
            close(reader);
        }
    }

    /** Where {@code <!DOCTYPE} starts (the parser reports where the declaration ends, maybe many lines later). */
    private static Location doctypeStart(byte[] bytes, Location end) {
        byte[] keyword = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i + keyword.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + keyword.length, keyword, 0, keyword.length)) {
                return new Position(line, i - lineStart + 1);
            }
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return end;
    }

    private static String name(XMLStreamReader reader) {
        String uri = reader.getNamespaceURI();
        String local = reader.getLocalName();
        if (uri == null || uri.isEmpty()) {
            return local;
        }
        String prefix = PREFIXES.get(uri);
        if (prefix == null && uri.startsWith("http://wordpress.org/export/")) {
            prefix = uri.contains("/excerpt/") ? "excerpt" : "wp";
        }
        if (prefix == null) {
            prefix = reader.getPrefix();
        }
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /** The parser's own explanation without its "ParseError at [row,col]" preamble, which the location gives. */
    private static String parserMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        int marker = message.indexOf("Message: ");
        return (marker < 0 ? message : message.substring(marker + "Message: ".length())).strip();
    }

    private static Result failure(String shown, Location at, String message, String hint) {
        int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
        return new Result(null, Problem.error(shown, line, column, message, hint));
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; the result is already decided
            }
        }
    }

    /** A place in the file found by Casebake rather than the parser. */
    private record Position(int getLineNumber, int getColumnNumber) implements Location {

        @Override
        public int getCharacterOffset() {
            return -1;
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }
    }

    /** An element whose end tag has not been read yet. */
    private static final class Builder {
        final String name;
        final int line;
        final int column;
        final StringBuilder text = new StringBuilder();
        final List<XmlElement> children = new ArrayList<>();

        Builder(String name, int line, int column) {
            this.name = name;
            this.line = line;
            this.column = column;
        }

        XmlElement build() {
            return new XmlElement(name, line, column, text.toString(), children);
        }
    }
}
