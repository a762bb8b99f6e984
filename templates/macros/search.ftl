<#ftl output_format="HTML">
<#--
  Casebake search: the header search box and the body of the search page.

  Every page calls, in its header,
      <#import "macros/search.ftl" as search>
      <@search.searchBox root=root/>
  where root is the relative path from the page to the site root: "" for index.html, "../../" for
  cases/<slug>/index.html. The box brings assets/css/search.css and assets/js/search.js itself; that small
  script loads assets/js/search-engine.js from its own folder the first time someone searches. It reads
  the site root from its data-root attribute (resolved against the page's own address), so the site
  works under any sub-path and when opened from disk. Index data is loaded from search/*.js under the
  root with script tags, never fetch().

  The header box is an ARIA 1.2 combobox (a text input: HTML allows the combobox role on type=text, not on
  type=search) whose results panel holds a listbox.

  The search page, search/index.html (root "../"), also calls <@search.searchPage root=root/> in its main
  content. It reads ?q= and the filters (type, case, question, theme, case tag, featured) from its
  address, and without JavaScript it says so and links the browse pages. The filters come before the
  results: beside them on a wide screen, folded above them on a phone.
-->
<#macro searchBox root>
<link rel="stylesheet" href="${root}assets/css/search.css">
<div class="cb-search" data-cb-search>
  <form class="cb-search-form" role="search" action="${root}search/index.html" method="get">
    <label class="cb-search-label" for="cb-search-input">${msg("search.box.label")}</label>
    <input class="cb-search-input" id="cb-search-input" type="text" enterkeyhint="search" name="q" placeholder="${msg("search.box.placeholder")}"
           autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-expanded="false"
           aria-controls="cb-search-panel">
    <kbd class="cb-search-key" title="${msg("search.box.shortcut")}">/</kbd>
  </form>
  <div class="cb-search-panel" id="cb-search-panel" hidden></div>
</div>
<script src="${root}assets/js/search.js" data-root="${root}"<#if scriptTexts?has_content> data-texts="${scriptTexts}"</#if> defer></script>
</#macro>

<#macro searchPage root>
<section class="cb-search-page" data-cb-search-page>
  <h1 class="cb-search-page-title">${msg("search.page.title")}</h1>
  <form class="cb-search-page-form" role="search" action="index.html" method="get">
    <label class="cb-search-label" for="cb-search-page-input">${msg("search.page.label")}</label>
    <input class="cb-search-page-input" id="cb-search-page-input" type="search" name="q" autocomplete="off"
           spellcheck="false" placeholder="${msg("search.page.placeholder")}">
    <button class="cb-search-page-button" type="submit">${msg("search.page.button")}</button>
  </form>
  <noscript>
    <#assign casesLink><a href="${root}index.html">${msg("search.page.noscript.cases")}</a></#assign>
    <#assign themesLink><a href="${root}themes/index.html">${msg("search.page.noscript.themes")}</a></#assign>
    <p class="cb-search-noscript">${msg("search.page.noscript", casesLink, themesLink)}</p>
  </noscript>
  <div class="cb-search-layout">
    <details class="cb-search-filter-box">
      <summary class="cb-search-filter-summary">${msg("search.page.filters")}<span class="cb-search-filter-count"></span></summary>
      <div class="cb-search-filters"></div>
    </details>
    <div class="cb-search-main">
      <p class="cb-search-status" role="status" aria-live="polite"></p>
      <ul class="cb-search-results"></ul>
      <button class="cb-search-more" type="button" hidden>${msg("search.page.more")}</button>
    </div>
  </div>
</section>
</#macro>
