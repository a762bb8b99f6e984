package org.casebake.parse;

import org.casebake.parse.HtmlLinks.Change;
import org.casebake.parse.HtmlLinks.Rewritten;
import org.casebake.parse.HtmlLinks.Use;
import org.casebake.source.Memo;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rewrites the URLs of sanitized HTML as {@link HtmlLinks#rewritten(String, Function)} does, and
 * remembers for a long-running caller ({@code casebake serve}) what each text's last rewrite asked
 * and gave. The changes are asked for again on every build, as they depend on the pages and files of
 * that build and report its problems; the text is parsed and written again only when they differ
 * from the last ones, so a rebuild parses only the texts that changed, not every answer with a link.
 *
 * <p>Safe for use from parallel streams within a build; {@link #endBuild()} is called between builds.
 */
public final class LinkRewrites {

    private final Memo<String, Rewritten> last;

    private LinkRewrites(Memo<String, Rewritten> last) {
        this.last = last;
    }

    /** Rewrites that remember nothing: each parses its text once (a one-off build). */
    public static LinkRewrites none() {
        return new LinkRewrites(Memo.none());
    }

    /** Rewrites that remember each text's last rewrite, until a build does not rewrite the text. */
    public static LinkRewrites kept() {
        return new LinkRewrites(Memo.kept());
    }

    /** {@code html} with every URL changed as {@code decide} says; the very same string when nothing changed. */
    public String rewrite(String html, Function<Use, Change> decide) {
        Optional<Rewritten> before = last.recall(html);
        if (before.isEmpty()) {
            return last.remember(html, HtmlLinks.rewritten(html, decide)).html();
        }
        List<Change> changes = HtmlLinks.asked(before.get().elements(), decide);
        if (changes.equals(before.get().changes())) {
            return before.get().html();
        }
        return last.remember(html, new Rewritten(HtmlLinks.rewrite(html, changes), before.get().elements(), changes)).html();
    }

    /** Ends a build: forgets the texts it did not rewrite. */
    public void endBuild() {
        last.endBuild();
    }
}
