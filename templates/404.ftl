<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<section class="not-found">
  <p class="eyebrow">Error 404</p>
  <h1>Page not found</h1>
  <p class="lede">The page you asked for is not here. It may have moved when the course was rebuilt.</p>
  <p class="not-found-links"><a class="button" href="${root}index.html">Go to the cases</a> <a class="button button-quiet" href="${root}${nav.search}">Search the site</a></p>
</section>
</@layout.frame>
