package org.casebake.comparison;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a chart's SVG as XML, the way a strict XML parser would, and its bars' numbers. */
final class SvgCharts {

    private static final Pattern TITLE_NUMBER = Pattern.compile(": (\\d+) answers?\\b");

    private SvgCharts() {
    }

    /** Parses {@code svg} as a namespace-aware XML document; throws if it is not well-formed. */
    static Document parse(String svg) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every {@code rect} with a {@code data-count}, keyed by the values of {@code keyAttributes} joined by '|'. */
    static Map<String, Integer> counts(Document svg, String... keyAttributes) {
        Map<String, Integer> counts = new TreeMap<>();
        NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (!rect.hasAttribute("data-count")) {
                continue;
            }
            List<String> key = new ArrayList<>();
            for (String name : keyAttributes) {
                key.add(rect.getAttribute(name));
            }
            Integer previous = counts.put(String.join("|", key), Integer.parseInt(rect.getAttribute("data-count")));
            if (previous != null) {
                throw new AssertionError("two bars for " + key);
            }
        }
        return counts;
    }

    /**
     * For every {@code rect} with a {@code data-count}, the number its bar's {@code <title>} (the
     * tooltip of the enclosing group) states, keyed like {@link #counts}.
     */
    static Map<String, Integer> titleCounts(Document svg, String... keyAttributes) {
        Map<String, Integer> counts = new TreeMap<>();
        NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (!rect.hasAttribute("data-count")) {
                continue;
            }
            List<String> key = new ArrayList<>();
            for (String name : keyAttributes) {
                key.add(rect.getAttribute(name));
            }
            Element title = (Element) ((Element) rect.getParentNode())
                    .getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0);
            Matcher m = TITLE_NUMBER.matcher(title.getTextContent());
            if (!m.find()) {
                throw new AssertionError("no count in the title '" + title.getTextContent() + "'");
            }
            counts.put(String.join("|", key), Integer.parseInt(m.group(1)));
        }
        return counts;
    }

    /** The first element called {@code name} in the SVG namespace. */
    static Element first(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        if (nodes.getLength() == 0) {
            throw new AssertionError("no <" + name + "> in the chart");
        }
        return (Element) nodes.item(0);
    }

    /** The text of every element called {@code name} in the SVG namespace, in document order. */
    static List<String> texts(Document svg, String name) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
