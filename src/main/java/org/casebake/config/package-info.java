/**
 * The course team's settings: {@link org.casebake.config.SiteConfigLoader} reads
 * {@code site-config.yml} through {@code parse} and checks every key into one complete
 * {@link org.casebake.config.SiteConfig}; unknown keys and bad values are located problems.
 *
 * <p>Imports only {@code parse}, {@code source} and {@code problem}. Must not read content files.
 */
package org.casebake.config;
