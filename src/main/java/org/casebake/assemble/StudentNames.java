package org.casebake.assemble;

import org.casebake.config.SiteConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /** Names for one build; {@code allNames} are every author as written, so pseudonyms can avoid collisions. */
    public StudentNames(SiteConfig.Privacy privacy, List<String> allNames) {
        this.privacy = privacy;
        this.pseudonyms = privacy.studentNames() == SiteConfig.NameStyle.PSEUDONYM ? assignPseudonyms(allNames) : Map.of();
    }

    /** The name as readers see it. */
    public String display(String name) {
        return switch (privacy.studentNames()) {
            case FULL -> name.strip();
            case FIRST_NAME -> parts(name).get(0);
            case INITIALS -> initials(name);
            case PSEUDONYM -> pseudonyms.get(normalise(name));
        };
    }

    /** True when the setting forbids the name as written in the output (it is not what is displayed). */
    public boolean withholds(String name) {
        return privacy.studentNames() != SiteConfig.NameStyle.FULL && !normalise(display(name)).equals(normalise(name));
    }

    /** The stable element id of an answer, derived from the salt and the answer's file, never the name. */
    public String anchor(String sourcePath) {
        return "answer-" + hash(privacy.salt() + "\n" + sourcePath).substring(0, 10);
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : parts(name)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.appendCodePoint(Character.toUpperCase(part.codePointAt(0))).append('.');
        }
        return out.toString();
    }

    /** The words of a name: split at spaces, dots, underscores and hyphens. */
    private static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.strip().split("[\\s._\\-]+")) {
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
