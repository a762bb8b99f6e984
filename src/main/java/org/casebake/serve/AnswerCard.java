package org.casebake.serve;

import org.casebake.model.Comparison;
import org.casebake.model.Question;
import org.casebake.validate.BoundComparison;

import java.util.List;
import java.util.Map;

import static org.casebake.serve.HtmlText.escape;

/**
 * One answer in the curation view: a heading with the name as students see it, its status and board
 * context, its text as students see it, and its actions. Each answer is an {@code article} with
 * {@code data-answer-file} (its path in the site) and {@code data-version} (the SHA-256 of the bytes
 * shown, so a write over a file changed since is refused); each action is a button with
 * {@code data-action}.
 */
final class AnswerCard {

    private final List<Question> questions;
    private final Map<String, String> themes;
    private final List<BoundComparison> comparisons;

    AnswerCard(List<Question> questions, Map<String, String> themes, List<BoundComparison> comparisons) {
        this.questions = questions;
        this.themes = themes;
        this.comparisons = comparisons;
    }

    String html(CurationCatalog.Answer a) {
        String id = "answer-" + a.stem();
        String name = a.author().isBlank() ? a.stem() : a.author();
        StringBuilder out = new StringBuilder();
        out.append("<li><article class=\"curate-answer status-").append(escape(a.status())).append(a.featured() ? " featured" : "")
                .append("\" id=\"").append(escape(id)).append("\" tabindex=\"-1\" aria-labelledby=\"").append(escape(id))
                .append("-h\" data-answer-file=\"").append(escape(a.path())).append("\" data-version=\"").append(escape(a.version()))
                .append("\" data-featured=\"").append(a.featured()).append("\">\n");
        out.append("<h2 id=\"").append(escape(id)).append("-h\"><span class=\"visually-hidden\">Answer by </span>")
                .append(escape(name)).append(" <span class=\"curate-file\">").append(escape(a.stem())).append(".md</span> ")
                .append("<span class=\"curate-status\">").append(escape(label(a.status()))).append("</span>")
                .append(a.featured() ? " <span class=\"badge badge-featured\">Featured</span>" : "").append("</h2>\n");
        context(out, a);
        a.problems().forEach(p -> out.append("<p class=\"curate-problem\">").append(escape(p)).append("</p>\n"));
        out.append("<div class=\"answer-body prose\" data-passage-source>").append(a.html()).append("</div>\n");
        fields(out, a);
        actions(out, a, name);
        editors(out, a, name);
        return out.append("</article></li>\n").toString();
    }

    private void context(StringBuilder out, CurationCatalog.Answer a) {
        if (a.subject().isEmpty() && a.replyTo().isEmpty() && a.submitted().isEmpty()) {
            return;
        }
        out.append("<p class=\"curate-context\">");
        String sep = "";
        if (!a.subject().isEmpty()) {
            out.append("Board subject: “").append(escape(a.subject())).append("”");
            sep = " · ";
        }
        if (!a.replyTo().isEmpty()) {
            out.append(sep).append("In reply to <a href=\"#answer-").append(escape(a.replyTo())).append("\">")
                    .append(escape(a.replyTo())).append("</a>");
            sep = " · ";
        }
        if (!a.submitted().isEmpty()) {
            out.append(sep).append("Submitted ").append(escape(a.submitted()));
        }
        out.append("</p>\n");
    }

    private void fields(StringBuilder out, CurationCatalog.Answer a) {
        out.append("<dl class=\"curate-fields\">\n<dt>Questions</dt><dd>");
        out.append(a.questions().isEmpty() ? "none" : escape(String.join(", ", a.questions()))).append("</dd>\n<dt>Themes</dt><dd>");
        if (a.themes().isEmpty()) {
            out.append("none");
        }
        for (String theme : a.themes()) {
            out.append("<span class=\"tag\">").append(escape(themes.getOrDefault(theme, theme))).append("</span> ")
                    .append("<button type=\"button\" class=\"curate-small\" data-action=\"remove-theme\" data-value=\"")
                    .append(escape(theme)).append("\">Remove<span class=\"visually-hidden\"> theme ")
                    .append(escape(themes.getOrDefault(theme, theme))).append("</span></button> ");
        }
        out.append("</dd>\n<dt>Positions</dt><dd>");
        if (a.positions().isEmpty()) {
            out.append("none");
        } else {
            out.append("<ul class=\"curate-positions\">");
            for (int i = 0; i < a.positions().size(); i++) {
                CurationCatalog.PositionEntry p = a.positions().get(i);
                String text = p.dimension() + ", " + p.side() + ", " + p.view();
                out.append("<li>").append(escape(text));
                if (!p.quote().isEmpty()) {
                    out.append(": <q>").append(escape(p.quote())).append("</q>");
                }
                out.append(" <button type=\"button\" class=\"curate-small\" data-action=\"remove-position\" data-value=\"").append(i)
                        .append("\">Remove<span class=\"visually-hidden\"> position ").append(i + 1).append(" (")
                        .append(escape(text)).append(")</span></button></li>");
            }
            out.append("</ul>");
        }
        out.append("</dd>\n</dl>\n");
    }

    private static void actions(StringBuilder out, CurationCatalog.Answer a, String name) {
        out.append("<div class=\"curate-actions\" role=\"group\" aria-label=\"Status of the answer by ").append(escape(name))
                .append("\">");
        button(out, "curate", "Curate", "c", a.status().equals("curated"));
        button(out, "reject", "Reject", "r", a.status().equals("rejected"));
        button(out, "pending", "Mark pending", "", a.status().equals("pending"));
        if (a.featured()) {
            button(out, "unfeature", "Unfeature", "f", false);
        } else {
            button(out, "feature", "Feature", "f", false);
        }
        out.append("</div>\n");
    }

    private static void button(StringBuilder out, String action, String text, String key, boolean current) {
        out.append("<button type=\"button\" data-action=\"").append(action).append("\"")
                .append(key.isEmpty() ? "" : " aria-keyshortcuts=\"" + key + "\"")
                .append(current ? " aria-pressed=\"true\"" : "").append(">").append(text).append("</button> ");
    }

    private void editors(StringBuilder out, CurationCatalog.Answer a, String name) {
        String id = "answer-" + a.stem();
        out.append("<details class=\"curate-edit\"><summary>Questions and themes</summary>\n<fieldset><legend>Questions this answer addresses</legend>");
        for (Question q : questions) {
            String box = id + "-q-" + q.id();
            out.append("<label for=\"").append(escape(box)).append("\"><input type=\"checkbox\" name=\"questions\" id=\"")
                    .append(escape(box)).append("\" value=\"").append(escape(q.id())).append("\"")
                    .append(a.questions().contains(q.id()) ? " checked" : "").append("> Q").append(q.number()).append(": ")
                    .append(escape(q.prompt())).append("</label>");
        }
        out.append("<button type=\"button\" data-action=\"set-questions\">Set questions</button></fieldset>\n");
        if (!themes.isEmpty()) {
            String select = id + "-theme";
            out.append("<p><label for=\"").append(escape(select)).append("\">Theme</label> <select id=\"").append(escape(select))
                    .append("\" name=\"theme\">");
            themes.forEach((slug, label) -> {
                if (!a.themes().contains(slug)) {
                    out.append("<option value=\"").append(escape(slug)).append("\">").append(escape(label)).append("</option>");
                }
            });
            out.append("</select> <button type=\"button\" data-action=\"add-theme\">Add theme</button></p>\n");
        }
        out.append("</details>\n");
        if (!comparisons.isEmpty()) {
            position(out, id);
        }
    }

    private void position(StringBuilder out, String id) {
        out.append("<details class=\"curate-edit curate-position\"><summary>Add a position</summary>\n<fieldset><legend>")
                .append("A position from a passage</legend>\n<p class=\"curate-hint\">Select a passage of the answer's text: it becomes ")
                .append("the quote. You can also type or correct it here.</p>\n<p><label for=\"").append(id).append("-quote\">Quote</label>")
                .append("<textarea id=\"").append(id).append("-quote\" name=\"quote\" rows=\"3\"></textarea></p>\n<p><label for=\"")
                .append(id).append("-dimension\">Comparison and dimension</label> <select id=\"").append(id)
                .append("-dimension\" name=\"dimension\">");
        for (BoundComparison c : comparisons) {
            out.append("<optgroup label=\"").append(escape(c.title())).append("\">");
            for (Comparison.Dimension d : c.dimensions()) {
                out.append("<option value=\"").append(escape(d.id())).append("\">").append(escape(d.label())).append("</option>");
            }
            out.append("</optgroup>");
        }
        out.append("</select></p>\n<p><label for=\"").append(id).append("-side\">Side</label> <select id=\"").append(id)
                .append("-side\" name=\"side\">");
        CurationCatalog.sides(comparisons).forEach((side, label) -> out.append("<option value=\"").append(escape(side)).append("\">")
                .append(escape(label)).append("</option>"));
        out.append("</select></p>\n<fieldset class=\"curate-view\"><legend>The passage argues</legend>")
                .append("<label><input type=\"radio\" name=\"").append(id).append("-view\" value=\"strength\" checked> a strength</label> ")
                .append("<label><input type=\"radio\" name=\"").append(id).append("-view\" value=\"weakness\"> a weakness</label>")
                .append("</fieldset>\n<button type=\"button\" data-action=\"add-position\">Add position</button></fieldset></details>\n");
    }

    private static String label(String status) {
        return switch (status) {
            case "pending" -> "Pending";
            case "rejected" -> "Rejected";
            case "curated" -> "Curated";
            default -> status;
        };
    }
}
