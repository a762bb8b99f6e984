package org.casebake.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an SVG document as well-formed XML, one element at a time. Every attribute value and text
 * is escaped here, because chart labels come from course content; numbers are written with
 * {@link Locale#ROOT} and at most one decimal, so two builds of the same input give the same bytes.
 *
 * <p>Not a general XML library: elements are opened and closed in order, attributes are given as
 * name-value pairs, and there are no namespaces beyond the SVG one on the root.
 */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();
    private final Map<Double, String> numbers = new HashMap<>();
    private boolean startTagOpen;

    /** Opens an element with alternating attribute names and values (values may be numbers). */
    SvgWriter open(String name, Object... attributes) {
        finishStartTag();
        newline();
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(attribute(attributes[i + 1])).append('"');
        }
        open.push(name);
        startTagOpen = true;
        return this;
    }

    /** Adds escaped text to the element that is open. */
    SvgWriter text(String text) {
        finishStartTag();
        out.append(escape(text, false));
        return this;
    }

    /** Closes the element opened last: as {@code <x/>} when it has no content. */
    SvgWriter close() {
        String name = open.pop();
        if (startTagOpen) {
            out.append("/>");
            startTagOpen = false;
        } else {
            if (out.charAt(out.length() - 1) == '>') {
                newline();
            }
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** An element with only text in it. */
    SvgWriter element(String name, String text, Object... attributes) {
        return open(name, attributes).text(text).close();
    }

    /** An element with no content. */
    SvgWriter empty(String name, Object... attributes) {
        return open(name, attributes).close();
    }

    /** The document; every element must be closed. */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed element <" + open.peek() + ">");
        }
        return out.toString();
    }

    /** A number as SVG coordinates are written: at most one decimal, no trailing ".0", never "-0". */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value); // what the format below gives for whole numbers, without a Formatter
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        return text.equals("-0") ? "0" : text;
    }

    /** Text made safe for XML: markup characters escaped, characters XML 1.0 cannot hold dropped. */
    static String escape(String text, boolean inAttribute) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(inAttribute ? "&quot;" : "\"");
                case '\'' -> b.append(inAttribute ? "&#39;" : "'");
                default -> {
                    if (allowed(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
    }

    private String attribute(Object value) {
        if (value instanceof Double d) {
            // A chart repeats few coordinates many times, and formatting one is slow.
            return numbers.computeIfAbsent(d, SvgWriter::number);
        }
        if (value instanceof Float f) {
            return number(f);
        }
        return escape(String.valueOf(value), true).replace("\n", "&#10;").replace("\t", "&#9;");
    }

    private void finishStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    /** Child elements go on their own lines, indented by depth, so golden files diff line by line. */
    private void newline() {
        if (out.length() > 0) {
            out.append('\n').append("  ".repeat(open.size()));
        }
    }
}
