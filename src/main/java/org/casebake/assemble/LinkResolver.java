package org.casebake.assemble;

import org.casebake.model.Attachment;
import org.casebake.parse.AttachmentType;
import org.casebake.parse.HtmlLinks;
import org.casebake.parse.HtmlLinks.Change;
import org.casebake.parse.LinkRewrites;
import org.casebake.parse.RenderedText;
import org.casebake.parse.SourceLink;
import org.casebake.parse.UrlEscaper;
import org.casebake.source.ContentLayout;
import org.casebake.source.SiteFolder;
import org.casebake.source.SourceKind;
import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks every URL of the bodies one build publishes, and publishes the files they lead to: a
 * file beside the Markdown is published because published content links to it or shows it, never
 * because it sits in a folder. So a figure linked only from a pending answer, a draft or (in a
 * student build) the teaching notes stays out of the site.
 *
 * <p>A relative URL is read as a path from the Markdown file's own folder, as an editor's preview
 * reads it. It must lead to a page this build publishes (a case folder or its {@code index.md},
 * {@code teaching-notes.md}, a comparison's {@code .md}) or to a file beside a case of a type
 * Casebake publishes ({@link AttachmentType}) whose content is of that type; anything else is an
 * error at the link. Only teaching notes may link into a case's {@code teaching-notes/} folder.
 * Files under {@code answers/} are published under the hash of their content, never their name
 * (which is often the student's). Images in answers that would load from another host are left
 * out, with a warning: loading them would tell that host who read the page (a tracking pixel).
 *
 * <p>Thread-safe: the model stage resolves bodies in parallel; problems are handed over at the end.
 */
public final class LinkResolver {

    /** Marks a URL rewritten to a path from the site root; each page puts its own way to the root in its place. */
    public static final String SITE_ROOT = RenderedText.SITE_ROOT;

    /** What a refused URL becomes: left as it is (the build fails), and never warned about again. */
    private static final Change REFUSED = new Change.Keep();

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Map<String, SiteFolder.Entry> besideFiles;
    private final Map<String, String> pages;
    private final Map<String, String> unpublishedPages;
    private final String siteHost;
    private final LinkRewrites rewrites;
    private final Map<String, AttachmentCheck.Checked> checked = new ConcurrentHashMap<>();
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param besideFiles      the files in case folders, by path from the source folder
     * @param pages            the page each published source stands for, by source path
     *                         ({@code content/cases/x/index.md} to {@code cases/x/index.html})
     * @param unpublishedPages the same for sources this build leaves out, with why (for messages)
     * @param baseUrl          the site's address; images from its host are not remote
     * @param rewrites         what rewrites the bodies' HTML (and may remember it for the next build)
     */
    public LinkResolver(List<SiteFolder.Entry> besideFiles, Map<String, String> pages, Map<String, String> unpublishedPages,
                        String baseUrl, LinkRewrites rewrites) {
        Map<String, SiteFolder.Entry> byPath = new HashMap<>();
        besideFiles.forEach(f -> byPath.put(f.path(), f));
        this.besideFiles = byPath;
        this.pages = Map.copyOf(pages);
        this.unpublishedPages = Map.copyOf(unpublishedPages);
        this.siteHost = hostOf(baseUrl).orElse("");
        this.rewrites = rewrites;
    }

    /** Where a body comes from: its file, what the file is, and the file's line the body starts on. */
    public record Origin(String path, SourceKind kind, int bodyFirstLine) {
    }

    /** {@code text} with each of its URLs checked and rewritten; the very same text when it has none to change. */
    public RenderedText resolve(RenderedText text, Origin origin) {
        if (text.links().isEmpty()) {
            return text;
        }
        Positions where = new Positions(text.links());
        String html = rewrites.rewrite(text.html(), use -> decide(use, origin, where.next(use.url())));
        return html.equals(text.html()) ? text : text.withHtml(html);
    }

    /** The files published because published content links to them, by site path. */
    public List<Attachment> attachments() {
        Map<String, Attachment> bySitePath = new java.util.TreeMap<>();
        checked.values().forEach(c -> c.published().ifPresent(a -> bySitePath.putIfAbsent(a.sitePath(), a)));
        return List.copyOf(bySitePath.values());
    }

    /** Hands the problems found so far to {@code collector}, in reading order. */
    public void reportTo(ProblemCollector collector) {
        List<Problem> found;
        synchronized (problems) {
            found = new ArrayList<>(problems);
        }
        found.stream().distinct().sorted(Problem.READING_ORDER).forEach(collector::add);
    }

    /**
     * Where each URL was written, in order: the sanitized HTML keeps the order of the Markdown, so
     * the n-th use of a URL is its n-th place (or its last, if the sanitizer dropped some).
     */
    private static final class Positions {
        private final Map<String, java.util.ArrayDeque<SourceLink>> byUrl = new HashMap<>();
        private final Map<String, SourceLink> last = new HashMap<>();

        Positions(List<SourceLink> links) {
            for (SourceLink link : links) {
                byUrl.computeIfAbsent(link.url(), u -> new java.util.ArrayDeque<>()).add(link);
                if (!link.url().strip().equals(link.url())) {
                    // Else the same place would be queued twice, and the next use of the URL given this one's place.
                    byUrl.computeIfAbsent(link.url().strip(), u -> new java.util.ArrayDeque<>()).add(link);
                }
            }
        }

        Optional<SourceLink> next(String url) {
            java.util.ArrayDeque<SourceLink> queue = byUrl.getOrDefault(url, byUrl.get(url.strip()));
            if (queue != null && !queue.isEmpty()) {
                last.put(url, queue.poll());
            }
            return Optional.ofNullable(last.get(url));
        }
    }

    private Change decide(HtmlLinks.Use use, Origin origin, Optional<SourceLink> at) {
        Change change = route(use, origin, at);
        if (use.kind() == HtmlLinks.Kind.IMAGE && use.altText().isBlank() && change != REFUSED
                && !(change instanceof Change.Remove)) {
            warn(origin, at, "image without alt text: " + shown(use.url()), "it is published with an empty one,"
                    + " which screen readers skip; say what it shows: ![what it shows](" + shown(use.url()) + ")");
        }
        return change;
    }

    private Change route(HtmlLinks.Use use, Origin origin, Optional<SourceLink> at) {
        String url = stripSpace(use.url());
        if (url.isEmpty() || url.startsWith("#")) {
            return new Change.Keep();
        }
        // A scheme after other space (a no-break space, say) is no scheme to a browser, but no file either: left as it is.
        if (SCHEME.matcher(url).find() || url.startsWith("//")) {
            if (use.kind() == HtmlLinks.Kind.IMAGE && origin.kind() == SourceKind.ANSWER && isRemote(url)) {
                warn(origin, at, "image from another site left out: " + shown(url),
                        "loading it would tell that site who read the page; put the image beside the answer to show it");
                return new Change.Remove();
            }
            // Valid HTML carries the address a browser would follow: a space or a quote percent-encoded.
            String escaped = UrlEscaper.escape(url);
            return escaped.equals(url) ? new Change.Keep() : new Change.PointTo(escaped);
        }
        return local(url, origin, at);
    }

    /** Without white space or other space characters (no-break spaces) at either end. */
    private static String stripSpace(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && isSpace(url.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(url.charAt(end - 1))) {
            end--;
        }
        return url.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A relative URL: a page of this build or a file beside a case, else an error. */
    private Change local(String url, Origin origin, Optional<SourceLink> at) {
        int cut = indexOfAny(url, "?#");
        String suffix = cut < 0 ? "" : url.substring(cut);
        Optional<String> decoded = percentDecoded(cut < 0 ? url : url.substring(0, cut));
        if (decoded.isEmpty()) {
            return error(origin, at, "link '" + shown(url) + "' is not a valid address", "write spaces as %20 and '%' as %25");
        }
        String folder = origin.path().substring(0, origin.path().lastIndexOf('/') + 1);
        Optional<String> target = normalised(folder + decoded.get());
        if (target.isEmpty() || !target.get().startsWith("content/")) {
            return error(origin, at, "link '" + shown(url) + "' leads outside the content folder",
                    "link to files beside your Markdown, relative to the Markdown file");
        }
        String path = target.get();
        String page = pages.get(path);
        if (page != null) {
            return new Change.PointTo(SITE_ROOT + page + (suffix.startsWith("#") ? suffix : ""));
        }
        String why = unpublishedPages.get(path);
        if (why != null) {
            return error(origin, at, "link to " + path + ", which this build does not publish: " + why,
                    "remove the link, or publish that page");
        }
        SiteFolder.Entry file = besideFiles.get(path);
        if (file == null) {
            return error(origin, at, "link to " + path + ", which does not exist", relativeHint(origin, decoded.get()));
        }
        return attachment(file, origin, at, suffix.startsWith("#") ? suffix : "");
    }

    private Change attachment(SiteFolder.Entry file, Origin origin, Optional<SourceLink> at, String fragment) {
        Optional<AttachmentType> type = AttachmentType.ofName(file.path());
        if (type.isEmpty()) {
            String extension = AttachmentType.extension(file.path());
            return error(origin, at, "link to " + file.path() + ", a " + (extension.isEmpty() ? "file without extension"
                            : "'." + extension + "' file") + ", which Casebake does not publish",
                    "Casebake publishes " + AttachmentType.allExtensions() + " files");
        }
        if (ContentLayout.isInTeachingNotes(file.path()) && origin.kind() != SourceKind.TEACHING_NOTE) {
            return error(origin, at, "link to " + file.path() + ", which only the teaching notes may show",
                    "this page is published to students; link to it from teaching-notes.md, or move the file out of teaching-notes/");
        }
        AttachmentCheck.Checked result = checked.computeIfAbsent(file.path(), p -> AttachmentCheck.check(file, type.get(), problems));
        if (result.published().isEmpty()) {
            result.mismatch().ifPresent(reason ->
                    error(origin, at, "link to " + file.path() + ", which is not " + type.get().description() + ": " + reason,
                            "save the file in the format its name says, or fix the link"));
            return REFUSED;
        }
        return new Change.PointTo(SITE_ROOT + result.published().get().sitePath() + fragment);
    }

    /** Where a file beside a case is published: answers' files under their content's hash, others under their own name. */
    static String sitePath(String sourcePath, String contentHash) {
        if (ContentLayout.isInAnswers(sourcePath)) {
            return "cases/" + ContentLayout.caseSlugOf(sourcePath) + "/answers/" + contentHash + "."
                    + AttachmentType.extension(sourcePath);
        }
        return sourcePath.substring((ContentLayout.CONTENT + "/").length());
    }

    private boolean isRemote(String url) {
        Optional<String> host = hostOf(url.startsWith("//") ? "https:" + url : url);
        return host.isEmpty() || !host.get().equals(siteHost);
    }

    private static Optional<String> hostOf(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A hint for a link written relative to the case page rather than to the Markdown file. */
    private String relativeHint(Origin origin, String written) {
        if (origin.kind() == SourceKind.ANSWER) {
            String caseFolder = origin.path().substring(0, origin.path().indexOf("/answers/") + 1);
            String answerFolder = origin.path().substring(0, origin.path().lastIndexOf('/') + 1);
            Optional<String> fromCase = normalised(caseFolder + written);
            if (fromCase.isPresent() && besideFiles.containsKey(fromCase.get())) {
                String relative = fromCase.get().startsWith(answerFolder) ? fromCase.get().substring(answerFolder.length())
                        : "../" + fromCase.get().substring(caseFolder.length());
                return "links are relative to the answer's own file: write '" + relative + "'";
            }
        }
        return "links to files are relative to the Markdown file that holds them";
    }

    private Change error(Origin origin, Optional<SourceLink> at, String message, String hint) {
        int line = at.map(l -> origin.bodyFirstLine() + l.line() - 1).orElse(origin.bodyFirstLine());
        int column = at.map(SourceLink::column).orElse(1);
        problems.add(Problem.error(origin.path(), line, column, message, hint));
        return REFUSED;
    }

    private void warn(Origin origin, Optional<SourceLink> at, String message, String hint) {
        int line = at.map(l -> origin.bodyFirstLine() + l.line() - 1).orElse(origin.bodyFirstLine());
        int column = at.map(SourceLink::column).orElse(1);
        problems.add(Problem.warning(origin.path(), line, column, message, hint));
    }

    /** {@code a/b/../c} as {@code a/c}; empty when it climbs above the source folder. */
    static Optional<String> normalised(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** The path with %XX escapes decoded as UTF-8; empty when an escape is malformed or decodes to a control character or backslash. */
    static Optional<String> percentDecoded(String path) {
        if (path.indexOf('%') < 0) {
            return clean(path);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0 || Character.digit(path.charAt(i + 2), 16) < 0) {
                    return Optional.empty();
                }
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return clean(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Optional<String> clean(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < ' ' || c == 0x7F || c == '\\' || c == '\uFFFD') {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String shown(String url) {
        String oneLine = url.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
