package org.casebake.testing;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;

/**
 * Deque's axe-core, run on the page a browser shows now: the rules of WCAG 2.0 and 2.1 at levels A
 * and AA, and axe's best practices. Every violation counts, whatever its impact. The only class
 * that sees axe's types.
 *
 * <p>axe's libraries are on the classpath of the tests tagged {@value #TAG} only (see pom.xml): a
 * test using this class carries {@code @Tag(AxeCheck.TAG)}.
 */
public final class AxeCheck {

    /** The JUnit tag of the tests that run axe or the Nu Html Checker. */
    public static final String TAG = "conformance";

    private static final List<String> RULE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final int SNIPPET = 160;

    private AxeCheck() {
    }

    /**
     * The violations on the page {@code driver} shows, one line per rule and element:
     * {@code rule (impact) at selector: what to fix; <element>}. Empty when the page passes.
     */
    public static List<String> violations(WebDriver driver) {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(RULE_TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        // Passes and inapplicable rules are not sent back node by node: much of axe's time on a page.
        options.setResultTypes(List.of("violations"));
        options.setIFrames(false);
        return report(new AxeBuilder().setLegacyMode(true).disableIframeTesting().withOptions(options).analyze(driver));
    }

    private static List<String> report(Results results) {
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check the page: " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + ": "
                        + node.getFailureSummary().replace('\n', ' ') + "; " + shortened(node.getHtml()));
            }
        }
        return found;
    }

    private static String shortened(String html) {
        String line = html.replace('\n', ' ');
        return line.length() <= SNIPPET ? line : line.substring(0, SNIPPET) + "...";
    }
}
