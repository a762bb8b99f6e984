/**
 * The course team's settings: {@link org.casebake.config.SiteConfigLoader} reads
 * {@code site-config.yml} through {@code parse} and checks every key into one complete
 * {@link org.casebake.config.SiteConfig}; unknown keys and bad values are located problems.
 *
 * <p>{@link org.casebake.config.MessagesLoader} loads the {@link org.casebake.config.Messages} of the course's
 * language from Casebake's built-in texts and the course's {@code messages/} folder.
 *
 * <p>Imports only {@code parse}, {@code source} and {@code problem}. Must not read content files.
 */
package org.casebake.config;
