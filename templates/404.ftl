<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<section class="not-found">
  <p class="eyebrow">${msg("not-found.eyebrow")}</p>
  <h1>${msg("not-found.title")}</h1>
  <p class="lede">${msg("not-found.lede")}</p>
  <p class="not-found-links"><a class="button" href="${root}index.html">${msg("not-found.cases")}</a> <a class="button button-quiet" href="${link(nav.search)}">${msg("not-found.search")}</a></p>
</section>
</@layout.frame>
