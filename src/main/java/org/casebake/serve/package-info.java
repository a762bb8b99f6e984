/**
 * {@code casebake serve}: the live preview. Builds the site in memory with a
 * {@link org.casebake.build.SiteBuild} kept between runs, serves it on the loopback interface only,
 * watches the sources and reloads open tabs after each good rebuild, showing problems as an overlay.
 *
 * <p>Long-running things live here and nowhere below. Calls {@code build}; must not import {@code cli}.
 */
package org.casebake.serve;
