<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<header class="page-header">
  <p class="eyebrow"><a href="${link(case.url)}">${case.title}</a> · <span class="instructor-only">${msg("teaching-notes.instructor-only")}</span></p>
  <h1>${note.title}</h1>
</header>
<div class="prose teaching-notes">${note.html?no_esc}</div>
<nav class="pager" aria-label="${msg("teaching-notes.pager.label")}">
  <a class="pager-link pager-up" href="${link(case.url)}"><span class="pager-dir">${msg("pager.back-to-case")}</span> <span class="pager-title">${case.title}</span></a>
</nav>
</@layout.frame>
