package org.casebake.parse;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an SVG file may be published as it is. An SVG opened on its own is a document
 * of the site's origin, so anything in it that could run script or load from elsewhere would act
 * for the site: Casebake refuses such a file rather than change it, so what is published is
 * exactly what the author drew.
 *
 * <p>The file is read as XML by a parser that refuses a DOCTYPE (so no entity, internal or
 * external, is ever expanded) and resolves nothing. Refused: a {@code script}, {@code foreignObject},
 * {@code handler} or {@code listener} element, or any element outside the SVG namespace and the
 * editors' metadata namespaces (an XHTML {@code script} runs in an SVG too); an event-handler
 * attribute ({@code on...}); an {@code href} or {@code xlink:href} that is not a {@code #fragment}
 * of the same file; a {@code url(...)} in an attribute or style that is not a {@code #fragment};
 * {@code @import}, {@code image-set(}, {@code expression(}, {@code javascript:}, {@code data:} anywhere in attributes or
 * styles; an animation ({@code animate}, {@code set}, ...) of an {@code href} or event attribute;
 * {@code xml:base}; and processing instructions such as {@code xml-stylesheet}.
 */
public final class SvgImage {

    private static final String SVG = "http://www.w3.org/2000/svg";
    /** Namespaces drawing programs write metadata in; a browser gives their elements no behaviour. */
    private static final Set<String> METADATA_NAMESPACES = Set.of(
            "http://www.inkscape.org/namespaces/inkscape",
            "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://purl.org/dc/elements/1.1/",
            "http://creativecommons.org/ns#",
            "http://web.resource.org/cc/",
            "http://ns.adobe.com/AdobeIllustrator/10.0/",
            "http://ns.adobe.com/SaveForWeb/1.0/",
            "http://www.bohemiancoding.com/sketch/ns");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "foreignobject", "handler", "listener",
            "iframe", "embed", "object");
    private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatemotion", "animatetransform",
            "animatecolor", "discard");
    private static final Pattern URL_FUNCTION = Pattern.compile("url\\s*\\(\\s*(['\"]?)\\s*([^'\")]*)", Pattern.CASE_INSENSITIVE);

    private SvgImage() {
    }

    /** Why an SVG may not be published, and where in the file. */
    public record Refusal(int line, int column, String reason) {
    }

    /** Empty when {@code bytes} is an SVG image that may be published as it is, else the first reason it may not. */
    public static Optional<Refusal> check(byte[] bytes) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            boolean root = true;
            int inStyle = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                boolean style = (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
                        && xml.getLocalName().equalsIgnoreCase("style");
                inStyle += style ? (event == XMLStreamConstants.START_ELEMENT ? 1 : -1) : 0;
                Optional<Refusal> refusal = switch (event) {
                    case XMLStreamConstants.DTD -> refuse(xml, "it has a DOCTYPE, which could define entities");
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> refuse(xml, "it has a processing instruction <?"
                            + xml.getPITarget() + "?>, which could load a style sheet");
                    case XMLStreamConstants.ENTITY_REFERENCE -> refuse(xml, "it refers to an entity");
                    case XMLStreamConstants.START_ELEMENT -> element(xml, root);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
                            inStyle > 0 ? unsafeValue(xml, "style sheet", xml.getText()) : Optional.<Refusal>empty();
                    default -> Optional.empty();
                };
                if (refusal.isPresent()) {
                    return refusal;
                }
                root &= event != XMLStreamConstants.START_ELEMENT;
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            return Optional.of(new Refusal(at == null ? 1 : Math.max(at.getLineNumber(), 1),
                    at == null ? 1 : Math.max(at.getColumnNumber(), 1), "it is not well-formed XML: " + firstLine(e.getMessage())));
        } finally {
            close(xml);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("Casebake resolves nothing an SVG refers to");
        });
        return factory;
    }

    /** The element just read, and its attributes. */
    private static Optional<Refusal> element(XMLStreamReader xml, boolean root) {
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        String name = xml.getLocalName().toLowerCase(Locale.ROOT);
        if (root && name.equals("svg") && !SVG.equals(namespace)) {
            return refuse(xml, "its <svg> element lacks xmlns=\"" + SVG + "\", so it is no SVG image to a browser");
        }
        if (root && !name.equals("svg")) {
            return refuse(xml, "it is not an SVG image (its root element is <" + xml.getLocalName() + ">)");
        }
        if (!SVG.equals(namespace) && !METADATA_NAMESPACES.contains(namespace)) {
            return refuse(xml, "it has a <" + xml.getLocalName() + "> element in namespace '" + namespace
                    + "', which a browser could treat as HTML");
        }
        if (FORBIDDEN_ELEMENTS.contains(name)) {
            return refuse(xml, "it has a <" + xml.getLocalName() + "> element, which could run script or show a web page");
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            Optional<Refusal> refusal = attribute(xml, name, i);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> attribute(XMLStreamReader xml, String element, int i) {
        String name = xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
        String prefix = xml.getAttributePrefix(i) == null ? "" : xml.getAttributePrefix(i);
        String shown = (prefix.isEmpty() ? "" : prefix + ":") + xml.getAttributeLocalName(i);
        String value = xml.getAttributeValue(i);
        if (name.startsWith("on")) {
            return refuse(xml, "it has an event handler attribute '" + shown + "', which could run script");
        }
        if (name.equals("base") && "http://www.w3.org/XML/1998/namespace".equals(xml.getAttributeNamespace(i))) {
            return refuse(xml, "it has an xml:base attribute, which changes where its references lead");
        }
        if (name.equals("href") && !value.strip().startsWith("#")) {
            return refuse(xml, "it has " + shown + "=\"" + shorten(value) + "\", a reference outside the file (only #fragments are allowed)");
        }
        if (ANIMATIONS.contains(element) && name.equals("attributename")) {
            String animated = value.strip().toLowerCase(Locale.ROOT);
            if (animated.endsWith("href") || animated.startsWith("on")) {
                return refuse(xml, "it animates the attribute '" + value.strip() + "', which could change where a link leads");
            }
        }
        return unsafeValue(xml, "attribute '" + shown + "'", value);
    }

    private static Optional<Refusal> unsafeValue(XMLStreamReader xml, String where, String value) {
        String squeezed = squeeze(value);
        for (String word : new String[]{"javascript:", "vbscript:", "data:", "expression(", "@import", "behavior:", "-moz-binding",
                "image-set("}) {
            if (squeezed.contains(word)) {
                return refuse(xml, "its " + where + " holds '" + word + "', which could run script or load from elsewhere");
            }
        }
        Matcher url = URL_FUNCTION.matcher(value);
        while (url.find()) {
            if (!url.group(2).strip().startsWith("#")) {
                return refuse(xml, "its " + where + " holds url(" + shorten(url.group(2).strip())
                        + "), a reference outside the file (only url(#fragment) is allowed)");
            }
        }
        return Optional.empty();
    }

    /** Lower case, without white space, control characters or CSS escapes' backslashes, as a browser may read it. */
    private static String squeeze(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ' && c != '\\' && c != 0x7F) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static Optional<Refusal> refuse(XMLStreamReader xml, String reason) {
        Location at = xml.getLocation();
        return Optional.of(new Refusal(Math.max(at.getLineNumber(), 1), Math.max(at.getColumnNumber(), 1), reason));
    }

    private static String shorten(String value) {
        String oneLine = value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String last = message.substring(message.lastIndexOf('\n') + 1).strip();
        return last.isEmpty() ? message.strip() : last;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Nothing to release that matters: the input is in memory.
            }
        }
    }
}
