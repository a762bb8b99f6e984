package org.casebake.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code casebake init} puts into a new course folder: {@code site-config.yml} with a fresh
 * privacy salt, one draft case (or the Netflix sample), {@code .gitignore}, a GitHub Pages workflow
 * that downloads a pinned Casebake release, and a README for the course team.
 */
public final class CourseStarter {

    /** Where the course workflow goes in the new folder. */
    public static final String WORKFLOW = ".github/workflows/pages.yml";
    /** The draft case of a blank course. */
    public static final String FIRST_CASE = "content/cases/first-case/index.md";

    private static final String COURSE = "casebake-course";
    private static final String SAMPLE = "casebake-sample";
    private static final Pattern SAMPLE_SALT = Pattern.compile("(?m)^(\\s+salt:\\s*).*$");

    private final ReleasePin pin;
    private final SecureRandom random;

    /** A starter whose workflow downloads {@code pin}, with salts drawn from {@code random}. */
    public CourseStarter(ReleasePin pin, SecureRandom random) {
        this.pin = pin;
        this.random = random;
    }

    /** A course titled {@code title} with one draft case dated {@code today}. */
    public CourseFiles blank(String title, LocalDate today) throws IOException {
        SortedMap<String, byte[]> files = common(title);
        String config = BundledFiles.text(COURSE, "site-config.yml")
                .replace("@TITLE@", FrontMatterWriter.quote(title))
                .replace("@SALT@", newSalt());
        files.put("site-config.yml", utf8(config));
        files.put(FIRST_CASE, utf8(new StarterFiles().caseStudy("Your first case", today)));
        return new CourseFiles(files);
    }

    /** The Netflix sample course (its content and settings), with a fresh salt instead of the sample's. */
    public CourseFiles sample() throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : BundledFiles.under(SAMPLE).entrySet()) {
            files.put(file.getKey(), file.getValue());
        }
        String config = new String(files.get("site-config.yml"), StandardCharsets.UTF_8);
        Matcher salt = SAMPLE_SALT.matcher(config);
        if (!salt.find()) {
            throw new IOException("the sample's site-config.yml has no salt to replace");
        }
        files.put("site-config.yml", utf8(salt.replaceFirst(Matcher.quoteReplacement(salt.group(1) + "\"" + newSalt() + "\""))));
        files.putAll(common("MGMT 301 Case Studies"));
        return new CourseFiles(files);
    }

    /** The README, .gitignore and workflow every new course gets. */
    private SortedMap<String, byte[]> common(String title) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(".gitignore", BundledFiles.under(COURSE).get("gitignore"));
        files.put(WORKFLOW, utf8(workflow()));
        files.put("README.md", utf8(pinned(BundledFiles.text(COURSE, "README.md")).replace("@NAME@", title)));
        return files;
    }

    /** The GitHub Pages workflow, pinned to the release. */
    public String workflow() throws IOException {
        return pinned(BundledFiles.text(COURSE, "pages.yml"));
    }

    /** {@code text} with the release's version, address and checksum filled in. */
    private String pinned(String text) {
        return text.replace("@VERSION@", pin.version())
                .replace("@SHA256@", pin.sha256OrPlaceholder())
                .replace("@RELEASES@", pin.releasesUrl())
                .replace("@PROJECT@", pin.projectUrl());
    }

    /** 24 random bytes (192 bits), in URL-safe Base64 so the salt needs no escaping in YAML. */
    private String newSalt() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
