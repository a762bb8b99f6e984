package org.casebake.render;

import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.ModelExtractors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * casebake.jar leaves out OrientDB and the other libraries JBake depends on that nothing on
 * Casebake's code paths loads (the exclusions on jbake-core in pom.xml), and the tests run on the
 * same classpath. These tests check that this JVM really lacks them, then load every JBake class
 * Casebake's code refers to and run every JBake code path Casebake uses: the configuration (with a
 * jbake.properties), Freemarker set up as JBake sets it up, JBake's model keys and each of its model
 * extractors. If a JBake upgrade starts needing an excluded library, they fail and say which.
 */
class JBakeClasspathTest {

    /** A library pom.xml excludes from jbake-core's dependencies, a class only it has, and its packages. */
    private record Excluded(String artifact, String markerClass, List<String> packages) {
    }

    private static final List<Excluded> EXCLUDED = List.of(
            new Excluded("com.orientechnologies:orientdb-core", "com.orientechnologies.orient.core.Orient",
                    List.of("com.orientechnologies.")),
            new Excluded("com.ibm.icu:icu4j (through orientdb-core)", "com.ibm.icu.text.Transliterator",
                    List.of("com.ibm.icu.")),
            new Excluded("com.github.jnr:jnr-posix (through orientdb-core)", "jnr.posix.POSIX", List.of("jnr.posix.")),
            new Excluded("com.github.jnr:jnr-ffi (through orientdb-core)", "jnr.ffi.Runtime", List.of("jnr.ffi.")),
            new Excluded("com.github.jnr:jffi (through orientdb-core)", "com.kenai.jffi.Foreign",
                    List.of("com.kenai.jffi.")),
            new Excluded("com.github.jnr:jnr-constants (through orientdb-core)", "jnr.constants.Platform",
                    List.of("jnr.constants.")),
            new Excluded("org.ow2.asm:asm (through orientdb-core)", "org.objectweb.asm.ClassReader",
                    List.of("org.objectweb.asm.")),
            new Excluded("com.carrotsearch:hppc (through orientdb-core)", "com.carrotsearch.hppc.IntArrayList",
                    List.of("com.carrotsearch.hppc.")),
            new Excluded("org.lz4:lz4-java (through orientdb-core)", "net.jpountz.lz4.LZ4Factory",
                    List.of("net.jpountz.")),
            new Excluded("com.googlecode.concurrentlinkedhashmap:concurrentlinkedhashmap-lru (through orientdb-core)",
                    "com.googlecode.concurrentlinkedhashmap.ConcurrentLinkedHashMap",
                    List.of("com.googlecode.concurrentlinkedhashmap.")),
            new Excluded("commons-lang:commons-lang (through orientdb-core)", "org.apache.commons.lang.StringUtils",
                    List.of("org.apache.commons.lang.")),
            new Excluded("javax.activation:javax.activation-api (through orientdb-core)", "javax.activation.DataSource",
                    List.of("javax.activation.")),
            new Excluded("commons-io:commons-io", "org.apache.commons.io.IOUtils", List.of("org.apache.commons.io.")),
            new Excluded("com.googlecode.json-simple:json-simple", "org.json.simple.JSONObject",
                    List.of("org.json.simple.")),
            new Excluded("org.slf4j:jul-to-slf4j", "org.slf4j.bridge.SLF4JBridgeHandler", List.of("org.slf4j.bridge.")),
            new Excluded("commons-logging:commons-logging (jcl-over-slf4j provides its API)",
                    "org.apache.commons.logging.impl.LogFactoryImpl", List.of("org.apache.commons.logging.impl.")));

    private static final Pattern JBAKE_CLASS = Pattern.compile("org/jbake/[A-Za-z0-9_/$]+");

    @TempDir
    Path site;

    @Test
    void theTestsRunWithoutTheLibrariesTheJarLeavesOut() {
        List<String> present = new ArrayList<>();
        for (Excluded excluded : EXCLUDED) {
            if (isOnClasspath(excluded.markerClass())) {
                present.add(excluded.artifact() + " (" + excluded.markerClass() + ")");
            }
        }
        assertEquals(List.of(), present, "these libraries are on the test classpath although casebake.jar leaves them"
                + " out, so the tests no longer run against what ships: check the exclusions on jbake-core in pom.xml"
                + " and what else brings them in");
    }

    @Test
    void everyJBakeClassCasebakeRefersToLoads() throws IOException, URISyntaxException {
        Set<String> used = jbakeClassesReferencedByCasebake();
        assertTrue(used.contains("org.jbake.template.ModelExtractors"), "found JBake classes " + used);
        for (String name : used) {
            runsWithoutTheExcludedLibraries("load " + name, () -> Class.forName(name, true, getClass().getClassLoader()));
        }
    }

    @Test
    void theConfigurationAndTemplateSetUpRunWithJBakesOwnKeys() throws Exception {
        Files.writeString(site.resolve("jbake.properties"), "course.room=B 204\nmarkdown.extensions=TABLES,AUTOLINKS\n");
        Path templates = Files.createDirectories(site.resolve("templates"));
        Files.writeString(templates.resolve("page.ftl"), "<p>${title}|${config.course_room}|${(version?length > 0)?c}"
                + "|${published_date?date?string.iso?length}|${(db??)?c}|${(data??)?c}</p>");
        String[] page = new String[1];
        runsWithoutTheExcludedLibraries("read jbake.properties and render a page with JBake's model keys", () -> {
            JBakeTemplates engines = new JBakeTemplates(site, templates);
            page[0] = new String(engines.render("page.ftl", Map.of("title", "Netflix")), StandardCharsets.UTF_8);
        });
        // db is absent: Casebake never starts JBake's content store.
        assertEquals("<p>Netflix|B 204|true|10|false|true</p>", page[0]);
    }

    @Test
    void everyModelExtractorJBakeRegistersResolvesInATemplate() throws Exception {
        Path templates = Files.createDirectories(site.resolve("templates"));
        runsWithoutTheExcludedLibraries("configure JBake", () -> new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(site.toFile(), site.resolve("target").toFile(), false));
        Set<String> keys = new TreeSet<>(ModelExtractors.getInstance().keySet());
        assertTrue(keys.containsAll(Set.of("db", "data", "published_date", "published_posts", "tags", "alltags")),
                "JBake's model extractors: " + keys);
        for (String key : keys) {
            Files.writeString(templates.resolve(key + ".ftl"), "<#assign value = " + key + "!>");
            runsWithoutTheExcludedLibraries("resolve the template variable '" + key + "'", () -> {
                try {
                    new JBakeTemplates(site, templates).render(key + ".ftl", Map.of());
                } catch (TemplateFailure | RuntimeException noContentStore) {
                    // The keys that query JBake's content store fail without one; that is not a missing class.
                }
            });
        }
    }

    /** Runs {@code step}; a missing class fails the test with the excluded library it belongs to. */
    private static void runsWithoutTheExcludedLibraries(String step, Executable action) {
        try {
            action.execute();
        } catch (LinkageError e) {
            fail(explain(step, e), e);
        } catch (Throwable e) {
            fail("could not " + step + ": " + e, e);
        }
    }

    private static String explain(String step, LinkageError error) {
        String missing = missingClass(error);
        Optional<Excluded> library = EXCLUDED.stream()
                .filter(e -> e.packages().stream().anyMatch(missing::startsWith))
                .findFirst();
        return "JBake " + jbakeVersion() + " needs " + missing + " to " + step + ", "
                + library.map(e -> "from " + e.artifact() + ", which pom.xml excludes from jbake-core's dependencies"
                        + " to keep casebake.jar small")
                        .orElse("which is not on the classpath")
                + ". Remove that exclusion (and measure the jar again, see README), or keep Casebake off this JBake"
                + " code path. (" + error + ")";
    }

    private static String missingClass(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                String message = String.valueOf(t.getMessage());
                return message.replace('/', '.').replaceFirst("^Could not initialize class ", "");
            }
        }
        return String.valueOf(error.getMessage());
    }

    private static String jbakeVersion() {
        String version = ModelExtractors.class.getPackage().getImplementationVersion();
        return version == null ? "(this version)" : version;
    }

    private static boolean isOnClasspath(String className) {
        try {
            Class.forName(className, false, JBakeClasspathTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The JBake classes named in the constant pools of Casebake's compiled classes. */
    private static Set<String> jbakeClassesReferencedByCasebake() throws IOException, URISyntaxException {
        Path classes = Path.of(JBakeTemplates.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                Matcher m = JBAKE_CLASS.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    names.add(m.group().replace('/', '.'));
                }
            }
        }
        return names;
    }
}
