package org.casebake.config;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The course staff's names from the course settings (instructor and {@code course.staff}), recognised
 * however a board spells them: compatibility-normalised, without diacritics, case or repeated spaces,
 * and with or without a leading title such as "Prof." or "Dr.".
 */
public final class StaffNames {

    private final Set<String> folded;

    /** The staff with these names as written in the settings or on the command line. */
    public StaffNames(List<String> names) {
        this.folded = names.stream().flatMap(name -> List.of(fold(name), fold(withoutTitle(name))).stream())
                .filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a name, as a board or an answer file writes it, is one of the staff's. */
    public boolean includes(String name) {
        return !folded.isEmpty() && (folded.contains(fold(name)) || folded.contains(fold(withoutTitle(name))));
    }

    private static String withoutTitle(String name) {
        return name.strip().replaceFirst("(?i)^(prof|professor|dr|mr|mrs|ms|mx)\\.?\\s+", "");
    }

    private static String fold(String name) {
        String decomposed = Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFKC), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\p{Cf}", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }
}
