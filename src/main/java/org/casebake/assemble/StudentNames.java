package org.casebake.assemble;

import org.casebake.config.SiteConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the names students wrote into what the privacy setting lets readers see, and derives the
 * stable answer anchors, which must not contain a name either.
 *
 * <p>Pseudonyms are an adjective and an animal chosen by a salted hash of the name, so the same
 * student keeps the same alias across builds and cases but cannot be recovered without the salt;
 * two students whose aliases collide get the next free one, decided in a fixed order.
 */
public final class StudentNames {

    private static final List<String> ADJECTIVES = List.of("Amber", "Azure", "Brisk", "Calm", "Cedar", "Clever",
            "Coral", "Crimson", "Dapper", "Eager", "Fern", "Gentle", "Golden", "Hazel", "Indigo", "Ivory", "Jade",
            "Keen", "Lively", "Lunar", "Maple", "Mellow", "Nimble", "Ochre", "Olive", "Quiet", "Rapid", "Russet",
            "Silver", "Steady", "Sunny", "Swift");
    private static final List<String> ANIMALS = List.of("Badger", "Bison", "Crane", "Dolphin", "Eagle", "Falcon",
            "Ferret", "Finch", "Fox", "Gecko", "Heron", "Ibis", "Jaguar", "Kestrel", "Koala", "Lark", "Lynx",
            "Marten", "Moose", "Newt", "Orca", "Otter", "Owl", "Panda", "Puffin", "Quail", "Raven", "Robin",
            "Seal", "Stork", "Tern", "Wren");

    private final SiteConfig.Privacy privacy;
    private final Map<String, String> pseudonyms;
    /** Each answer's anchor once made, by source path: the model asks for it in several places. */
    private final Map<String, String> anchors = new ConcurrentHashMap<>();

    /** Names for one build; {@code allNames} are every author as written, so pseudonyms can avoid collisions. */
    public StudentNames(SiteConfig.Privacy privacy, List<String> allNames) {
        this.privacy = privacy;
        // Pseudonyms cost a salted hash per student: made only for the pseudonym style, or where initials
        // would spell a whole name and the pseudonym stands in for them.
        boolean needed = privacy.studentNames() == SiteConfig.NameStyle.PSEUDONYM
                || privacy.studentNames() != SiteConfig.NameStyle.FULL && allNames.stream().anyMatch(StudentNames::initialsSpellIt);
        this.pseudonyms = needed ? assignPseudonyms(allNames) : Map.of();
    }

    /**
     * The name as readers see it, before {@link #labels} tells apart students of one case who would
     * look alike. "Doe, Jane" is read as family name, given name. A form that would show the whole
     * name falls back to a safer one: {@code first-name} shows initials for a name of one word or in
     * a script written without spaces (王小明: "王."), and initials that would spell the whole name
     * (a name of single letters) give way to the pseudonym.
     */
    public String display(String name) {
        return label(name);
    }

    /**
     * The label of each of {@code authors} (the authors of one case's answers, as written) such that
     * no two students share one. Students whose labels collide show more letters of one part of their
     * names: the part where they differ soonest (the family name when two parts differ as soon), by as
     * many letters as it takes. "Colin Stevenson" and "Crystal Smallface" become "C. St." and
     * "C. Sm."; "Carla Stone" and "Chris Stone" become "Ca. S." and "Ch. S."; in {@code first-name}
     * style "Colin Stevenson" and "Colin Smith" become "Colin St." and "Colin Sm.". The result depends
     * only on the set of names, not on their order, so it is the same in every build of the same input.
     */
    public Map<String, String> labels(Collection<String> authors) {
        Map<String, String> byKey = new TreeMap<>();
        authors.forEach(a -> byKey.putIfAbsent(normalise(a), a));
        Map<String, Shown> shown = new TreeMap<>();
        byKey.forEach((key, author) -> shown.put(key, shape(author)));
        boolean grew = true;
        while (grew) {
            grew = false;
            Map<String, List<Shown>> byLabel = new TreeMap<>();
            shown.values().forEach(s -> byLabel.computeIfAbsent(s.label(), l -> new ArrayList<>()).add(s));
            for (List<Shown> same : byLabel.values()) {
                grew |= same.size() > 1 && Shown.tellApart(same);
            }
        }
        // Names that no letter tells apart without showing one whole ("Marc", "Mara"): numbered, in an order
        // that follows the salted hash, not the names.
        Map<String, List<String>> keysByLabel = new TreeMap<>();
        shown.forEach((key, s) -> keysByLabel.computeIfAbsent(s.label(), l -> new ArrayList<>()).add(key));
        Map<String, String> byKeyLabel = new HashMap<>();
        keysByLabel.forEach((label, keys) -> {
            Map<String, String> order = new HashMap<>();
            keys.forEach(k -> order.put(k, hash(privacy.salt() + "\n" + k)));
            List<String> ordered = keys.stream().sorted(java.util.Comparator.comparing(order::get)).toList();
            for (int i = 0; i < ordered.size(); i++) {
                byKeyLabel.put(ordered.get(i), ordered.size() == 1 ? label : label + " (" + (i + 1) + ")");
            }
        });
        Map<String, String> labels = new HashMap<>();
        authors.forEach(a -> labels.put(a, byKeyLabel.get(normalise(a))));
        return labels;
    }

    /** How much of a name the setting shows, before students are told apart. */
    private Shown shape(String name) {
        List<String> parts = parts(name);
        return switch (privacy.studentNames()) {
            case FULL -> Shown.whole(name.strip());
            case PSEUDONYM -> Shown.whole(pseudonyms.get(normalise(name)));
            case FIRST_NAME -> parts.size() == 1 || parts.get(0).codePoints().anyMatch(StudentNames::isUnspaced)
                    ? initials(name, parts) : Shown.firstName(parts);
            case INITIALS -> initials(name, parts);
        };
    }

    private Shown initials(String name, List<String> parts) {
        if (initialsSpellIt(name)) {
            return Shown.whole(pseudonyms.get(normalise(name)));
        }
        return Shown.initials(parts);
    }

    /** Whether the initials of {@code name} would be the name itself, as for "王". */
    private static boolean initialsSpellIt(String name) {
        return name.codePoints().anyMatch(StudentNames::isUnspaced)
                && parts(name).stream().allMatch(p -> p.codePointCount(0, p.length()) == 1);
    }

    /**
     * The parts of a name and how many letters of each are shown ({@code firstWhole}: the first part
     * whole, as {@code first-name} shows it; 0 letters: left out). Only the parts in {@code growable},
     * family name first, may show more.
     */
    private record Shown(List<String> parts, int[] letters, List<Integer> growable, boolean firstWhole) {

        static Shown whole(String label) {
            return new Shown(List.of(label), new int[]{1}, List.of(), true);
        }

        static Shown initials(List<String> parts) {
            int[] letters = new int[parts.size()];
            java.util.Arrays.fill(letters, 1);
            List<Integer> growable = new ArrayList<>();
            growable.add(parts.size() - 1);
            for (int i = 0; i < parts.size() - 1; i++) {
                growable.add(i);
            }
            return new Shown(parts, letters, growable, false);
        }

        static Shown firstName(List<String> parts) {
            int[] letters = new int[parts.size()];
            letters[0] = 1;
            return new Shown(parts, letters, List.of(parts.size() - 1), true);
        }

        String label() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                if (letters[i] == 0) {
                    continue;
                }
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(i == 0 && firstWhole ? parts.get(0) : shownPart(parts.get(i), letters[i]));
            }
            return out.toString();
        }

        /**
         * Makes students who share a label show more, of the part where their names differ soonest,
         * as many letters as it takes. False when nothing more would tell them apart.
         */
        static boolean tellApart(List<Shown> same) {
            Shown first = same.get(0);
            if (same.stream().anyMatch(s -> s.parts().size() != first.parts().size())) {
                return false;
            }
            int bestPart = -1;
            int bestMore = Integer.MAX_VALUE;
            for (int part : first.growable()) {
                int longest = same.stream().mapToInt(s -> length(s.parts().get(part))).max().orElse(0);
                for (int more = 1; first.letters()[part] + more < longest && more < bestMore; more++) {
                    int n = first.letters()[part] + more;
                    if (same.stream().map(s -> shownPart(s.parts().get(part), n)).distinct().count() > 1) {
                        bestPart = part;
                        bestMore = more;
                        break;
                    }
                }
            }
            if (bestPart < 0) {
                return false;
            }
            for (Shown s : same) {
                s.letters()[bestPart] += bestMore;
            }
            return true;
        }

        private static int length(String part) {
            return part.codePointCount(0, part.length());
        }

        /** The first {@code letters} of a part, but never the whole part when it has more than one letter. */
        private static String shownPart(String part, int letters) {
            return start(part, Math.min(letters, Math.max(1, length(part) - 1)));
        }
    }

    /** The label of {@code name} in the setting's own form. */
    private String label(String name) {
        return shape(name).label();
    }

    /** The first {@code letters} characters of a part, the first one capitalised, with a dot when that is not the whole part. */
    private static String start(String part, int letters) {
        int length = part.codePointCount(0, part.length());
        int end = part.offsetByCodePoints(0, Math.min(letters, length));
        String shown = new String(Character.toChars(Character.toUpperCase(part.codePointAt(0))))
                + part.substring(Character.charCount(part.codePointAt(0)), end);
        return letters >= length && letters > 1 ? shown : shown + ".";
    }

    private static boolean isUnspaced(int c) {
        return org.casebake.parse.NameFolding.isUnspaced(c);
    }

    /** True when the setting forbids the name as written in the output (it is not what is displayed). */
    public boolean withholds(String name) {
        return privacy.studentNames() != SiteConfig.NameStyle.FULL && !normalise(display(name)).equals(normalise(name));
    }

    /** The stable element id of an answer, derived from the salt and the answer's file, never the name. */
    public String anchor(String sourcePath) {
        return anchors.computeIfAbsent(sourcePath, path -> "answer-" + hash(privacy.salt() + "\n" + path).substring(0, 10));
    }

    /**
     * The words of a name, given name first: split at spaces, dots, underscores and hyphens; a name
     * with a comma is family name, given name ("Doe, Jane" is Jane Doe).
     */
    static List<String> parts(String name) {
        String written = name.strip();
        int comma = written.indexOf(',');
        if (comma >= 0) {
            written = written.substring(comma + 1).replace(',', ' ') + " " + written.substring(0, comma);
        }
        List<String> parts = new ArrayList<>();
        for (String part : written.strip().split("[\\s._\\-]+")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? List.of("?") : parts;
    }

    private Map<String, String> assignPseudonyms(List<String> allNames) {
        Map<String, String> assigned = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (String name : new TreeSet<>(allNames.stream().map(StudentNames::normalise).toList())) {
            String alias;
            int attempt = 0;
            do {
                byte[] digest = HexFormat.of().parseHex(hash(privacy.salt() + "\n" + name + "\n" + attempt));
                alias = ADJECTIVES.get((digest[0] & 0xFF) % ADJECTIVES.size()) + " "
                        + ANIMALS.get((digest[1] & 0xFF) % ANIMALS.size());
                if (attempt >= ADJECTIVES.size() * ANIMALS.size()) {
                    alias = alias + " " + attempt;
                }
                attempt++;
            } while (!taken.add(alias));
            assigned.put(name, alias);
        }
        return assigned;
    }

    private static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String hash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
