/**
 * The {@code casebake} command line (picocli): {@code build}, {@code check}, {@code serve}, {@code new}
 * and {@code import}, the problem output format, and the relaunch of one-shot commands in a tuned
 * JVM with a class-data sharing archive ({@link org.casebake.cli.TunedJvm},
 * {@link org.casebake.cli.ClassDataArchive}).
 *
 * <p>The top of the layout: may import every package; nothing imports it. Parses arguments and prints,
 * holds no build logic.
 */
package org.casebake.cli;
