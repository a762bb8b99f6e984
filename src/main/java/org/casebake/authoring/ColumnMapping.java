package org.casebake.authoring;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which export column holds which part of a post. Moodle's names are the defaults for Moodle exports
 * and {@code author, text, date, subject, id} for other CSV; {@code --map author=Name,text=Post} changes
 * any of them. A column named with {@code --map} must exist; a default one only has to when it is the
 * author or the text.
 */
public record ColumnMapping(Map<Role, String> columns, Set<Role> explicit) {

    /** A part of a post that an export column can hold. */
    public enum Role {
        AUTHOR("author", "userfullname"),
        TEXT("text", "message"),
        DATE("date", "created"),
        SUBJECT("subject", "subject"),
        ID("id", "id");

        private final String key;
        private final String moodleColumn;

        Role(String key, String moodleColumn) {
            this.key = key;
            this.moodleColumn = moodleColumn;
        }

        /** The name used in {@code --map}, which is also the generic CSV default column. */
        public String key() {
            return key;
        }
    }

    public ColumnMapping {
        columns = Map.copyOf(columns);
        explicit = Set.copyOf(explicit);
    }

    /** The column for a part of a post. */
    public String column(Role role) {
        return columns.get(role);
    }

    /** The default columns of a format with the {@code --map} overrides applied. */
    public static ColumnMapping of(ExportFormat format, Map<Role, String> overrides) {
        Map<Role, String> columns = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            columns.put(role, format == ExportFormat.CSV ? role.key : role.moodleColumn);
        }
        columns.putAll(overrides);
        return new ColumnMapping(columns, overrides.keySet());
    }

    /** Parses {@code --map author=Name,text=Post,date=Date}; null or blank means no overrides. */
    public static Map<Role, String> parseOverrides(String option) throws UsageException {
        Map<Role, String> overrides = new EnumMap<>(Role.class);
        if (option == null || option.isBlank()) {
            return overrides;
        }
        for (String pair : option.split(",")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair.strip() : pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String column = equals < 0 ? "" : pair.substring(equals + 1).strip();
            Role role = roleNamed(key);
            if (role == null || column.isEmpty()) {
                throw new UsageException("cannot read --map entry '" + pair.strip() + "'",
                        "write part=Column pairs separated by commas; parts are author, text, date, subject, id");
            }
            overrides.put(role, column);
        }
        return overrides;
    }

    private static Role roleNamed(String key) {
        for (Role role : Role.values()) {
            if (role.key.equals(key)) {
                return role;
            }
        }
        return null;
    }
}
