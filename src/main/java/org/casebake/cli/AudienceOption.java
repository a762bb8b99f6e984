package org.casebake.cli;

import org.casebake.model.Audience;
import picocli.CommandLine;

import java.util.Arrays;

/** The {@code --audience} option's word, checked the same way by every command that takes it. */
final class AudienceOption {

    private AudienceOption() {
    }

    /** The audience {@code word} names; a usage error (exit 2) for any other word. */
    static Audience parse(String word, CommandLine commandLine) {
        return Arrays.stream(Audience.values()).filter(a -> a.word().equals(word)).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                        "--audience must be student or instructor, not '" + word + "'"));
    }
}
