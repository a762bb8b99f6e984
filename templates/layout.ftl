<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame of every HTML page: head, header with navigation and search, main, footer. -->
<#import "macros/search.ftl" as search>
<#macro frame>
<#setting number_format="computer">
<#setting locale="en_US">
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title><#if page.kind == "home">${site.title}<#else>${page.title} · ${site.title}</#if></title>
<meta name="description" content="${site.description}">
<meta name="generator" content="${generator}">
<#if instructor><meta name="robots" content="noindex, nofollow"></#if>
<meta name="casebake-root" content="${root}">
<link rel="canonical" href="${page.canonical}">
<#if pagination??>
<#if pagination.previousUrl??>
<link rel="prev" href="${link(pagination.previousUrl)}">
</#if>
<#if pagination.nextUrl??>
<link rel="next" href="${link(pagination.nextUrl)}">
</#if>
</#if>
<link rel="alternate" type="application/atom+xml" title="${site.title}" href="${root}feed.xml">
<link rel="stylesheet" href="${root}assets/css/site.css">
<link rel="stylesheet" href="${root}assets/css/print.css" media="print">
<#if page.kind == "search">
<#-- The search page always needs the engine and the index's catalog: fetched with the page, not one after the other. -->
<link rel="preload" href="${root}assets/js/search-engine.js" as="script">
<link rel="preload" href="${root}search/index.js" as="script">
</#if>
</head>
<body class="kind-${page.kind}">
<a class="skip-link" href="#main">${msg("layout.skip-to-content")}</a>
<#if instructor>
<div class="audience-banner" role="region" aria-labelledby="banner-instructor"><strong id="banner-instructor">${msg("banner.instructor.title")}</strong> ${msg("banner.instructor.text")}</div>
</#if>
<#if drafts>
<div class="audience-banner drafts-banner" role="region" aria-labelledby="banner-drafts"><strong id="banner-drafts">${msg("banner.drafts.title")}</strong> ${msg("banner.drafts.text")}</div>
</#if>
<header class="site-header">
  <div class="wrap header-row">
    <a class="site-title" href="${root}index.html">${site.title}</a>
    <nav class="site-nav" aria-label="${msg("nav.label")}">
      <ul>
        <li><a href="${root}index.html"<#if page.kind == "home"> aria-current="page"</#if>>${msg("nav.cases")}</a></li>
        <#if nav.comparisons?size == 1><#list nav.comparisons as c><li><a href="${link(c.url)}"<#if page.kind == "comparison" && page.path == c.url> aria-current="page"</#if>>${msg("nav.compare")}</a></li></#list><#elseif nav.comparisons?has_content><li><a href="${root}index.html#comparisons-heading"<#if page.kind == "comparison"> aria-current="true"</#if>>${msg("nav.compare")}</a></li></#if>
        <li><a href="${link(nav.themes)}"<#if page.kind == "themes" || page.kind == "theme"> aria-current="page"</#if>>${msg("nav.themes")}</a></li>
        <li><a href="${link(nav.search)}"<#if page.kind == "search"> aria-current="page"</#if>>${msg("nav.search")}</a></li>
      </ul>
    </nav>
    <div class="header-search"><@search.searchBox root=root/></div>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p><#if site.course.code?has_content>${site.course.code}<#if site.course.name?has_content> · ${site.course.name}</#if><#if site.course.term?has_content> · ${site.course.term}</#if></#if><#if site.course.instructor?has_content> · ${site.course.instructor}</#if></p>
    <p class="privacy-note">${msg("footer.privacy." + site.studentNames)}</p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- The way to the other pages of a list cut into pages; nothing when there is one page. -->
<#macro pager pagination>
<#if pagination.count gt 1>
<nav class="pager pages" aria-label="${msg("pager.label")}">
  <#if pagination.previousUrl??><a class="pager-link pager-prev" rel="prev" href="${link(pagination.previousUrl)}"><span class="pager-dir">${msg("pager.previous")}</span> <span class="pager-title">${msg("pager.page", pagination.number - 1, pagination.count)}</span></a></#if>
  <#if pagination.nextUrl??><a class="pager-link pager-next" rel="next" href="${link(pagination.nextUrl)}"><span class="pager-dir">${msg("pager.next")}</span> <span class="pager-title">${msg("pager.page", pagination.number + 1, pagination.count)}</span></a></#if>
</nav>
</#if>
</#macro>

<#-- A link to a case, question or answer, relative to the current page. -->
<#function href path>
  <#return root + path>
</#function>
