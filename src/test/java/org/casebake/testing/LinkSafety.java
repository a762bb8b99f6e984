package org.casebake.testing;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser would make of the addresses in a piece of HTML, for tests that assert on structure
 * rather than on the text of a golden file. An address is read as the WHATWG URL parser reads it:
 * leading and trailing control characters and spaces dropped, every tab, line feed and carriage
 * return inside removed, then the scheme is what comes before the first colon if that is a scheme's
 * spelling. So {@code " java\tscript:"} is a {@code javascript:} address, while
 * {@code "%6Aavascript:"} and {@code "\u00A0javascript:"} are relative paths. jsoup has already
 * decoded character references in attribute values when a test gets here.
 *
 * <p>The check is an allow-list: an address may be relative, or use one of {@link #SAFE_SCHEMES};
 * any other scheme ({@code javascript:}, {@code vbscript:}, {@code data:}, {@code file:}, ...) in any
 * attribute that a browser loads or follows is reported.
 */
public final class LinkSafety {

    /** The schemes an address in a built page may use. */
    public static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    /** Attributes whose value is one address that a browser follows, loads or submits to. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action", "formaction",
            "poster", "data", "background", "cite", "longdesc", "lowsrc", "dynsrc", "codebase", "classid",
            "manifest", "icon", "usemap", "profile", "itemtype");
    /** Attributes whose value is a list of addresses (with descriptors such as {@code 2x} between them). */
    private static final Set<String> URL_LIST_ATTRIBUTES = Set.of("srcset", "imagesrcset", "ping", "archive");

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern TABS_AND_NEWLINES = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");

    private LinkSafety() {
    }

    /**
     * The scheme a browser would see in {@code address}, in lower case, or "" for a relative address.
     */
    public static String scheme(String address) {
        String url = TABS_AND_NEWLINES.matcher(trimControlsAndSpaces(address)).replaceAll("");
        Matcher matcher = SCHEME.matcher(url);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** Every attribute in {@code root} and below that holds an address with a scheme not in {@link #SAFE_SCHEMES}. */
    public static List<String> unsafeAddresses(Element root) {
        List<String> found = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                for (String address : addresses(attribute)) {
                    String scheme = scheme(address);
                    if (!scheme.isEmpty() && !SAFE_SCHEMES.contains(scheme)) {
                        found.add("<" + element.tagName() + " " + attribute.html() + ">");
                        break;
                    }
                }
            }
        }
        return found;
    }

    /**
     * Every link ({@code a} or {@code area}) in {@code root} and below that leads to another site
     * (an http(s) or protocol-relative address) without each of {@code tokens} in its {@code rel}, or
     * with {@code opener} there.
     */
    public static List<String> externalLinksWithoutRel(Element root, String... tokens) {
        List<String> found = new ArrayList<>();
        for (Element link : root.select("a[href], area[href]")) {
            if (!isExternal(link.attr("href"))) {
                continue;
            }
            List<String> rel = Arrays.asList(link.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+"));
            if (!rel.containsAll(Arrays.asList(tokens)) || rel.contains("opener")) {
                found.add(link.outerHtml());
            }
        }
        return found;
    }

    /** Every event handler ({@code on...}) and {@code style} attribute in {@code root} and below. */
    public static List<String> handlersAndStyles(Element root) {
        List<String> found = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style")) {
                    found.add("<" + element.tagName() + " " + attribute.html() + ">");
                }
            }
        }
        return found;
    }

    /** True when {@code address} leads away from the site: http(s) or protocol-relative. */
    public static boolean isExternal(String address) {
        String scheme = scheme(address);
        String url = TABS_AND_NEWLINES.matcher(trimControlsAndSpaces(address)).replaceAll("");
        return scheme.equals("http") || scheme.equals("https") || url.startsWith("//") || url.startsWith("\\\\")
                || url.startsWith("/\\") || url.startsWith("\\/");
    }

    private static List<String> addresses(Attribute attribute) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (URL_LIST_ATTRIBUTES.contains(name)) {
            return List.of(LIST_SEPARATOR.split(attribute.getValue().trim()));
        }
        if (URL_ATTRIBUTES.contains(name) || name.endsWith(":href")) {
            return List.of(attribute.getValue());
        }
        return List.of();
    }

    /** Without the C0 control characters and spaces (U+0000 to U+0020) at either end, as URL parsing drops them. */
    private static String trimControlsAndSpaces(String address) {
        int start = 0;
        int end = address.length();
        while (start < end && address.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && address.charAt(end - 1) <= ' ') {
            end--;
        }
        return address.substring(start, end);
    }
}
