package org.casebake.validate;

import org.casebake.parse.Fields;
import org.casebake.parse.FrontMatterDocument;
import org.casebake.problem.ProblemCollector;

import java.util.Optional;

/** Checks a teaching note's front matter: an optional {@code title}, nothing else. */
public final class TeachingNoteBinder {

    /** A teaching note's checked title and body. */
    public record BoundNote(String path, String caseSlug, String title, String body, int bodyFirstLine) {
    }

    /** Binds one note; empty when it has errors (reported). */
    public Optional<BoundNote> bind(FrontMatterDocument doc, ProblemCollector problems) {
        int before = problems.errorCount();
        Fields f = new Fields(doc.source().path(), "", doc.fields(), problems);
        String title = f.text("title", false).orElse("Teaching notes");
        f.rejectUnknown();
        return problems.errorCount() > before ? Optional.empty()
                : Optional.of(new BoundNote(doc.source().path(), doc.source().caseSlug(), title, doc.body(), doc.bodyFirstLine()));
    }
}
