package org.casebake.serve;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PreviewRouterTest {

    private final PreviewRouter router = new PreviewRouter();
    private final SiteSnapshot site = new SiteSnapshot(3, "/course/", Map.of(
            "index.html", bytes("home"),
            "404.html", bytes("not found"),
            "cases/a/index.html", bytes("case a"),
            "assets/logo.svg", bytes("<svg/>")));

    @Test
    void foldersAreAnsweredByTheirIndexPage() {
        assertEquals(new Answer(200, "text/html; charset=utf-8", "", "home"), answer("/course/"));
        assertEquals(new Answer(200, "text/html; charset=utf-8", "", "case a"), answer("/course/cases/a/"));
        assertEquals(new Answer(200, "image/svg+xml", "", "<svg/>"), answer("/course/assets/logo.svg"));
    }

    @Test
    void pathsWithoutTheirTrailingSlashAreRedirected() {
        assertEquals("/course/", answer("/").location());
        assertEquals("/course/", answer("/course").location());
        assertEquals("/course/cases/a/", answer("/course/cases/a").location());
    }

    @Test
    void missingFilesAndPathsOutsideTheSiteGetTheSitesNotFoundPage() {
        for (String path : List.of("/course/cases/b/", "/other/index.html", "/course/cases/../index.html", "/course/./index.html")) {
            assertEquals(new Answer(404, "text/html; charset=utf-8", "", "not found"), answer(path), path);
        }
    }

    @Test
    void aSiteAtTheServerRootNeedsNoRedirect() {
        SiteSnapshot atRoot = new SiteSnapshot(1, "/", Map.of("index.html", bytes("home")));
        assertEquals(new Answer(200, "text/html; charset=utf-8", "", "home"), answer("/", atRoot));
        assertEquals(new Answer(404, "text/plain; charset=utf-8", "", "Not found in the preview.\n"), answer("/x", atRoot));
    }

    @Test
    void escapedBasePathMatchesTheDecodedRequestPath() {
        SiteSnapshot escaped = new SiteSnapshot(1, "/my%20course/", Map.of("index.html", bytes("home")));
        assertEquals(new Answer(200, "text/html; charset=utf-8", "", "home"), answer("/my course/", escaped));
        assertEquals("/my%20course/", answer("/", escaped).location());
    }

    @Test
    void beforeTheFirstGoodBuildEveryPathShowsTheWaitingPage() {
        PreviewResponse response = router.route("/course/cases/a/", SiteSnapshot.NONE);
        assertEquals(503, response.status());
        assertEquals("text/html; charset=utf-8", response.mediaType());
    }

    private Answer answer(String path) {
        return answer(path, site);
    }

    private Answer answer(String path, SiteSnapshot in) {
        PreviewResponse r = router.route(path, in);
        String body = r.status() == 302 ? "" : new String(r.body(), StandardCharsets.UTF_8);
        return new Answer(r.status(), r.status() == 302 ? "" : r.mediaType(), r.location().orElse(""), body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record Answer(int status, String mediaType, String location, String body) {
    }
}
