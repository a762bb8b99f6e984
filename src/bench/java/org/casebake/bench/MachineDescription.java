package org.casebake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The facts about this machine that a benchmark figure needs beside it: CPUs, memory, Java and OS.
 */
final class MachineDescription {

    private MachineDescription() {
    }

    /** {@code "2 CPUs, 7.8 GiB RAM, Java 17.0.15, Linux 6.1.0"}. */
    static String current() {
        return String.format(Locale.ROOT, "%d CPUs, %s, Java %s, %s %s",
                Runtime.getRuntime().availableProcessors(), memory(), Runtime.version(),
                System.getProperty("os.name"), System.getProperty("os.version"));
    }

    private static String memory() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            for (String line : lines) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.substring(9).replace("kB", "").strip());
                    return String.format(Locale.ROOT, "%.1f GiB RAM", kib / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException unavailable) {
            // Not Linux, or an unexpected format: the figure is optional.
        }
        return "RAM unknown";
    }
}
