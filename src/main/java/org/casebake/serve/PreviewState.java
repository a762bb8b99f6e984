package org.casebake.serve;

import org.casebake.search.JsonString;

import java.util.List;
import java.util.Objects;

/**
 * What the preview shows right now: the last good build, and the problems of the latest build if it
 * failed (empty when it succeeded). Replaced as a whole after every rebuild, so a request never sees
 * a half-updated site.
 *
 * @param site     the last good build ({@link SiteSnapshot#NONE} before the first)
 * @param problems the latest failed build's problems, one {@code path:line:col: error: ...} line each
 */
record PreviewState(SiteSnapshot site, List<String> problems) {

    PreviewState {
        Objects.requireNonNull(site, "site");
        problems = List.copyOf(problems);
    }

    /** The problems as a JSON array of strings, for the browser. */
    String problemsJson() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < problems.size(); i++) {
            json.append(i == 0 ? "" : ",").append(JsonString.quote(problems.get(i)));
        }
        return json.append(']').toString();
    }

    /** The whole state as JSON: {@code {"build":3,"problems":[...]}}. */
    String toJson() {
        return "{\"build\":" + site.build() + ",\"problems\":" + problemsJson() + "}";
    }
}
