package org.casebake.config;

/** One thing wrong with a setting's value, worded for {@code site-config.yml}'s author. */
record ConfigFault(String message, String hint) {
}
